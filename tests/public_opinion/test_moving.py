"""A moved district keeps its 舆情 orders' reports and escalations."""

from datetime import datetime
from plone import api
from zwgk.codes import CHINA
from zwgk.testing.citizen_messages import moving_clock
from zwgk.testing.citizen_messages import staffed

import json
import pytest


@pytest.fixture
def clock(monkeypatch):
    return moving_clock(monkeypatch)


def test_an_order_keeps_its_reports_escalations_and_grants(portal, clock):
    from zwgk.public_opinion.access import opinion_folder
    from zwgk.public_opinion.reports import escalate
    from zwgk.public_opinion.reports import submit_report
    from zwgk.stored_state import dump
    from zwgk.stored_state import load

    czj, _ = staffed(portal)
    event = api.content.create(
        container=opinion_folder(portal),
        type="OpinionEvent",
        title="网传停水",
        source="media",
        summary="停水三天。",
        grade="general",
        first_seen=datetime(2026, 2, 27, 9, 0, tzinfo=CHINA),
    )
    order = api.content.create(
        container=event, type="TransferOrder", title="转办单", units=[czj.UID()]
    )
    with api.env.adopt_user(username="office"):
        escalate(order, czj.UID(), 1, note="电话催办")
    with api.env.adopt_user(username="czj-editor"):
        submit_report(
            order,
            czj.UID(),
            {
                "found": "管网维修。",
                "done": "已恢复。",
                "response_way": "reply_online",
                "response_link": "https://example.org/r/1",
                "responded_at": "2026-03-02T08:00",
            },
        )
    for obj in (order, event):
        data = json.loads(json.dumps(dump(obj)))
        before = {k: obj.__dict__[k] for k in data["attributes"]}
        for name in data["attributes"]:
            delattr(obj, name)
        load(obj, data)
        assert {k: obj.__dict__[k] for k in data["attributes"]} == before
    assert order.reports[czj.UID()]["state"] == "reported"
    assert order.escalations[0]["title"] == "催办"
