"""A directory as a downloadable .xlsx or .csv file (导出标准目录)."""

from urllib.parse import quote
from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.importer import rows
from zwgk.directories.importer import vocabularies


FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


class UnknownFormat(ValueError):
    """Asked for a format other than xlsx or csv."""

    def __init__(self, fmt):
        super().__init__(f"不支持的导出格式“{fmt}”，可选：xlsx、csv")


def export_file(directory, fmt="xlsx"):
    """(data, content type, file name) of the directory in ``fmt``."""
    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    items = rows(directory)
    vocabs = vocabularies(directory)
    if fmt == "csv":
        data = directory_io.export_csv(items, vocabs)
    else:
        data = directory_io.export_xlsx(items, vocabs, title=directory.title)
    return data, FORMATS[fmt], f"{directory.title or directory.getId()}.{fmt}"


def set_download_headers(response, filename, content_type, size):
    """Headers that keep a Chinese file name intact in every browser (RFC 6266)."""
    stem, dot, extension = filename.rpartition(".")
    ascii_stem = stem.encode("ascii", "ignore").decode().strip() or "download"
    fallback = quote(f"{ascii_stem}{dot}{extension}")
    response.setHeader("Content-Type", content_type)
    response.setHeader("Content-Length", str(size))
    response.setHeader(
        "Content-Disposition",
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}",
    )
