"""Anonymous readers of the feeds see only published 主动公开 information:
every state of the publication workflow × every 公开属性 (issue #4)."""

from datetime import date
from plone import api
from plone.app.testing import logout
from zwgk.testing import add_staffed_unit
from zwgk.testing.feeds import parse_json_feed
from zwgk.testing.feeds import parse_rss
from zwgk.testing.feeds import rss_items
from zwgk.upgrades import set_state

import pytest


STATES = (
    "draft",
    "pending_review",
    "pending_approval",
    "published",
    "filed",
    "withdrawn",
)
ATTRIBUTES = ("proactive", "on-application", "withheld")
# how each state is reached through the workflow, where the guards allow it
PATHS = {
    "draft": (),
    "pending_review": ("submit",),
    "pending_approval": ("submit", "approve_review"),
    "published": ("submit", "approve_review", "publish"),
    "filed": ("submit", "approve_review", "file"),
    "withdrawn": ("submit", "approve_review", "publish", "withdraw"),
}


def put_in_state(info, state):
    transitions = PATHS[state]
    if info.disclosure_attribute != "proactive" and "publish" in transitions:
        transitions = tuple("file" if t == "publish" else t for t in transitions)
    if info.disclosure_attribute == "proactive" and "file" in transitions:
        transitions = ()  # 已签发（不公开） is not reachable: force it
    if state == "published" and info.disclosure_attribute != "proactive":
        transitions = ()  # nor is publishing withheld information: force it
    for transition in transitions:
        api.content.transition(obj=info, transition=transition)
    if api.content.get_state(info) != state:
        # what a broken import or a bug could leave behind
        set_state(info, "zwgk_publication_workflow", state, "测试")
    assert api.content.get_state(info) == state


@pytest.fixture
def matrix(manager):
    unit = add_staffed_unit(manager, "czj", "财政局", "113601005")
    found = {}
    for state in STATES:
        for attribute in ATTRIBUTES:
            extra = {}
            if attribute == "withheld":
                extra = dict(
                    withholding_ground="internal_affairs",
                    withholding_reason="内部事务",
                )
            info = api.content.create(
                container=unit,
                type="GovernmentInformation",
                title=f"{state}-{attribute}",
                written_date=date(2026, 5, 1),
                topic="finance",
                genre="notice",
                disclosure_attribute=attribute,
                **extra,
            )
            put_in_state(info, state)
            found[(state, attribute)] = info
    return manager, unit, found


def feed_titles(context, name):
    request = context.REQUEST
    request.form.clear()
    body = api.content.get_view(name, context, request)()
    if name == "feed.rss":
        return {i["title"] for i in rss_items(parse_rss(body))}
    return {i["title"] for i in parse_json_feed(body)["items"]}


@pytest.mark.parametrize("name", ["feed.rss", "feed.json"])
@pytest.mark.parametrize("where", ["site", "unit"])
def test_anonymous_feed_shows_only_published_proactive(matrix, name, where):
    portal, unit, _found = matrix
    logout()
    context = portal if where == "site" else unit
    assert feed_titles(context, name) == {"published-proactive"}


def test_each_state_and_attribute(matrix):
    portal, _unit, found = matrix
    logout()
    shown = feed_titles(portal, "feed.rss")
    for state, attribute in found:
        visible = state == "published" and attribute == "proactive"
        assert (f"{state}-{attribute}" in shown) is visible, (state, attribute)


def test_staff_get_the_public_feed_too(matrix):
    """The feed is the same for every reader, so it can be cached for all."""
    portal, _unit, _found = matrix
    assert feed_titles(portal, "feed.rss") == {"published-proactive"}
