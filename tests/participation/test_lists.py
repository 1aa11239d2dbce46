"""公众参与事项清单: the table, spreadsheet round trip, all-or-nothing import."""

from plone import api
from zwgk.directories.spreadsheet import DirectoryImportError
from zwgk.participation import list_import
from zwgk.participation import list_io
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import make_consultation

import csv
import io
import openpyxl
import pytest


ROWS = [
    {
        "title": "经开区老旧小区改造三年行动方案",
        "scope": "全区居民，特别是改造范围内小区的业主",
        "methods": ["public_comment", "hearing", "live_streaming"],
        "planned_time": "2026年第二季度",
        "responsible_unit": "区建设局",
        "note": "",
    },
    {
        "title": "蛟桥镇农村人居环境整治提升方案",
        "scope": "蛟桥镇各村（社区）居民",
        "methods": ["symposium", "field_visit", "attending_meetings"],
        "planned_time": "2026年3月至4月",
        "responsible_unit": "蛟桥镇人民政府",
        "note": "=SUM(A1:A2) 不是公式",
    },
]


def relation(obj):
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds

    return RelationValue(getUtility(IIntIds).getId(obj))


def make_list(unit, rows=ROWS, **fields):
    plist = api.content.create(
        container=unit,
        type="ParticipationList",
        title=fields.pop("title", "2026年重大行政决策公众参与事项清单"),
        year=2026,
        **fields,
    )
    for row in rows:
        api.content.create(container=plist, type="ParticipationItem", **row)
    return plist


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_spreadsheet_round_trip(units, fmt):
    source = make_list(units["czj"])
    data, content_type, filename = list_import.export_file(source, fmt)
    assert filename == f"2026年重大行政决策公众参与事项清单.{fmt}"
    target = make_list(units["jqz"], rows=[], title="导入的清单")
    counts = list_import.import_list(target, data, filename)
    assert counts == dict(added=2, updated=0, unchanged=0, removed=0, total=2)
    assert list_import.rows(target) == list_import.rows(source)
    again = list_import.import_list(target, data, filename)
    assert again["unchanged"] == 2 and again["added"] == 0


def test_export_neutralises_formulas_and_shows_titles(units):
    data, _type, _name = list_import.export_file(make_list(units["czj"]), "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    header, first, second = (list(row) for row in sheet.iter_rows(values_only=True))
    assert header == [h for _k, h in list_io.COLUMNS]
    assert first[3] == "公开征求意见；听证会；网络/新媒体直播"
    assert second[6] == "'=SUM(A1:A2) 不是公式"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def _csv(*lines):
    out = io.StringIO()
    csv.writer(out).writerows(lines)
    return out.getvalue().encode("utf-8")


HEADER = [h for _k, h in list_io.COLUMNS]


def test_a_bad_file_is_refused_whole_with_every_reason(units):
    plist = make_list(units["czj"])
    data = _csv(
        HEADER,
        [1, "事项甲", "全区居民", "座谈会、网络直播", "2026年", "区民政局", ""],
        [2, "事项乙", "", "开会", "2026年", "区民政局", ""],
        [3, "事项甲", "全区居民", "听证会", "2026年", "", ""],
    )
    with pytest.raises(DirectoryImportError) as raised:
        list_import.import_list(plist, data, "清单.csv")
    errors = raised.value.errors
    assert "第3行：缺少“参与范围”" in errors
    assert any(e.startswith("第3行：“参与方式”的值“开会”不在可选值中") for e in errors)
    assert "第4行：缺少“承办单位”" in errors
    assert "第4行：决策事项“事项甲”与第2行重复" in errors
    assert list_import.rows(plist) == ROWS  # untouched


def test_a_wrong_header_says_which_column(units):
    plist = make_list(units["czj"], rows=[])
    data = _csv(
        ["序号", "事项名称", *HEADER[2:]], [1, "x", "y", "座谈会", "z", "w", ""]
    )
    with pytest.raises(DirectoryImportError) as raised:
        list_import.import_list(plist, data, "清单.csv")
    assert raised.value.errors == ["表头第2列应为“决策事项名称”，实际为“事项名称”"]


def test_replace_keeps_rows_linked_to_a_consultation(units, today):
    plist = make_list(units["czj"])
    item = plist.items_in_order()[0]
    make_consultation(units["czj"], participation_item=relation(item))
    data = _csv(HEADER, [1, "别的事项", "全区居民", "座谈会", "2026年", "区民政局", ""])
    with pytest.raises(DirectoryImportError) as raised:
        list_import.import_list(plist, data, "清单.csv")
    assert "已关联意见征集" in raised.value.errors[0]
    counts = list_import.import_list(plist, data, "清单.csv", mode="add")
    assert counts["added"] == 1 and len(plist.items_in_order()) == 3


def test_the_list_page_shows_rows_and_their_consultations(units, today):
    from zwgk.participation.browser.public import ParticipationListView

    plist = make_list(units["czj"])
    item = plist.items_in_order()[0]
    make_consultation(
        units["czj"], participation_item=relation(item), title="某方案征求意见"
    )
    view = ParticipationListView(plist, api.env.getRequest())
    first, second = view.rows()
    assert first["methods"] == "公开征求意见、听证会、网络/新媒体直播"
    assert first["consultations"][0]["title"] == "某方案征求意见"
    assert second["consultations"] == []
