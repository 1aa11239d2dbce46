"""Import and export of 政务公开事项标准目录 (standard directories of disclosure items).

A directory is a table with the national column order (``COLUMNS``): 序号、
一级事项、二级事项、公开内容（要素）、公开依据、公开时限、公开主体、
公开渠道和载体、公开对象、公开方式、公开层级. ``parse`` reads such a table
from an Excel (.xlsx) or CSV file and validates every row against the
vocabularies of 公开渠道和载体、公开对象、公开方式 and 公开层级;
``export_csv`` and ``export_xlsx`` write the same layout back.

Pure Python (openpyxl only), no Plone imports.
"""

from openpyxl.styles import Alignment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from zwgk.parameters import invalid_characters
from zwgk.spreadsheet_cells import csv_bytes
from zwgk.spreadsheet_cells import unquote_cell

import csv
import datetime
import io
import openpyxl
import re
import unicodedata
import warnings
import zipfile


COLUMNS = (
    ("number", "序号"),
    ("item_level1", "一级事项"),
    ("item_level2", "二级事项"),
    ("content", "公开内容（要素）"),
    ("basis", "公开依据"),
    ("time_limit", "公开时限"),
    ("responsible_body", "公开主体"),
    ("channels", "公开渠道和载体"),
    ("audience", "公开对象"),
    ("mode", "公开方式"),
    ("levels", "公开层级"),
)
HEADERS = dict(COLUMNS)
TEXT_FIELDS = (
    "item_level1",
    "item_level2",
    "content",
    "basis",
    "time_limit",
    "responsible_body",
)
# Stored as single-line text: line breaks inside the cell become spaces.
LINE_FIELDS = ("item_level1", "item_level2", "time_limit", "responsible_body")
MULTI_FIELDS = ("channels", "levels")
SINGLE_FIELDS = ("audience", "mode")
REQUIRED = (
    "item_level1",
    "content",
    "basis",
    "time_limit",
    "responsible_body",
    "channels",
    "audience",
    "mode",
    "levels",
)
# Common wordings in local directories, mapped to vocabulary tokens.
SYNONYMS = {
    "levels": {
        "县级": "district",
        "区县级": "district",
        "乡级": "town",
        "乡镇级": "town",
        "镇处级": "town",
        "村居级": "village",
    },
    "mode": {"主动公开": "proactive", "依申请公开": "on-application"},
    "audience": {"社会公众": "public"},
}
COLUMN_WIDTHS = {
    "number": 6,
    "item_level1": 16,
    "item_level2": 18,
    "content": 48,
    "basis": 36,
    "time_limit": 22,
    "responsible_body": 18,
    "channels": 22,
    "audience": 10,
    "mode": 10,
    "levels": 12,
}

MAX_ROWS = 20_000
MAX_BYTES = 5 * 1024 * 1024
# An .xlsx is a zip: 40 KB of blank rows expanded to 24 MB and took 13 s to
# read. The members' sizes are checked before openpyxl opens it (zipfile
# never inflates a member past its declared size), and reading stops after
# MAX_BLANK_RUN blank rows in a row (the table has ended; a sheet formatted
# down to row 1,048,576 is common) or refuses more than MAX_BLANK_ROWS blank
# rows inside the table.
MAX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_BLANK_RUN = 1_000
MAX_BLANK_ROWS = 10_000
INVALID_FILE = "文件不是有效的 Excel（.xlsx）或 CSV 文件"
SEPARATORS = re.compile(r"([；;、,，/\n])")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_JOIN = 8  # separator-split pieces tried together, for titles like 发布会/听证会


class DirectoryImportError(ValueError):
    """The file cannot be imported; ``errors`` lists the reasons in Chinese."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))

    def __str__(self):
        return "\n".join(self.errors)


def _key(value):
    """Comparison key: full-width folded (（）→()), no whitespace, case-folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value)).casefold()


def _text(value):
    """Cell value as stripped text: numbers without ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()
    if isinstance(value, datetime.date | datetime.time):
        value = value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARS.sub("", text).strip()


def _csv_rows(data):
    """Rows of a CSV file in UTF-8 (with or without BOM) or GB18030/GBK."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise DirectoryImportError([INVALID_FILE]) from None
    if "\x00" in text:
        raise DirectoryImportError([INVALID_FILE])
    yield from csv.reader(io.StringIO(text, newline=""))


