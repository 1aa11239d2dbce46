"""首页: what the home page lists, and what it leaves out."""

from datetime import date
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.interface import alsoProvides
from zope.intid.interfaces import IIntIds

import pytest


@pytest.fixture
def home(unit, http_request):
    from zwgk.interfaces import IZwgkLayer

    alsoProvides(http_request, IZwgkLayer)
    portal = api.portal.get()
    return lambda: portal.restrictedTraverse("@@zwgk-home")


def information(unit, id, published, attribute="proactive", state="published"):
    fields = dict(
        id=id,
        title=f"信息{id}",
        written_date=date(2026, 1, 1),
        publication_date=published,
        topic="finance",
        genre="notice",
        disclosure_attribute=attribute,
    )
    if attribute == "withheld":
        fields.update(
            withholding_ground="internal_affairs", withholding_reason="内部事务"
        )
    obj = api.content.create(container=unit, type="GovernmentInformation", **fields)
    if state:
        api.content.transition(obj=obj, to_state=state)
    return obj


def test_site_root_shows_the_home_page(portal):
    assert portal.getLayout() == "zwgk-home"
    # and an editor can choose it again in the Display menu
    assert "zwgk-home" in [layout for layout, _title in portal.getAvailableLayouts()]


def test_latest_disclosures_newest_first_with_their_dates(unit, home):
    information(unit, "a", date(2026, 3, 1))
    information(unit, "b", date(2026, 5, 1))
    information(unit, "c", date(2026, 4, 1))
    entries = home().disclosures()
    assert [(e["title"], e["date"]) for e in entries] == [
        ("信息b", "2026-05-01"),
        ("信息c", "2026-04-01"),
        ("信息a", "2026-03-01"),
    ]
    assert entries[0]["url"] == unit["b"].absolute_url()


def test_only_published_proactive_information_is_listed(unit, home):
    information(unit, "public", date(2026, 3, 1))
    information(unit, "draft", date(2026, 3, 2), state=None)
    information(unit, "withheld", date(2026, 3, 3), attribute="withheld", state="filed")
    assert [e["title"] for e in home().disclosures()] == ["信息public"]


def test_at_most_eight_disclosures(unit, home):
    for day in range(1, 11):
        information(unit, f"i{day}", date(2026, 3, day))
    entries = home().disclosures()
    assert len(entries) == 8
    assert entries[0]["title"] == "信息i10"


def test_page_renders_entries_and_empty_states(unit, home):
    html = home()()
    portal_url = api.portal.get().absolute_url()
    assert f'href="{portal_url}/@@apply"' in html
    assert f'href="{portal_url}/bsfw"' in html
    assert f'action="{portal_url}/@@zwgk-search"' in html
    assert 'name="SearchableText"' in html
    # nothing yet: each list says so in Chinese
    assert "暂无公开信息" in html
    assert "暂无政策解读" in html
    assert "目前没有正在征求意见的决策事项" in html


def test_page_lists_a_published_interpretation(unit, home):
    policy = information(unit, "policy", date(2026, 3, 1))
    interpretation = api.content.create(
        container=unit,
        type="PolicyInterpretation",
        id="jd",
        title="《信息policy》政策解读",
        policy=RelationValue(getUtility(IIntIds).getId(policy)),
        form="text",
        disclosure_attribute="proactive",
    )
    api.content.transition(obj=interpretation, to_state="published")
    (entry,) = home().interpretations()
    assert entry["title"] == "《信息policy》政策解读"
    assert entry["date"][:2] == "20"
    assert "《信息policy》政策解读" in home()()


def test_anonymous_sees_the_home_page(unit, home, portal):
    from plone.app.testing import logout

    information(unit, "public", date(2026, 3, 1))
    logout()
    html = home()()
    assert "信息public" in html
