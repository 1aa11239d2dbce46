"""Anonymous never sees a pending or hidden comment or a commenter's contact
data: not on the page, in the search, in the feeds or over REST."""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.participation import moderation
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.intake import submit_online
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import UNITS
from zwgk.testing.participation import make_consultation
from zwgk.testing.participation import staffed_unit

import json
import pytest
import requests
import transaction


PENDING = "待审核的意见甲乙丙丁"
HIDDEN = "被隐藏的意见戊己庚辛"
APPROVED = "已公开的意见子丑寅卯"
SECRETS = ("secret-mail@example.org", "13912345678", "王大锤")


@pytest.fixture
def site(functional_portal, monkeypatch):
    portal = functional_portal
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    units = {spec[0]: staffed_unit(portal, *spec) for spec in UNITS}
    consultation = make_consultation(
        units["czj"], id="open", title="关于小区停车管理办法的意见征集"
    )
    request = api.env.getRequest()
    contact = {
        "name": "王大锤",
        "email": "secret-mail@example.org",
        "phone": "13912345678",
    }
    made = {
        text: submit_online(consultation, {"text": text, **contact}, request)
        for text in (PENDING, HIDDEN, APPROVED)
    }
    moderation.approve(consultation, [made[APPROVED].key])
    moderation.hide(consultation, [made[HIDDEN].key], terms.PERSONAL_DATA)
    transaction.commit()
    return {
        "portal": portal,
        "consultation": consultation,
        "url": portal.absolute_url(),
    }


def text(answer):
    """The response as text; JSON decoded (it escapes Chinese)."""
    if answer.headers.get("Content-Type", "").startswith("application/json"):
        return json.dumps(answer.json(), ensure_ascii=False)
    return answer.text


def public_texts(site):
    base, page = site["url"], site["consultation"].absolute_url()
    accept = {"Accept": "application/json"}
    yield "page", requests.get(page, timeout=30).text
    yield "page 2", requests.get(page, params={"page": 2}, timeout=30).text
    yield "section", requests.get(f"{base}/@@public-participation", timeout=30).text
    for words in ("意见", "甲乙丙丁", "戊己庚辛", "王大锤", "停车"):
        found = requests.get(
            f"{base}/@@search", params={"SearchableText": words}, timeout=30
        ).text
        # the results only: the page repeats the query in its box
        yield f"search {words}", found[found.index('class="col-md-9 zwgk-results"') :]
        yield (
            f"@search {words}",
            text(
                requests.get(
                    f"{base}/@search",
                    params={"SearchableText": words, "fullobjects": 1},
                    headers=accept,
                    timeout=30,
                )
            ),
        )
    yield "rss", requests.get(f"{base}/@@feed.rss", timeout=30).text
    feed = requests.get(f"{base}/@@feed.json", timeout=30)
    yield "json feed", json.dumps(feed.json(), ensure_ascii=False)
    yield "rest", text(requests.get(page, headers=accept, timeout=30))
    for what in ("public", "all"):
        yield (
            f"rest {what}",
            text(
                requests.get(
                    f"{page}/@consultation-comments/{what}", headers=accept, timeout=30
                )
            ),
        )


def test_anonymous_sees_approved_comments_only_and_no_contact(site):
    texts = dict(public_texts(site))
    assert APPROVED in texts["page"] and APPROVED in texts["rest public"]
    assert (
        "关于小区停车管理办法的意见征集" in texts["rss"]
    )  # consultations are in feeds
    assert "关于小区停车管理办法的意见征集" in texts["search 停车"]
    for where, text in texts.items():
        for secret in (PENDING, HIDDEN, *SECRETS):
            assert secret not in text, (where, secret)


def test_hidden_comments_stay_hidden_when_comments_are_not_shown(site):
    consultation = site["consultation"]
    consultation.show_comments = False
    transaction.commit()
    page = requests.get(consultation.absolute_url(), timeout=30).text
    assert APPROVED not in page
    public = requests.get(
        f"{consultation.absolute_url()}/@consultation-comments/public",
        headers={"Accept": "application/json"},
        timeout=30,
    ).json()
    assert public["items"] == [] and "不公开意见内容" in public["message"]
