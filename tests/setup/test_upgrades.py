"""Upgrade steps bring an installed site to the current profile."""

from plone import api

import pytest


def test_upgrade_to_content_model(portal, setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("index_number")
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126001")
    setup_tool.upgradeProfile("zwgk:default")
    current = setup_tool.getVersionForProfile("zwgk:default")
    assert setup_tool.getLastVersionForProfile("zwgk:default") == (current,)
    assert "index_number" in catalog.indexes()


def test_upgrade_moves_responsible_body_out_of_subject(directory, setup_tool):
    from zwgk.testing import make_item

    item = make_item(directory, "政府预算", "")
    del item.responsible_body
    item.subject = ("区财政局",)  # how 20261126002 stored 公开主体
    item.reindexObject()
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126002")
    setup_tool.upgradeProfile("zwgk:default")
    assert item.responsible_body == "区财政局"
    assert item.Subject() == ()
    assert not api.content.find(Subject="区财政局")


def test_upgrade_makes_disclosure_area_a_keyword_index(portal, setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("disclosure_area")
    catalog.addIndex("disclosure_area", "FieldIndex")
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126002")
    setup_tool.upgradeProfile("zwgk:default")
    assert catalog._catalog.indexes["disclosure_area"].meta_type == "KeywordIndex"


def test_upgrade_moves_in_force_date_out_of_effective_date(directory, setup_tool):
    import datetime

    directory.__dict__.pop("in_force_from", None)
    directory.effective_date = datetime.date(2026, 3, 1)  # as 20261126002 stored it
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126002")
    setup_tool.upgradeProfile("zwgk:default")
    assert directory.in_force_from == datetime.date(2026, 3, 1)
    assert directory.effective_date is None
    html = directory.restrictedTraverse("@@view")()
    assert "2026-03-01" in html


def test_upgrade_adds_the_calendar_settings(portal, setup_tool):
    registry = api.portal.get_tool("portal_registry")
    del registry.records["zwgk.calendar.overrides"]
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126003")
    setup_tool.upgradeProfile("zwgk:default")
    assert api.portal.get_registry_record("zwgk.calendar.overrides") == []


@pytest.mark.parametrize(
    "old,attribute,new",
    [
        ("private", "proactive", "draft"),
        ("pending", "proactive", "pending_review"),
        ("published", "proactive", "published"),
        ("published", "withheld", "filed"),
        (None, "proactive", "draft"),
    ],
)
def test_upgrade_maps_simple_publication_states(old, attribute, new):
    from types import SimpleNamespace
    from zwgk.upgrades.v20261126006 import new_state

    history = {"simple_publication_workflow": ({"review_state": old},)} if old else {}
    obj = SimpleNamespace(workflow_history=history, disclosure_attribute=attribute)
    assert new_state(obj) == new


def test_upgrade_sets_up_page_caching_and_feed_dates(manager, setup_tool):
    from datetime import date

    registry = api.portal.get_tool("portal_registry")
    # a site from before plone.app.caching: none of its records exist, so
    # no earlier upgrade may import the caching file
    # longest first: a rule's record refers to its ruleset's field
    for name in sorted(registry.records.keys(), key=len, reverse=True):
        if name.startswith(
            ("plone.caching.", "plone.app.caching.", "zwgk.site.", "zwgk.applications.")
        ):
            del registry.records[name]
    registry["zwgk.extra_areas"] = ["river-chief|河长制"]
    unit = api.content.create(
        container=manager, type="OrgUnit", id="czj", title="财政局", code="113601005"
    )
    info = api.content.create(
        container=unit,
        type="GovernmentInformation",
        title="旧的已公开信息",
        written_date=date(2026, 1, 5),
        publication_date=date(2026, 1, 6),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )
    from zwgk.upgrades import set_state

    set_state(info, "zwgk_publication_workflow", "published", "")
    assert info.effective_date is None
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126008")
    setup_tool.upgradeProfile("zwgk:default")
    assert registry["plone.caching.interfaces.ICacheSettings.enabled"] is True
    assert registry["plone.app.caching.moderateCaching.zwgk.content.ramCache"]
    assert registry["zwgk.extra_areas"] == ["river-chief|河长制"]  # kept
    assert registry["zwgk.applications.submissions_per_hour"] == 5
    assert "zwgk.site.icp_number" in registry.records
    assert info.effective_date.ISO8601().startswith("2026-01-06T00:00:00")


def test_upgrade_indexes_interpretations_under_their_policys_areas(portal, setup_tool):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds
    from zwgk.testing import create_finance_unit
    from zwgk.testing import make_item

    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(portal)
    intids = getUtility(IIntIds)
    item = make_item(directory, "部门预算", "")
    policy = api.content.create(
        container=unit,
        type="GovernmentInformation",
        title="部门预算",
        disclosure_items=[RelationValue(intids.getId(item))],
    )
    interpretation = api.content.create(
        container=unit,
        type="PolicyInterpretation",
        title="《部门预算》解读",
        policy=RelationValue(intids.getId(policy)),
    )
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.getrid("/".join(interpretation.getPhysicalPath()))
    catalog._catalog.getIndex("disclosure_area").unindex_object(rid)  # as before
    found = {"disclosure_area": "budgets-and-final-accounts"}
    assert len(api.content.find(portal_type="PolicyInterpretation", **found)) == 0
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126050")
    setup_tool.upgradeProfile("zwgk:default")
    assert len(api.content.find(portal_type="PolicyInterpretation", **found)) == 1


def _remove_records(registry, prefixes):
    # longest first: a caching rule's record refers to its ruleset's field
    for name in sorted(registry.records.keys(), key=len, reverse=True):
        if name.startswith(prefixes):
            del registry.records[name]


def test_upgrade_from_the_content_model_keeps_the_districts_settings(
    portal, setup_tool
):
    """A site at 20261126002: before the calendar, page caching and the
    application limit, with a district's own areas and channels. Every later
    step runs; none may reset what the district set, and none may import
    caching records before plone.app.caching is installed."""
    registry = api.portal.get_tool("portal_registry")
    _remove_records(
        registry,
        (
            "plone.caching.",
            "plone.app.caching.",
            "zwgk.calendar.",
            "zwgk.site.",
            "zwgk.applications.",
        ),
    )
    registry["zwgk.extra_areas"] = ["river-chief|河长制"]
    registry["zwgk.extra_channels"] = ["village-board|村务公开栏"]
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126002")

    setup_tool.upgradeProfile("zwgk:default")

    assert registry["zwgk.extra_areas"] == ["river-chief|河长制"]
    assert registry["zwgk.extra_channels"] == ["village-board|村务公开栏"]
    assert registry["zwgk.calendar.overrides"] == []
    assert registry["zwgk.applications.submissions_per_hour"] == 5
    assert registry["plone.app.caching.moderateCaching.zwgk.content.ramCache"]


def test_upgrades_keep_settings_the_district_changed(portal, setup_tool):
    registry = api.portal.get_tool("portal_registry")
    registry["zwgk.calendar.overrides"] = ["2027-01-01|放假|元旦"]
    registry["zwgk.applications.submissions_per_hour"] = 12
    registry["zwgk.extra_areas"] = ["river-chief|河长制"]
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126001")

    setup_tool.upgradeProfile("zwgk:default")

    assert registry["zwgk.calendar.overrides"] == ["2027-01-01|放假|元旦"]
    assert registry["zwgk.applications.submissions_per_hour"] == 12
    assert registry["zwgk.extra_areas"] == ["river-chief|河长制"]
