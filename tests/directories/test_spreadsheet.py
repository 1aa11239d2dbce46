"""Import and export of 政务公开事项标准目录 tables (zwgk.directories.spreadsheet)."""

from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.spreadsheet import COLUMNS
from zwgk.directories.spreadsheet import DirectoryImportError
from zwgk.directories.spreadsheet import export_csv
from zwgk.directories.spreadsheet import export_xlsx
from zwgk.directories.spreadsheet import parse

import csv
import datetime
import io
import openpyxl
import pytest
import random
import zipfile


VOCABULARIES = {
    "channels": {
        "government-website": "政府网站",
        "press-conference-hearing": "发布会/听证会",
        "reading-point": "公开查阅点",
        "service-center": "政务服务中心",
    },
    "audience": {"public": "全社会", "specific": "特定群体"},
    "mode": {"proactive": "主动", "on-application": "依申请"},
    "levels": {"district": "区级", "town": "镇级", "village": "村级"},
}
HEADER = [header for _key, header in COLUMNS]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"


def good_row(**changes):
    """A valid data row as the 11 cell values, with some cells changed."""
    row = {
        "number": "1",
        "item_level1": "政府预算",
        "item_level2": "部门预算",
        "content": "一般公共预算收入表",
        "basis": "《中华人民共和国预算法》",
        "time_limit": "批准后20日内",
        "responsible_body": "区财政局",
        "channels": "政府网站；公开查阅点",
        "audience": "全社会",
        "mode": "主动",
        "levels": "区级",
    }
    row.update(changes)
    return [row[key] for key, _header in COLUMNS]


def csv_bytes(rows, encoding="utf-8"):
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def errors(data, filename="x.csv"):
    with pytest.raises(DirectoryImportError) as info:
        parse(data, filename, VOCABULARIES)
    return info.value.errors


def item(**changes):
    """The parsed form of ``good_row()``."""
    result = {
        "number": 1,
        "item_level1": "政府预算",
        "item_level2": "部门预算",
        "content": "一般公共预算收入表",
        "basis": "《中华人民共和国预算法》",
        "time_limit": "批准后20日内",
        "responsible_body": "区财政局",
        "channels": ["government-website", "reading-point"],
        "audience": "public",
        "mode": "proactive",
        "levels": ["district"],
        "row": 2,
    }
    result.update(changes)
    return result


def test_columns_in_national_order():
    assert HEADER == [
        "序号",
        "一级事项",
        "二级事项",
        "公开内容（要素）",
        "公开依据",
        "公开时限",
        "公开主体",
        "公开渠道和载体",
        "公开对象",
        "公开方式",
        "公开层级",
    ]


def test_error_lists_messages_one_per_line():
    error = DirectoryImportError(["第2行：缺少“公开依据”", "第3行：缺少“公开主体”"])
    assert isinstance(error, ValueError)
    assert str(error) == "第2行：缺少“公开依据”\n第3行：缺少“公开主体”"


def test_parse_good_csv():
    rows = [
        HEADER,
        good_row(),
        good_row(
            number="",
            item_level2="",
            channels="government-website, 政务服务中心、政府网站\n公开查阅点",
            audience="社会公众",
            mode="依申请公开",
            levels="县级/乡镇级;村居级",
        ),
    ]
    assert parse(csv_bytes(rows), "目录.csv", VOCABULARIES) == [
        item(),
        item(
            number=None,
            item_level2="",
            row=3,
            channels=["government-website", "service-center", "reading-point"],
            mode="on-application",
            levels=["district", "town", "village"],
        ),
    ]


def test_parse_good_xlsx():
    rows = [
        HEADER,
        good_row(number=3.0, content=" 第一行\r\n第二行 ", time_limit=20),
        [],
        good_row(number=4, item_level2=None, basis=datetime.datetime(2024, 5, 1)),
    ]
    assert parse(xlsx_bytes(rows), "目录.XLSX", VOCABULARIES) == [
        item(number=3, content="第一行\n第二行", time_limit="20"),
        item(number=4, item_level2="", basis="2024-05-01", row=4),
    ]


def test_parse_gbk_csv():
    data = csv_bytes([HEADER, good_row()], encoding="gbk")
    assert parse(data, "x.csv", VOCABULARIES) == [item()]


