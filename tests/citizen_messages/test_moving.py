"""A moved district keeps its messages' handling (``zwgk.stored_state``)."""

from zwgk.testing.citizen_messages import act
from zwgk.testing.citizen_messages import moving_clock
from zwgk.testing.citizen_messages import staffed
from zwgk.testing.citizen_messages import submit

import json
import pytest


@pytest.fixture
def clock(monkeypatch):
    return moving_clock(monkeypatch)


def test_a_message_keeps_its_handling_and_its_number(portal, clock):
    from zwgk.applications.codes import code_matches
    from zwgk.citizen_messages.intake import find
    from zwgk.citizen_messages.intake import register
    from zwgk.stored_state import dump
    from zwgk.stored_state import load

    czj, _ = staffed(portal)
    message, code = submit(portal)
    act(message, "office", "hand_over", unit=czj.UID())
    act(message, "czj-editor", "submit_answer", answer="已安排维修。")
    act(message, "office", "return_answer", comment="请说明时间")
    data = json.loads(json.dumps(dump(message)))
    before = {k: message.__dict__[k] for k in data["attributes"]}
    for name in data["attributes"]:
        delattr(message, name)
    del register().numbers[message.tracking_number]
    load(message, data)
    assert {k: message.__dict__[k] for k in data["attributes"]} == before
    assert message.returned == 1 and message.deadline_log[-1]["day"]
    assert find(message.tracking_number) is not None
    assert code_matches(message._query_code, code)
