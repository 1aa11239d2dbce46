"""Cells that a spreadsheet would run (CSV formula injection, CWE-1236).

Excel, LibreOffice and WPS treat a CSV cell starting with ``=``, ``+``,
``-`` or ``@`` as a formula (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``), and
a leading tab or carriage return can hide one. Anonymous visitors download
zwgk's CSV files, so every CSV zwgk writes goes through ``csv_bytes``, which
prefixes such a cell with a single quote, as OWASP recommends: the
spreadsheet shows it as text, the quote is visible and harmless.

A plain number (``-5``, ``+3.5``) is left as it is: a spreadsheet reads it
as that number, it cannot call anything, and other programs reading the
file get the value unchanged. Importing strips the quote again
(``unquote_cell``), so an exported file imports back to the same rows.

Pure Python, no Plone imports.
"""

import csv
import io
import re


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
NUMBER = re.compile(r"\A[+-]?(?:\d+(?:\.\d*)?|\.\d+)\Z")


def needs_quote(text):
    return text.startswith(FORMULA_START) and not NUMBER.match(text)


def safe_cell(value):
    """The cell as written to a CSV file: text a spreadsheet would run is
    quoted; numbers, dates and other text are returned unchanged."""
    if isinstance(value, str) and needs_quote(value):
        return QUOTE + value
    return value


def unquote_cell(text):
    """The inverse of ``safe_cell`` for text read back from a file."""
    if text.startswith(QUOTE) and needs_quote(text[1:]):
        return text[1:]
    return text


def csv_bytes(rows, encoding="utf-8-sig"):
    """Rows as CSV, every cell through ``safe_cell`` (UTF-8 with BOM by
    default, so Excel opens the Chinese text)."""
    out = io.StringIO(newline="")
    csv.writer(out).writerows([safe_cell(value) for value in row] for row in rows)
    return out.getvalue().encode(encoding)
