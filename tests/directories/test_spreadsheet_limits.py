"""Spreadsheet decompression: the 5 MB cap was on the compressed .xlsx; a
40 KB upload of blank rows expanded to 24 MB and took 13 s. The unpacked
size is capped and blank rows are counted; nothing is saved."""

from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.importer import DirectoryImportError
from zwgk.directories.importer import import_directory
from zwgk.testing.directories import HEADER
from zwgk.testing.directories import pairs
from zwgk.testing.directories import row

import io
import openpyxl
import pytest
import time
import zipfile


SHEET = "xl/worksheets/sheet1.xml"


def xlsx(*table):
    workbook = openpyxl.Workbook()
    for values in table:
        workbook.active.append(values)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def rewrite(data, sheet=None, extra=None):
    """The workbook with its sheet changed by ``sheet(xml)`` and extra members."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for member in source.infolist():
            content = source.read(member.filename)
            if member.filename == SHEET and sheet is not None:
                content = sheet(content.decode()).encode()
            target.writestr(member.filename, content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def blank_rows(start, count):
    return "".join(
        f'<row r="{n}"><c r="A{n}" s="0"/></row>' for n in range(start, start + count)
    )


def with_blank_rows(count, then=None):
    """Header and one row, ``count`` blank rows, then optionally a row."""
    table = [HEADER, row("政府预算", "部门预算")]

    def sheet(xml):
        blanks = blank_rows(3, count)
        if then is not None:
            n = 3 + count
            cell = f'<c r="B{n}" t="inlineStr"><is><t>{then}</t></is></c>'
            blanks += f'<row r="{n}">{cell}</row>'
        return xml.replace("</sheetData>", blanks + "</sheetData>")

    return rewrite(xlsx(*table), sheet=sheet)


def test_a_small_file_that_unpacks_huge_is_refused_unread(directory):
    bomb = rewrite(
        xlsx(HEADER, row("政府预算", "部门预算")),
        extra={"xl/media/padding.bin": b"\0" * (65 * 1024 * 1024)},  # > 64 MB
    )
    assert len(bomb) < 200 * 1024
    started = time.monotonic()
    with pytest.raises(DirectoryImportError) as refused:
        import_directory(directory, bomb, "目录.xlsx")
    assert time.monotonic() - started < 2
    assert "解压后超过" in str(refused.value)
    assert pairs(directory) == []


def test_a_thousand_blank_rows_end_the_table(directory):
    """A sheet formatted far down: reading stops after 1,000 blank rows in a
    row (what lies beyond is not read), instead of parsing all of them."""
    data = with_blank_rows(500_000, then="表格结束后的内容")  # ~20 MB unpacked
    assert len(data) < directory_io.MAX_BYTES
    started = time.monotonic()
    counts = import_directory(directory, data, "目录.xlsx")
    assert time.monotonic() - started < 10
    assert counts["added"] == 1
    assert pairs(directory) == [("政府预算", "部门预算")]


def test_too_many_blank_rows_inside_the_table_are_refused(directory):
    step = 999  # gaps just short of the 1,000 blank rows that end the table
    gaps = 10_000 // step + 1  # more than 10,000 blank rows in all
    table = [HEADER]
    for number in range(gaps + 1):
        table.append(row(f"事项{number}", ""))
        table.extend([[None]] * step)
    data = xlsx(*table)
    with pytest.raises(DirectoryImportError) as refused:
        import_directory(directory, data, "目录.xlsx")
    assert "空行超过" in str(refused.value)
    assert pairs(directory) == []


def test_blank_rows_in_a_csv_are_counted_too(directory):
    data = "\n".join([",".join(HEADER), ",".join(row("政府预算", "部门预算"))])
    data += "\n" * 2_000_000
    started = time.monotonic()
    counts = import_directory(directory, data.encode(), "目录.csv")
    assert time.monotonic() - started < 3
    assert counts["added"] == 1
