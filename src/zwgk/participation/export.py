"""意见导出: a consultation's comments as .xlsx or .csv, for the unit's staff.

Contact data included (only staff can download it). Comment texts come
from the public, so a cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
prefixed with an apostrophe: Excel shows it as text (CSV and formula
injection, OWASP). Duplicate groups are a column: 重复组 3（12条）.
"""

from zwgk.codes import CHINA
from zwgk.directories.spreadsheet import table_csv
from zwgk.directories.spreadsheet import table_xlsx
from zwgk.participation import comments
from zwgk.participation import duplicates
from zwgk.participation import terms


FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    ("意见编号", 20),
    ("提交时间", 17),
    ("意见来源", 10),
    ("姓名", 10),
    ("联系电话", 15),
    ("电子邮箱", 22),
    ("通信地址", 24),
    ("收到日期", 12),
    ("意见建议", 60),
    ("回复的意见", 20),
    ("审核状态", 8),
    ("隐藏原因", 14),
    ("采纳情况", 12),
    ("理由", 36),
    ("意见摘要", 36),
    ("重复组", 14),
)


class UnknownFormat(ValueError):
    def __init__(self, fmt):
        super().__init__(f"不支持的导出格式“{fmt}”，可选：xlsx、csv")


def neutralise(value):
    """A cell that no spreadsheet runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table(consultation):
    items = comments.all_comments(consultation)
    marks = duplicates.group_of(items)
    references = {c.key: c.reference for c in items}
    rows = [[header for header, _width in COLUMNS]]
    for comment in items:
        group = marks.get(comment.key)
        rows.append(
            [
                comment.reference,
                comment.created.astimezone(CHINA).strftime("%Y-%m-%d %H:%M"),
                terms.title(terms.COMMENT_CHANNELS, comment.channel),
                comment.name,
                comment.phone,
                comment.email,
                comment.address,
                comment.received_on.isoformat() if comment.received_on else "",
                comment.text,
                references.get(comment.in_reply_to, ""),
                terms.title(terms.STATUSES, comment.status),
                terms.title(terms.HIDE_REASONS, comment.hide_reason)
                if comment.hide_reason
                else "",
                terms.title(terms.OUTCOMES, comment.outcome) if comment.outcome else "",
                comment.outcome_reason,
                comment.summary,
                f"重复组{group[0]}（{group[1]}条）" if group else "",
            ]
        )
    return [[neutralise(cell) for cell in row] for row in rows]


def export_comments(consultation, fmt="xlsx"):
    """(data, content type, file name)."""
    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    cells = table(consultation)
    name = f"{consultation.Title() or consultation.getId()}-意见"
    if fmt == "csv":
        data = table_csv(cells)
    else:
        widths = [width for _header, width in COLUMNS]
        data = table_xlsx(cells, "意见", widths, "意见")
    return data, FORMATS[fmt], f"{name}.{fmt}"
