"""Helpers for the directory tests: spreadsheet rows in the national column order."""

from zwgk.directories import spreadsheet as directory_io


HEADER = [header for _key, header in directory_io.COLUMNS]


def row(level1, level2, **changes):
    cells = {
        "number": "",
        "item_level1": level1,
        "item_level2": level2,
        "content": "一般公共预算收支表",
        "basis": "《中华人民共和国预算法》",
        "time_limit": "信息形成或变更之日起20个工作日内",
        "responsible_body": "区财政局",
        "channels": "政府网站；公开查阅点",
        "audience": "全社会",
        "mode": "主动",
        "levels": "区级",
    }
    cells.update(changes)
    return [cells[key] for key, _header in directory_io.COLUMNS]


def csv_bytes(table):
    import csv
    import io

    out = io.StringIO(newline="")
    csv.writer(out).writerows(table)
    return out.getvalue().encode("utf-8")


def pairs(directory):
    return [
        (item.item_level1, item.item_level2 or "")
        for item in directory.items_in_order()
    ]
