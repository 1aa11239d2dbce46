"""年度审查: withheld information is reviewed yearly; every review is kept."""

from datetime import date
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from zwgk.information.withheld_review import KEEP
from zwgk.information.withheld_review import RELEASE
from zwgk.information.withheld_review import ReviewRefused
from zwgk.information.withheld_review import record_review
from zwgk.information.withheld_review import reviews

import pytest


@pytest.fixture
def withheld(unit):
    info = api.content.create(
        container=unit,
        type="GovernmentInformation",
        title="内部会议纪要",
        written_date=date(2025, 4, 1),
        topic="finance",
        genre="other",
        disclosure_attribute="withheld",
        withholding_ground="internal_affairs",
        withholding_reason="属于内部事务信息",
    )
    api.content.transition(obj=info, to_state="filed")
    api.user.create(
        email="r@example.org", username="czj-reviewer", password="pw-12345678"
    )
    api.group.add_user(groupname="czj-reviewers", username="czj-reviewer")
    return info


def test_keep_needs_a_reason_and_each_review_is_kept(withheld):
    login(api.portal.get(), "czj-reviewer")
    with pytest.raises(ReviewRefused) as error:
        record_review(withheld, KEEP, " ")
    assert str(error.value) == "继续不主动公开须说明理由"
    record_review(withheld, KEEP, "仍属内部事务信息")
    record_review(withheld, KEEP, "仍属内部事务信息（第二年）")
    assert [r["reason"] for r in reviews(withheld)] == [
        "仍属内部事务信息",
        "仍属内部事务信息（第二年）",
    ]
    assert reviews(withheld)[0]["reviewer"] == "czj-reviewer"
    assert api.content.get_state(withheld) == "filed"


def test_release_makes_it_proactive_and_public(withheld):
    login(api.portal.get(), "czj-reviewer")
    record_review(withheld, RELEASE, "已不再属于内部事务")
    assert withheld.disclosure_attribute == "proactive"
    assert withheld.withholding_ground is None
    assert api.content.get_state(withheld) == "published"
    logout()
    assert api.content.find(UID=withheld.UID())
    login(api.portal.get(), "czj-reviewer")
    with pytest.raises(ReviewRefused):
        record_review(withheld, KEEP, "x")  # already proactive


def test_release_transition_cannot_skip_the_review(withheld):
    # the transition alone cannot publish withheld information
    assert "release" not in {
        t["id"]
        for t in api.portal.get_tool("portal_workflow").getTransitionsFor(withheld)
    }


def test_staff_page_lists_and_records(withheld, unit):
    login(api.portal.get(), "czj-reviewer")
    request = api.portal.get().REQUEST
    html = unit.restrictedTraverse("@@withheld-review")()
    assert "内部会议纪要" in html and "属于三类内部事务信息" in html
    request.method = "POST"
    request.form.update({"uid": withheld.UID(), "decision": KEEP, "reason": ""})
    request.form["_authenticator"] = unit.restrictedTraverse("@@authenticator").token()
    html = unit.restrictedTraverse("@@withheld-review")()
    assert "继续不主动公开须说明理由" in html
    assert reviews(withheld) == []


def test_members_cannot_open_the_page(withheld, unit):
    from AccessControl import Unauthorized

    api.user.create(email="m@example.org", username="member", password="pw-12345678")
    login(api.portal.get(), "member")
    with pytest.raises(Unauthorized):
        unit.restrictedTraverse("@@withheld-review")
