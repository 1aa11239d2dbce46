"""公众参与事项清单 as a spreadsheet: reading and writing the table.

One header row with the columns ``COLUMNS`` (序号, 决策事项名称, 参与范围,
参与方式, 计划时间, 承办单位, 备注); 参与方式 takes the Chinese titles of the
methods, several separated by ``；``, ``、`` or line breaks. The file is read
and every row checked the way the standard directories are
(``zwgk.directories.spreadsheet``: .xlsx or CSV in UTF-8 or GB18030, the header
checked column by column, errors per row as ``第7行：缺少“参与范围”``).
Pure Python (openpyxl only).
"""

from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.spreadsheet import DirectoryImportError
from zwgk.participation import terms
from zwgk.participation.export import neutralise


__all__ = ["COLUMNS", "DirectoryImportError", "export_csv", "export_xlsx", "parse"]

COLUMNS = (
    ("number", "序号"),
    ("title", "决策事项名称"),
    ("scope", "参与范围"),
    ("methods", "参与方式"),
    ("planned_time", "计划时间"),
    ("responsible_unit", "承办单位"),
    ("note", "备注"),
)
HEADERS = dict(COLUMNS)
TEXT_FIELDS = ("title", "scope", "planned_time", "responsible_unit", "note")
LINE_FIELDS = ("title", "planned_time", "responsible_unit")
REQUIRED = ("title", "scope", "methods", "planned_time", "responsible_unit")
WIDTHS = (6, 30, 36, 28, 16, 20, 20)
MAX_LENGTH = {"title": 200, "planned_time": 100, "responsible_unit": 200}
# wordings seen in local lists
SYNONYMS = {
    "听证": "hearing",
    "座谈": "symposium",
    "调研走访": "field_visit",
    "实地调研": "field_visit",
    "网上征求意见": "public_comment",
    "向社会公开征求意见": "public_comment",
    "书面征求": "written",
    "列席会议": "attending_meetings",
    "利害关系人列席会议": "attending_meetings",
    "网络直播": "live_streaming",
    "新媒体直播": "live_streaming",
    "网络直播/新媒体直播": "live_streaming",
}
TABLE = "公众参与事项清单"


def _lookup():
    lookup = directory_io.term_lookup("methods", dict(terms.METHODS))
    for synonym, token in SYNONYMS.items():
        lookup.setdefault(directory_io.comparison_key(synonym), token)
    return lookup


def _unquoted(text):
    """A cell our export protected against formula injection, as it was."""
    if text[:1] == "'" and text[1:2] and text[1] in "=+-@":
        return text[1:]
    return text


def _parse_row(values, lookup):
    values = values + [None] * (len(COLUMNS) - len(values))
    cells = {key: values[index] for index, (key, _h) in enumerate(COLUMNS)}
    texts = {key: _unquoted(directory_io.cell_text(v)) for key, v in cells.items()}
    for key in LINE_FIELDS:
        texts[key] = " ".join(texts[key].split())
    methods = directory_io.split_terms(texts["methods"], lookup)
    present = {**texts, "methods": methods}
    errors = [f"缺少“{HEADERS[key]}”" for key in REQUIRED if not present[key]]
    for key, limit in MAX_LENGTH.items():
        if len(texts[key]) > limit:
            errors.append(f"“{HEADERS[key]}”不能超过{limit}个字")
    try:
        directory_io.row_number(cells["number"])
    except ValueError:
        errors.append(f"“序号”应为正整数，实际为“{texts['number']}”")
    tokens = []
    for method in methods:
        token = lookup.get(directory_io.comparison_key(method))
        if token is None:
            choices = "、".join(title for _token, title in terms.METHODS)
            errors.append(f"“参与方式”的值“{method}”不在可选值中（可选：{choices}）")
        elif token not in tokens:
            tokens.append(token)
    item = {key: texts[key] for key in TEXT_FIELDS}
    item["methods"] = tokens
    return item, errors


def parse(data: bytes, filename: str) -> list[dict]:
    """Read and check a participation list; every problem of every row in
    ``DirectoryImportError``, nothing returned unless the whole file is good."""
    if len(data) > directory_io.MAX_BYTES:
        raise DirectoryImportError(
            [
                f"文件大小超过上限 {directory_io.MAX_BYTES // (1024 * 1024)} MB，"
                "请拆分后分批导入"
            ]
        )
    rows = directory_io.read_rows(data, filename)
    if not rows:
        raise DirectoryImportError(["文件是空的，没有表头和事项"])
    errors = directory_io.check_header(rows[0][1], COLUMNS, TABLE)
    if errors:
        raise DirectoryImportError(errors)
    if len(rows) - 1 > directory_io.MAX_ROWS:
        raise DirectoryImportError(
            [f"事项超过 {directory_io.MAX_ROWS} 行，请拆分后分批导入"]
        )
    if len(rows) == 1:
        raise DirectoryImportError(["文件中没有事项"])
    lookup, items, seen = _lookup(), [], {}
    for number, values in rows[1:]:
        item, row_errors = _parse_row(values, lookup)
        title = item["title"]
        if title and title in seen:
            row_errors.append(f"决策事项“{title}”与第{seen[title]}行重复")
        seen.setdefault(title, number)
        errors += [f"第{number}行：{message}" for message in row_errors]
        item["row"] = number
        items.append(item)
    if errors:
        raise DirectoryImportError(errors)
    return items


def table(rows):
    found = [[header for _key, header in COLUMNS]]
    for number, row in enumerate(rows, start=1):
        methods = "；".join(terms.title(terms.METHODS, m) for m in row["methods"])
        found.append(
            [
                number,
                row["title"],
                row["scope"],
                methods,
                row["planned_time"],
                row["responsible_unit"],
                row.get("note") or "",
            ]
        )
    return [[neutralise(cell) for cell in line] for line in found]


def export_csv(rows):
    return directory_io.table_csv(table(rows))


def export_xlsx(rows, title=TABLE):
    return directory_io.table_xlsx(table(rows), title, list(WIDTHS), TABLE)
