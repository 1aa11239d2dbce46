"""表三: applications per applicant type and outcome for a year.

Rows as table 3 of the annual report: 本年新收, 上年结转, each 办理结果 with
its sub-grounds, 总计, 结转下年度继续办理. An application is received in the
year of its receipt date and concluded in the year of its reply (a
withdrawal or an uncorrected application concludes too). The row check
``new + carried_in == result_total + carried_out`` holds in every column.
"""

from dataclasses import dataclass
from datetime import date
from zwgk.applications.terms import table3


@dataclass(frozen=True)
class Record:
    """What the table needs from one application."""

    applicant_type: str
    received: date
    concluded: date | None = None
    outcome: str | None = None
    ground: str | None = None


def _columns():
    return [c["id"] for c in table3()["columns"] if c["id"] != "total"]


def _flatten(rows, depth=0):
    for row in rows:
        yield row, depth
        yield from _flatten(row.get("children", ()), depth + 1)


def count(records, year):
    """{row id: {column id: n}}, with the 'total' column and parent rows summed."""
    columns = _columns()
    table = {
        row["id"]: dict.fromkeys([*columns, "total"], 0)
        for row, _ in _flatten(table3()["rows"])
    }
    first, last = date(year, 1, 1), date(year, 12, 31)

    def add(row, column):
        table[row][column] += 1
        table[row]["total"] += 1

    for r in records:
        if r.received > last or (r.concluded is not None and r.concluded < first):
            continue
        add("new" if r.received >= first else "carried_in", r.applicant_type)
        if r.concluded is None or r.concluded > last:
            add("carried_out", r.applicant_type)
            continue
        add("result_total", r.applicant_type)
        add(r.outcome, r.applicant_type)
        if r.ground:
            add(r.ground, r.applicant_type)
    return table


def rows(table):
    """The table as a list for display and JSON: id, title, depth, values."""
    columns = [c["id"] for c in table3()["columns"]]
    return [
        {
            "id": row["id"],
            "title": row["title"],
            "depth": depth,
            # 三、本年度办理结果 is a heading; its lines carry the numbers.
            "values": None
            if row["id"] == "result"
            else {c: table[row["id"]][c] for c in columns},
        }
        for row, depth in _flatten(table3()["rows"])
    ]


def check(table):
    """Columns where new + carried_in != result_total + carried_out (empty: fine)."""
    return [
        column
        for column in table["new"]
        if table["new"][column] + table["carried_in"][column]
        != table["result_total"][column] + table["carried_out"][column]
    ]