def test_parse_csv_with_bom():
    data = csv_bytes([HEADER, good_row()], encoding="utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    assert parse(data, "x.csv", VOCABULARIES) == [item()]


def test_header_with_ascii_parentheses_whitespace_and_empty_columns():
    header = [f" {h} " for h in HEADER] + ["", None]
    header[3] = "公开内容(要素)"
    data = xlsx_bytes([[None], header, good_row()])
    assert parse(data, "x.xlsx", VOCABULARIES) == [item(row=3)]


def test_single_line_columns_lose_line_breaks():
    row = good_row(item_level1="政府\n预算", responsible_body="区财政局\r\n 区审计局")
    (parsed,) = parse(csv_bytes([HEADER, row]), "x.csv", VOCABULARIES)
    assert parsed["item_level1"] == "政府 预算"
    assert parsed["responsible_body"] == "区财政局 区审计局"


def test_title_with_separator_stays_whole():
    row = good_row(channels="发布会/听证会；政府网站/发布会/听证会")
    assert parse(csv_bytes([HEADER, row]), "x.csv", VOCABULARIES)[0]["channels"] == [
        "press-conference-hearing",
        "government-website",
    ]


def test_wrong_header():
    header = list(HEADER)
    header[2], header[3] = header[3], header[2]
    assert errors(csv_bytes([header, good_row()])) == [
        "表头第3列应为“二级事项”，实际为“公开内容（要素）”",
        "表头第4列应为“公开内容（要素）”，实际为“二级事项”",
    ]


def test_short_header_and_extra_header_column():
    assert errors(csv_bytes([HEADER[:10] + ["", "备注"], good_row()])) == [
        "表头第11列应为“公开层级”，实际为空",
        "表头第12列“备注”不是标准目录的列",
    ]


def test_title_row_above_header_gets_a_hint():
    data = csv_bytes([["某区政务公开事项标准目录"], HEADER, good_row()])
    assert errors(data)[-1] == "第一个非空行应为表头，请删除表头上方的标题行"


@pytest.mark.parametrize(
    "key",
    [
        "item_level1",
        "content",
        "basis",
        "time_limit",
        "responsible_body",
        "channels",
        "audience",
        "mode",
        "levels",
    ],
)
def test_missing_required_cell(key):
    header = dict(COLUMNS)[key]
    data = csv_bytes([HEADER, good_row(**{key: "  "})])
    assert errors(data) == [f"第2行：缺少“{header}”"]


def test_multi_valued_cell_of_separators_only_is_missing():
    assert errors(csv_bytes([HEADER, good_row(levels="；、")])) == [
        "第2行：缺少“公开层级”"
    ]


@pytest.mark.parametrize(
    "key,value,message",
    [
        (
            "channels",
            "政府网站；飞鸽传书",
            "“公开渠道和载体”的值“飞鸽传书”不在可选值中（可选：政府网站、"
            "发布会/听证会、公开查阅点、政务服务中心）",
        ),
        (
            "audience",
            "外星人",
            "“公开对象”的值“外星人”不在可选值中（可选：全社会、特定群体）",
        ),
        ("mode", "偶尔", "“公开方式”的值“偶尔”不在可选值中（可选：主动、依申请）"),
        (
            "levels",
            "区级、省级",
            "“公开层级”的值“省级”不在可选值中（可选：区级、镇级、村级）",
        ),
    ],
)
def test_unknown_vocabulary_value(key, value, message):
    data = xlsx_bytes([HEADER, good_row(), good_row(item_level2="B", **{key: value})])
    assert errors(data, "x.xlsx") == [f"第3行：{message}"]


@pytest.mark.parametrize("value", ["0", "-2", "abc", "1.5"])
def test_number_must_be_positive_integer(value):
    assert errors(csv_bytes([HEADER, good_row(number=value)])) == [
        f"第2行：“序号”应为正整数，实际为“{value}”"
    ]


def test_duplicate_item():
    rows = [
        HEADER,
        good_row(),
        good_row(item_level2=""),
        good_row(item_level2="部门决算"),
        good_row(number=4),
        good_row(item_level2=" "),
    ]
    assert errors(csv_bytes(rows)) == [
        "第5行：一级事项“政府预算”、二级事项“部门预算”与第2行重复",
        "第6行：一级事项“政府预算”与第3行重复",
    ]


def not_xlsx_zip():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return out.getvalue()


@pytest.mark.parametrize(
    "data,filename",
    [
        (PNG, "目录.xlsx"),
        (not_xlsx_zip(), "目录.xlsx"),
        (b"", "目录.xlsx"),
        (random.Random(0).randbytes(4000), "目录.csv"),
        (PNG, "目录.csv"),
    ],
)
def test_not_a_spreadsheet(data, filename):
    assert errors(data, filename) == ["文件不是有效的 Excel（.xlsx）或 CSV 文件"]


@pytest.mark.parametrize("filename", ["目录.doc", "目录.xls", "目录"])
def test_unsupported_extension(filename):
    data = csv_bytes([HEADER, good_row()])
    assert errors(data, filename) == [
        f"不支持的文件类型“{filename}”，请上传 Excel（.xlsx）或 CSV 文件"
    ]


def test_empty_table():
    assert errors(csv_bytes([HEADER, [], ["", " "]])) == ["文件中没有事项"]
    assert errors(xlsx_bytes([HEADER]), "x.xlsx") == ["文件中没有事项"]


def test_empty_file():
    assert errors(b"") == ["文件是空的，没有表头和事项"]


def test_too_many_rows(monkeypatch):
    monkeypatch.setattr(directory_io, "MAX_ROWS", 3)
    rows = [HEADER] + [good_row(item_level2=str(n)) for n in range(3)]
    assert len(parse(csv_bytes(rows), "x.csv", VOCABULARIES)) == 3
    rows.append(good_row(item_level2="3"))
    assert errors(csv_bytes(rows)) == ["事项超过 3 行，请拆分后分批导入"]


def test_too_large(monkeypatch):
    data = csv_bytes([HEADER, good_row()])
    monkeypatch.setattr(directory_io, "MAX_BYTES", len(data) - 1)
    assert errors(data) == ["文件大小超过上限 0 MB，请拆分后分批导入"]


def test_all_row_errors_reported_together_with_excel_row_numbers():
    rows = [
        [],
        HEADER,
        good_row(basis="", mode="偶尔"),
        [],
        good_row(item_level2="B", responsible_body="", levels="省级"),
        good_row(item_level2="C"),
    ]
    for data, filename in [(csv_bytes(rows), "x.csv"), (xlsx_bytes(rows), "x.xlsx")]:
        assert errors(data, filename) == [
            "第3行：缺少“公开依据”",
            "第3行：“公开方式”的值“偶尔”不在可选值中（可选：主动、依申请）",
            "第5行：缺少“公开主体”",
            "第5行：“公开层级”的值“省级”不在可选值中（可选：区级、镇级、村级）",
        ]


ITEMS = [
    item(number=None),
    item(
        number=7,
        item_level2="",
        content="=第一行\n第二行",
        channels=["press-conference-hearing", "service-center"],
        audience="specific",
        mode="on-application",
        levels=["town", "village"],
    ),
]


@pytest.mark.parametrize(
    "export,filename", [(export_csv, "x.csv"), (export_xlsx, "x.xlsx")]
)
def test_round_trip(export, filename):
    parsed = parse(export(ITEMS, VOCABULARIES), filename, VOCABULARIES)
    expected = [dict(row, number=n, row=n + 1) for n, row in enumerate(ITEMS, start=1)]
    assert parsed == expected


def test_export_csv_layout():
    data = export_csv(ITEMS, VOCABULARIES)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADER
    assert rows[2] == [
        "2",
        "政府预算",
        "",
        "'=第一行\n第二行",  # quoted: a spreadsheet must not run it
        "《中华人民共和国预算法》",
        "批准后20日内",
        "区财政局",
        "发布会/听证会；政务服务中心",
        "特定群体",
        "依申请",
        "镇级；村级",
    ]


def test_export_xlsx_layout():
    data = export_xlsx(
        ITEMS,
        VOCABULARIES,
        title="'某区:2024/公开事项[目录]*?很长很长很长很长很长很长很长很长很长'",
    )
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert (
        sheet.title == "某区2024公开事项目录很长很长很长很长很长很长很长很长很长"[:31]
    )
    assert [c.value for c in sheet[1]] == HEADER
    assert [c.value for c in sheet["A"]] == ["序号", 1, 2]
    assert sheet["D3"].value == "=第一行\n第二行"
    assert sheet["A1"].font.bold
    assert sheet["D2"].alignment.wrap_text
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["A"].width


def test_export_xlsx_default_title():
    data = export_xlsx([], VOCABULARIES)
    assert openpyxl.load_workbook(io.BytesIO(data)).worksheets[0].title == "公开事项"
    assert export_xlsx([], VOCABULARIES, title="[]") != b""
