"""Simultaneous comments: none lost, none failed (ZODB conflicts)."""

from concurrent.futures import ThreadPoolExecutor
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.participation import comments
from zwgk.participation import periods
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import UNITS
from zwgk.testing.participation import make_consultation
from zwgk.testing.participation import staffed_unit

import pytest
import requests
import transaction


@pytest.fixture
def site(functional_portal, monkeypatch):
    portal = functional_portal
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    units = {spec[0]: staffed_unit(portal, *spec) for spec in UNITS}
    consultation = make_consultation(units["czj"], id="open")
    transaction.commit()
    return {"portal": portal, "consultation": consultation}


def test_two_connections_commenting_at_once_both_commit(site, functional):
    """Distinct keys in one BTree bucket: ZODB merges the two writes."""
    db = functional["zodbDB"]
    managers = [transaction.TransactionManager() for _ in range(2)]
    connections = [db.open(transaction_manager=tm) for tm in managers]
    try:
        path = "/".join(site["consultation"].getPhysicalPath())[1:]
        found = [
            c.root()["Application"].unrestrictedTraverse(path) for c in connections
        ]
        comments.add(found[0], "第一位市民的意见")
        comments.add(found[1], "第二位市民的意见")
        managers[0].commit()
        managers[1].commit()  # no ConflictError: nothing else was written
    finally:
        for c in connections:
            c.close()
    transaction.begin()
    texts = sorted(c.text for c in comments.all_comments(site["consultation"]))
    assert texts == ["第一位市民的意见", "第二位市民的意见"]


def test_a_burst_of_comments_loses_none(site):
    api.portal.set_registry_record("zwgk.participation.comments_per_hour", 1000)
    transaction.commit()
    url = f"{site['consultation'].absolute_url()}/@consultation-comments"

    def post(number):
        return requests.post(
            url,
            json={"text": f"第{number}条意见：建议增加绿化。"},
            headers={"Accept": "application/json"},
            timeout=60,
        ).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(post, range(40)))
    assert statuses == [201] * 40
    transaction.begin()
    assert comments.count(site["consultation"]) == 40
