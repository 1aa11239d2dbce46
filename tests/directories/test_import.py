"""Importing spreadsheets into a directory: replace, add, refusals, all or nothing."""

from plone import api
from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.importer import ADD
from zwgk.directories.importer import REPLACE
from zwgk.directories.importer import DirectoryImportError
from zwgk.directories.importer import import_directory
from zwgk.directories.importer import rows
from zwgk.directories.importer import vocabularies
from zwgk.testing import make_item
from zwgk.testing.directories import HEADER
from zwgk.testing.directories import csv_bytes
from zwgk.testing.directories import pairs
from zwgk.testing.directories import row

import pytest


def test_import_creates_items_in_file_order(directory):
    data = csv_bytes([HEADER, row("政府预算", "部门预算"), row("政府决算", "")])
    counts = import_directory(directory, data, "目录.csv")
    assert counts == dict(added=2, updated=0, unchanged=0, removed=0, total=2)
    assert pairs(directory) == [("政府预算", "部门预算"), ("政府决算", "")]
    first = directory.items_in_order()[0]
    assert first.channels == ["government-website", "reading-point"]
    assert first.levels == ["district"]
    assert (first.time_limit_days, first.time_limit_unit) == (20, "working_days")
    assert first.time_limit_start == "formed"
    assert first.title == "政府预算 - 部门预算"


def test_imported_items_are_catalogued_in_order(directory):
    data = csv_bytes([HEADER, row("B", ""), row("A", "")])
    import_directory(directory, data, "x.csv")
    brains = api.content.find(
        context=directory,
        portal_type="DisclosureItem",
        sort_on="getObjPositionInParent",
    )
    assert [b.Title for b in brains] == ["B", "A"]


def test_replace_updates_in_place_keeps_uid_and_reorders(directory):
    kept = make_item(directory, "政府预算", "部门预算", category="result")
    make_item(directory, "旧事项", "")
    uid = kept.UID()
    data = csv_bytes(
        [HEADER, row("新事项", ""), row("政府预算", "部门预算", content="新的要素")]
    )
    counts = import_directory(directory, data, "x.csv", REPLACE)
    assert counts == dict(added=1, updated=1, unchanged=0, removed=1, total=2)
    assert pairs(directory) == [("新事项", ""), ("政府预算", "部门预算")]
    assert kept.UID() == uid
    assert kept.content == "新的要素"
    assert kept.category == "result"  # not a column: an import keeps it
    brains = api.content.find(
        context=directory,
        portal_type="DisclosureItem",
        sort_on="getObjPositionInParent",
    )
    assert [b.UID for b in brains][-1] == uid


def test_export_then_import_reproduces_the_directory(directory):
    make_item(directory, "政府预算", "部门预算", channels=["press-conference-hearing"])
    make_item(directory, "政府决算", "", mode="on-application", levels=["town"])
    before = rows(directory)
    for fmt in ("xlsx", "csv"):
        export = getattr(directory_io, f"export_{fmt}")
        data = export(before, vocabularies(directory))
        counts = import_directory(directory, data, f"x.{fmt}", REPLACE)
        assert counts["unchanged"] == 2
        assert rows(directory) == before


def test_add_appends_and_refuses_existing_pairs(directory):
    make_item(directory, "政府预算", "部门预算")
    counts = import_directory(
        directory, csv_bytes([HEADER, row("政府决算", "")]), "x.csv", ADD
    )
    assert counts["added"] == 1
    assert pairs(directory) == [("政府预算", "部门预算"), ("政府决算", "")]
    with pytest.raises(DirectoryImportError) as info:
        import_directory(
            directory,
            csv_bytes([HEADER, row("新", ""), row("政府预算", "部门预算")]),
            "x.csv",
            ADD,
        )
    assert info.value.errors == [
        "第3行：一级事项“政府预算”、二级事项“部门预算”在目录中已存在"
    ]
    assert len(directory.items_in_order()) == 2


def test_bad_rows_change_nothing(directory):
    make_item(directory, "政府预算", "部门预算")
    before = rows(directory)
    data = csv_bytes([HEADER, row("新事项", ""), row("", "", basis="", mode="随便")])
    with pytest.raises(DirectoryImportError) as info:
        import_directory(directory, data, "x.csv", REPLACE)
    assert "第3行：缺少“一级事项”" in info.value.errors
    assert "第3行：缺少“公开依据”" in info.value.errors
    assert any("“公开方式”的值“随便”" in e for e in info.value.errors)
    assert rows(directory) == before


def test_replace_refuses_to_drop_items_information_points_at(unit, directory):
    linked = make_item(directory, "政府预算", "部门预算")
    api.content.create(
        container=unit,
        type="GovernmentInformation",
        title="2026年区财政局部门预算",
        written_date=__import__("datetime").date(2026, 2, 1),
        disclosure_attribute="proactive",
        disclosure_items=[_relation(linked)],
    )
    with pytest.raises(DirectoryImportError) as info:
        import_directory(directory, csv_bytes([HEADER, row("别的", "")]), "x.csv")
    (message,) = info.value.errors
    assert (
        "一级事项“政府预算”、二级事项“部门预算”已关联政府信息《2026年区财政局部门预算》"
        in message
    )
    assert pairs(directory) == [("政府预算", "部门预算")]


def _relation(obj):
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds

    return RelationValue(getUtility(IIntIds).getId(obj))


def test_unknown_mode_is_refused(directory):
    with pytest.raises(DirectoryImportError) as info:
        import_directory(directory, csv_bytes([HEADER, row("A", "")]), "x.csv", "merge")
    assert info.value.errors == [
        "导入方式“merge”无效，应为 replace（替换）或 add（追加）"
    ]


def test_editor_rule_kept_when_text_unchanged(directory):
    item = make_item(
        directory,
        "政府预算",
        "",
        time_limit="按规定时限",
        time_limit_days=5,
        time_limit_unit="working_days",
        time_limit_start="formed",
    )
    import_directory(
        directory,
        csv_bytes([HEADER, row("政府预算", "", time_limit="按规定时限")]),
        "x.csv",
    )
    assert item.time_limit_days == 5


def test_a_lone_surrogate_in_a_cell_is_refused():
    """Files cannot carry one (UTF-8, GB18030 and XML refuse it), but a
    value that does is refused, never stored as "a?b"."""
    from zwgk.directories.spreadsheet import _lookup
    from zwgk.directories.spreadsheet import _parse_row

    vocabs = {"channels": {}, "audience": {}, "mode": {}, "levels": {}}
    lookups = {field: _lookup(field, vocabs[field]) for field in vocabs}
    _item, errors = _parse_row(row("政府\ud800预算", ""), vocabs, lookups)
    assert "“一级事项”含有无效字符（不完整的汉字编码）" in errors


def test_a_bulk_record_with_a_lone_surrogate_is_refused(manager):
    from zwgk.bulk import loader as bulk

    record = {
        "@type": "OrgUnit",
        "id": "u",
        "title": "某\ud800局",
        "code": "113601005",
        "level": "district",
    }
    with pytest.raises(bulk.BulkImportError) as refused:
        bulk.load(manager, [record])
    assert "含有无效字符" in str(refused.value)