def _check_unpacked_size(data):
    """Refuse an .xlsx whose members add up to more than MAX_UNCOMPRESSED."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise DirectoryImportError([INVALID_FILE]) from None
    if unpacked > MAX_UNCOMPRESSED:
        raise DirectoryImportError(
            [
                f"文件解压后超过 {MAX_UNCOMPRESSED // (1024 * 1024)} MB"
                "（可能含有大量空行或格式），请删除多余的行和格式后重新导入"
            ]
        )


def _xlsx_rows(data):
    """Rows (cell values) of the first worksheet of an .xlsx file."""
    _check_unpacked_size(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True
        )
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong sheet size
        yield from sheet.iter_rows(values_only=True)
    finally:
        workbook.close()


def _read_rows(data, filename):
    """Non-empty rows as (Excel row number, values): the header + data rows.

    Reading stops after ``MAX_ROWS + 1`` data rows, enough to tell the file
    is too long, or after ``MAX_BLANK_RUN`` blank rows in a row.
    """
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    readers = {"csv": _csv_rows, "xlsx": _xlsx_rows}
    if extension not in readers:
        raise DirectoryImportError(
            [f"不支持的文件类型“{filename}”，请上传 Excel（.xlsx）或 CSV 文件"]
        )
    rows, blank_run, blanks = [], 0, 0
    try:
        for number, values in enumerate(readers[extension](data), start=1):
            if not any(_text(v) for v in values):
                blank_run += 1
                if blank_run >= MAX_BLANK_RUN:
                    break  # the table has ended
                continue
            if rows:
                blanks += blank_run  # blank rows inside the table
            blank_run = 0
            if blanks > MAX_BLANK_ROWS:
                raise DirectoryImportError(
                    [f"表格中的空行超过 {MAX_BLANK_ROWS} 行，请删除空行后重新导入"]
                )
            rows.append((number, list(values)))
            if len(rows) > MAX_ROWS + 1:
                break
    except DirectoryImportError:
        raise
    except Exception:
        raise DirectoryImportError([INVALID_FILE]) from None
    return rows


def _check_header(values):
    """Errors for a header row that is not the national column order."""
    found = [_text(v) for v in values]
    found += [""] * (len(COLUMNS) - len(found))
    errors = []
    for index, (_key_name, header) in enumerate(COLUMNS):
        if _key(found[index]) != _key(header):
            actual = f"“{found[index]}”" if found[index] else "空"
            errors.append(f"表头第{index + 1}列应为“{header}”，实际为{actual}")
    for index, value in enumerate(found[len(COLUMNS) :], start=len(COLUMNS)):
        if value:
            errors.append(f"表头第{index + 1}列“{value}”不是标准目录的列")
    if errors and sum(1 for v in found if v) == 1:
        errors.append("第一个非空行应为表头，请删除表头上方的标题行")
    return errors


def _lookup(field, vocabulary):
    """Map of comparison key -> token, from tokens, titles and synonyms."""
    lookup = {}
    for token, title in vocabulary.items():
        lookup[_key(token)] = lookup[_key(title)] = token
    for synonym, token in SYNONYMS.get(field, {}).items():
        if token in vocabulary:
            lookup.setdefault(_key(synonym), token)
    return lookup


def _split_terms(text, lookup):
    """Split a multi-valued cell on ；;、,，/ and newlines.

    Neighbouring pieces are joined back when together they form a known
    term, so a title containing a separator (发布会/听证会) stays whole.
    """
    parts = SEPARATORS.split(text)
    words, seps = parts[0::2], parts[1::2] + [""]
    terms, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_JOIN), i, -1):
            candidate = "".join(words[k] + seps[k] for k in range(i, j - 1))
            candidate += words[j - 1]
            if j == i + 1 or _key(candidate) in lookup:
                terms.append(candidate.strip())
                i = j
                break
    return [t for t in terms if t]


def _number(value):
    """序号 as a positive int, None if empty; raises ValueError otherwise."""
    if value is None or _text(value) == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\d+(\.0*)?", value.strip()):
        value = int(float(value))
    if not isinstance(value, int) or value < 1:
        raise ValueError
    return value


def _parse_row(values, vocabularies, lookups):
    """One data row -> (item dict, list of error texts without row prefix)."""
    values = values + [None] * (len(COLUMNS) - len(values))
    cells = {key: values[index] for index, (key, _h) in enumerate(COLUMNS)}
    # a quote our CSV export put before =, +, -, @ (spreadsheet_cells) goes
    texts = {key: unquote_cell(_text(value)) for key, value in cells.items()}
    for key in LINE_FIELDS:
        texts[key] = re.sub(r"\s*\n\s*", " ", texts[key])
    terms = {f: _split_terms(texts[f], lookups[f]) for f in MULTI_FIELDS}
    present = {**texts, **terms}
    errors = [f"缺少“{HEADERS[key]}”" for key in REQUIRED if not present[key]]
    errors += [
        f"“{HEADERS[key]}”含有无效字符（不完整的汉字编码）"
        for key, value in texts.items()
        if invalid_characters(value)
    ]
    item = {key: texts[key] for key in TEXT_FIELDS}
    try:
        item["number"] = _number(cells["number"])
    except ValueError:
        item["number"] = None
        errors.append(f"“序号”应为正整数，实际为“{texts['number']}”")

    def token(field, term):
        if _key(term) in lookups[field]:
            return lookups[field][_key(term)]
        choices = "、".join(vocabularies[field].values())
        errors.append(f"“{HEADERS[field]}”的值“{term}”不在可选值中（可选：{choices}）")

    for field in SINGLE_FIELDS:
        item[field] = token(field, texts[field]) if texts[field] else None
    for field in MULTI_FIELDS:
        tokens = [token(field, term) for term in terms[field]]
        item[field] = list(dict.fromkeys(t for t in tokens if t))
    return item, errors


def parse(data: bytes, filename: str, vocabularies: dict) -> list[dict]:
    """Read and validate a 政务公开事项标准目录 from .xlsx or .csv bytes.

    Returns one dict per item, with ``row``, its row number in the file;
    raises ``DirectoryImportError`` listing every
    problem of every row, each prefixed with the row number shown in Excel
    (e.g. ``第7行：缺少“公开依据”``).
    """
    if len(data) > MAX_BYTES:
        raise DirectoryImportError(
            [f"文件大小超过上限 {MAX_BYTES // (1024 * 1024)} MB，请拆分后分批导入"]
        )
    rows = _read_rows(data, filename)
    if not rows:
        raise DirectoryImportError(["文件是空的，没有表头和事项"])
    errors = _check_header(rows[0][1])
    if errors:
        raise DirectoryImportError(errors)
    if len(rows) - 1 > MAX_ROWS:
        raise DirectoryImportError([f"事项超过 {MAX_ROWS} 行，请拆分后分批导入"])
    if len(rows) == 1:
        raise DirectoryImportError(["文件中没有事项"])

    lookups = {f: _lookup(f, vocabularies[f]) for f in MULTI_FIELDS + SINGLE_FIELDS}
    items, seen = [], {}
    for row_number, values in rows[1:]:
        item, row_errors = _parse_row(values, vocabularies, lookups)
        pair = (item["item_level1"], item["item_level2"])
        if pair[0] and pair in seen:
            name = f"一级事项“{pair[0]}”"
            name += f"、二级事项“{pair[1]}”" if pair[1] else ""
            row_errors.append(f"{name}与第{seen[pair]}行重复")
        seen.setdefault(pair, row_number)
        errors += [f"第{row_number}行：{message}" for message in row_errors]
        item["row"] = row_number
        items.append(item)
    if errors:
        raise DirectoryImportError(errors)
    return items


def _table(rows, vocabularies):
    """Header + one list of cell values per item, tokens shown as titles."""

    def title(field, token):
        return vocabularies[field].get(token, token)

    table = [[header for _key_name, header in COLUMNS]]
    for number, row in enumerate(rows, start=1):
        cells = {key: row.get(key) or "" for key in TEXT_FIELDS}
        cells["number"] = number
        for field in SINGLE_FIELDS:
            cells[field] = title(field, row.get(field) or "")
        for field in MULTI_FIELDS:
            cells[field] = "；".join(title(field, t) for t in row.get(field) or [])
        table.append([cells[key] for key, _header in COLUMNS])
    return table


def export_csv(rows: list[dict], vocabularies: dict) -> bytes:
    """The items as CSV in UTF-8 with BOM, so Excel opens the Chinese text;
    cells a spreadsheet would run as formulas are quoted (spreadsheet_cells)."""
    return csv_bytes(_table(rows, vocabularies))


def export_xlsx(rows: list[dict], vocabularies: dict, title: str = "公开事项") -> bytes:
    """The items as an .xlsx workbook: bold frozen header, wrapped text."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = SHEET_FORBIDDEN.sub("", title).strip("'").strip()[:31] or "公开事项"
    wrap = Alignment(wrap_text=True, vertical="top")
    for values in _table(rows, vocabularies):
        sheet.append(values)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
            if cell.data_type == "f":  # text starting with "=" is not a formula
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (key, _header) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = COLUMN_WIDTHS[key]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
