"""表三 from stored applications on a fixture year, with carry-over."""

from datetime import date
from plone import api
from zwgk.applications import handling
from zwgk.applications import intake
from zwgk.applications.counts import check
from zwgk.applications.report import table3_counts
from zwgk.applications.report import table3_report
from zwgk.applications.validation import check as check_input
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units

import pytest


@pytest.fixture
def fixture_year(portal, monkeypatch):
    czj, jqz = staffed_units(portal)
    day = {"today": None}
    monkeypatch.setattr(intake, "today", lambda: day["today"])
    monkeypatch.setattr(handling, "today", lambda: day["today"])
    workflow = api.portal.get_tool("portal_workflow")

    def apply(unit, received, **changes):
        day["today"] = received
        application, _ = intake.submit(
            check_input(body(unit, **changes), intake.units())
        )
        return application

    def act(application, on, transition, **fields):
        day["today"] = on
        for name, value in fields.items():
            setattr(application, name, value)
        workflow.doActionFor(application, transition)

    a = apply(czj, date(2025, 12, 22))
    act(a, date(2025, 12, 23), "accept")
    act(a, date(2026, 1, 12), "answer", outcome="disclosed", reply="见附件")
    apply(
        czj,
        date(2025, 12, 29),
        applicant_type="commercial_enterprise",
        id_type="uscc",
        id_number="91350100M000100Y43",
        contact_person="李四",
    )
    c = apply(czj, date(2026, 3, 2))
    act(c, date(2026, 3, 3), "withdraw")
    d = apply(
        czj,
        date(2026, 5, 6),
        applicant_type="legal_service_org",
        id_type="uscc",
        id_number="91350100M000100Y43",
        contact_person="王五",
    )
    act(d, date(2026, 5, 7), "accept")
    act(
        d,
        date(2026, 5, 20),
        "answer",
        outcome="not_processed",
        ground="repeated",
        reply="重复申请",
    )
    apply(czj, date(2026, 12, 28))  # open at the turn of the year
    apply(jqz, date(2026, 4, 1))  # another unit
    return czj, jqz


def test_table3_for_a_unit_with_carry_over(fixture_year):
    czj, _ = fixture_year
    table = table3_counts(czj, 2026)
    assert table["new"]["natural_person"] == 2
    assert table["new"]["legal_service_org"] == 1
    assert table["new"]["total"] == 3
    assert table["carried_in"]["natural_person"] == 1
    assert table["carried_in"]["commercial_enterprise"] == 1
    assert table["disclosed"]["natural_person"] == 1
    assert table["other"]["natural_person"] == 1  # the withdrawal
    assert table["other_handling"]["natural_person"] == 1
    assert table["repeated"]["legal_service_org"] == 1
    assert table["not_processed"]["legal_service_org"] == 1
    assert table["result_total"]["total"] == 3
    assert table["carried_out"]["commercial_enterprise"] == 1
    assert table["carried_out"]["natural_person"] == 1
    assert table["carried_out"]["total"] == 2
    assert check(table) == []
    previous = table3_counts(czj, 2025)
    assert previous["new"]["total"] == 2
    assert previous["carried_out"] == table["carried_in"]


def test_table3_for_the_whole_site_adds_the_units(fixture_year, portal):
    table = table3_counts(portal, 2026)
    assert table["new"]["total"] == 4
    assert check(table) == []


def test_report_json(fixture_year):
    czj, _ = fixture_year
    report = table3_report(czj, 2026)
    assert report["check"] == {"ok": True, "failing_columns": []}
    assert report["rows"][0]["values"]["total"] == 3
    assert report["columns"][-1] == {"id": "total", "title": "总计"}


def test_catalog_holds_no_personal_data(fixture_year, portal):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="DisclosureApplication")
    assert len(brains) == 6
    personal = (
        "张三",
        "李四",
        "王五",
        "11010519491231002X",
        "0791-88888888",
        "zhangsan@example.org",
        "财政预算执行情况",
        "某路1号",
    )
    for brain in brains:
        rid = brain.getRID()
        dump = repr(catalog.getMetadataForRID(rid)) + repr(
            catalog.getIndexDataForRID(rid)
        )
        for value in personal:
            assert value not in dump
        # the number, in its FieldIndex only (no full-text index, no Title)
        assert catalog.getIndexDataForRID(rid)["tracking_number"].startswith("YSQ-")
    assert not catalog.unrestrictedSearchResults(SearchableText="张三")
    registry = api.portal.get_registry_record("plone.types_not_searched")
    assert "DisclosureApplication" in registry
