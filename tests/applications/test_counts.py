"""表三 counts: the shape of the annual report, carry-over, the row check."""

from datetime import date
from zwgk.applications.counts import Record
from zwgk.applications.counts import check
from zwgk.applications.counts import count
from zwgk.applications.counts import rows


RECORDS = [
    # received 2025, answered 2026: carried in
    Record("natural_person", date(2025, 12, 20), date(2026, 1, 15), "disclosed"),
    # received 2025, still open at the end of 2026: carried in and out
    Record("commercial_enterprise", date(2025, 12, 29)),
    # received and answered 2025: not in 2026 at all
    Record("natural_person", date(2025, 3, 1), date(2025, 3, 20), "disclosed"),
    # received 2026
    Record(
        "natural_person",
        date(2026, 2, 2),
        date(2026, 2, 20),
        "not_disclosed",
        "state_secret",
    ),
    Record(
        "legal_service_org",
        date(2026, 5, 6),
        date(2026, 5, 30),
        "cannot_provide",
        "not_held",
    ),
    Record(
        "natural_person",
        date(2026, 6, 1),
        date(2026, 6, 3),
        "other_handling",
        "no_correction",
    ),
    # received December 2026, answered January 2027: carried out
    Record("research_institution", date(2026, 12, 28), date(2027, 1, 10), "disclosed"),
    # received 2027: not yet
    Record("natural_person", date(2027, 1, 4)),
]


def test_counts_for_2026_with_carry_over():
    table = count(RECORDS, 2026)
    assert table["new"]["natural_person"] == 2
    assert table["new"]["legal_service_org"] == 1
    assert table["new"]["research_institution"] == 1
    assert table["new"]["total"] == 4
    assert table["carried_in"]["natural_person"] == 1
    assert table["carried_in"]["commercial_enterprise"] == 1
    assert table["carried_in"]["total"] == 2
    assert table["disclosed"]["natural_person"] == 1
    assert table["state_secret"]["natural_person"] == 1
    assert table["not_disclosed"]["natural_person"] == 1  # sum of its grounds
    assert table["not_held"]["legal_service_org"] == 1
    assert table["no_correction"]["natural_person"] == 1
    assert table["result_total"]["total"] == 4
    assert table["carried_out"]["commercial_enterprise"] == 1
    assert table["carried_out"]["research_institution"] == 1
    assert table["carried_out"]["total"] == 2
    assert check(table) == []


def test_next_year_carries_in_what_this_year_carried_out():
    this, following = count(RECORDS, 2026), count(RECORDS, 2027)
    assert following["carried_in"] == this["carried_out"]
    assert following["new"]["natural_person"] == 1
    assert check(following) == []


def test_rows_follow_the_annual_report():
    listed = rows(count(RECORDS, 2026))
    assert [r["id"] for r in listed][:4] == ["new", "carried_in", "result", "disclosed"]
    assert listed[0]["title"] == "一、本年新收政府信息公开申请数量"
    assert listed[2]["values"] is None  # 三、本年度办理结果 is a heading
    assert listed[-1]["id"] == "carried_out"
    assert set(listed[0]["values"]) == {
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_org",
        "legal_service_org",
        "other_org",
        "total",
    }


def test_check_finds_a_broken_column():
    table = count(RECORDS, 2026)
    table["new"]["natural_person"] += 1
    assert check(table) == ["natural_person"]
