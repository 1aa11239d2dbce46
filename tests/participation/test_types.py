"""Participation lists and consultations: types, the period rule on every
path, the publication workflow, the state as a catalog query."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.interface import Invalid
from zwgk.participation import periods
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import make_consultation

import pytest


@pytest.mark.parametrize(
    "name,allowed,behaviors",
    [
        ("ParticipationList", {"ParticipationItem", "File"}, {"zwgk.index_number"}),
        ("ParticipationItem", set(), set()),
        ("Consultation", {"File", "Image"}, {"zwgk.index_number"}),
    ],
)
def test_fti(get_fti, name, allowed, behaviors):
    fti = get_fti(name)
    assert fti.global_allow is False
    assert set(fti.allowed_content_types) == allowed
    assert behaviors <= set(fti.behaviors)


def test_units_hold_lists_and_consultations(get_fti):
    allowed = set(get_fti("OrgUnit").allowed_content_types)
    assert {"ParticipationList", "Consultation"} <= allowed


def test_workflows(portal):
    chains = api.portal.get_tool("portal_workflow")
    assert chains.getChainForPortalType("Consultation") == (
        "zwgk_publication_workflow",
    )
    assert chains.getChainForPortalType("ParticipationList") == (
        "zwgk_publication_workflow",
    )
    assert chains.getChainForPortalType("ParticipationItem") == ()


def test_thirty_days_exactly_are_accepted(units, today):
    start = date(2026, 3, 1)
    consultation = make_consultation(units["czj"], start=start, end=date(2026, 3, 30))
    assert api.content.get_state(consultation) == "published"


def test_twenty_nine_days_without_a_reason_are_refused(units, today):
    with pytest.raises(Invalid, match="少于30日"):
        make_consultation(units["czj"], start=date(2026, 3, 1), end=date(2026, 3, 29))


def test_twenty_nine_days_with_a_reason_are_accepted(units, today):
    consultation = make_consultation(
        units["czj"],
        start=date(2026, 3, 1),
        end=date(2026, 3, 29),
        short_period_reason="须在汛期前出台",
    )
    assert periods.is_short(consultation.start, consultation.end)


def test_editing_a_period_below_thirty_days_is_refused(consultation):
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    consultation.end = consultation.start + timedelta(days=10)
    with pytest.raises(Invalid, match="少于30日"):
        notify(ObjectModifiedEvent(consultation))


def test_a_short_period_cannot_be_published(units, today):
    consultation = make_consultation(units["czj"], publish=False)
    consultation.end = consultation.start + timedelta(days=20)  # no event: a script
    workflow = api.portal.get_tool("portal_workflow")
    with pytest.raises(WorkflowException, match="少于30日"):
        workflow.doActionFor(consultation, "submit")


def test_the_schema_invariant_says_why(units, today):
    from zope.schema import getValidationErrors
    from zwgk.content_types.consultation import IConsultation

    consultation = make_consultation(units["czj"])
    consultation.end = consultation.start + timedelta(days=28)
    errors = dict(getValidationErrors(IConsultation, consultation))
    assert "少于30日" in str(errors[None])


def test_channels_need_their_contact(units, today):
    with pytest.raises(Invalid, match="接收意见的电话"):
        make_consultation(units["czj"], channels=["online", "phone"])


def test_events_are_checked(units, today):
    event = {
        "method": "hearing",
        "date": "2026-03-12",
        "live_url": "ftp://x",
        "live_start": "2026-03-12T09:00",
        "live_end": "2026-03-12T08:00",
    }
    with pytest.raises(Invalid, match="直播链接"):
        make_consultation(units["czj"], events=[event])


def test_bulk_load_refuses_a_short_period_without_reason(units, today):
    from zwgk.bulk.loader import BulkImportError
    from zwgk.bulk.loader import load

    record = {
        "@type": "Consultation",
        "parent": "czj",
        "title": "某事项征求意见",
        "explanation": "<p>说明</p>",
        "start": "2026-03-01",
        "end": "2026-03-20",
        "channels": ["online"],
    }
    with pytest.raises(BulkImportError) as raised:
        load(api.portal.get(), [record])
    assert "少于30日" in raised.value.errors[0]
    assert "mou-shi-xiang-zheng-qiu-yi-jian" not in units["czj"].objectIds()
    record["short_period_reason"] = "时间紧迫"
    (made,) = load(api.portal.get(), [record])
    assert made.short_period_reason == "时间紧迫"


def test_unit_staff_take_a_consultation_through_review(units, today):
    czj = units["czj"]
    login(api.portal.get(), "czj-editor")
    consultation = make_consultation(czj, publish=False)
    api.content.transition(obj=consultation, transition="submit")
    login(api.portal.get(), "czj-reviewer")
    api.content.transition(obj=consultation, transition="approve_review")
    login(api.portal.get(), "czj-approver")
    api.content.transition(obj=consultation, transition="publish")
    assert consultation.index_number.startswith("113601005/")
    logout()
    assert api.user.has_permission("View", obj=consultation)


def test_another_units_editor_cannot_add_here(units):
    login(api.portal.get(), "jqz-editor")
    assert not api.user.has_permission("zwgk: Add Consultation", obj=units["czj"])
    assert api.user.has_permission("zwgk: Add Consultation", obj=units["jqz"])


def _found(state, day):
    brains = api.content.find(
        portal_type="Consultation", **periods.state_query(state, day)
    )
    return sorted(b.getId for b in brains)


def test_the_state_is_a_query_on_the_dates_and_nothing_drifts(units, today):
    unit = units["czj"]
    make_consultation(unit, id="early", start=date(2026, 2, 1), end=date(2026, 3, 2))
    make_consultation(unit, id="now", start=date(2026, 3, 1), end=date(2026, 3, 30))
    make_consultation(unit, id="later", start=date(2026, 4, 1), end=date(2026, 4, 30))
    day = TODAY  # 2026-03-10
    assert _found(periods.OPEN, day) == ["now"]
    assert _found(periods.CLOSED, day) == ["early"]
    assert _found(periods.UPCOMING, day) == ["later"]
    # a month later, same objects, no reindexing
    day = date(2026, 4, 10)
    assert _found(periods.OPEN, day) == ["later"]
    assert _found(periods.CLOSED, day) == ["early", "now"]
    # the last day is open, the next is not
    assert _found(periods.OPEN, date(2026, 3, 30)) == ["now"]
    assert "now" in _found(periods.CLOSED, date(2026, 3, 31))
    for obj in unit.objectValues():
        assert obj.consultation_state(day) in (periods.OPEN, periods.CLOSED)


def test_cached_listings_change_with_the_date(portal, today):
    from plone.app.caching.interfaces import IETagValue
    from zope.component import getMultiAdapter

    etags = api.portal.get_registry_record(
        "plone.app.caching.moderateCaching.zwgk.listing.etags"
    )
    assert "zwgkToday" in etags
    value = getMultiAdapter((portal, portal.REQUEST), IETagValue, name="zwgkToday")
    assert value() == TODAY.isoformat()
