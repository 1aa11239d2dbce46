"""The demo district's messages (every state) and 舆情 (one hour deadline lapsed)."""

from collections import Counter
from plone import api


def test_demo_messages_and_opinions(demo_portal):
    from zwgk.citizen_messages.demo import DEMO_QUERY_CODE
    from zwgk.citizen_messages.intake import find_with_code
    from zwgk.citizen_messages.lists import all_messages
    from zwgk.citizen_messages.public import published_brains
    from zwgk.public_opinion.lists import rows

    messages = all_messages()
    states = Counter(api.content.get_state(m) for m in messages)
    assert set(states) == {
        "screening",
        "assigned",
        "reviewing",
        "answered",
        "published",
        "closed",
    }
    assert states["published"] == 3
    assert any(m.returned for m in messages)
    assert any(
        not m.consent and api.content.get_state(m) == "answered" for m in messages
    )
    (first,) = [m for m in messages if m.rating]
    assert find_with_code(first.tracking_number, DEMO_QUERY_CODE).UID() == first.UID()
    assert len(published_brains()) == 3
    page = demo_portal.hdjl()
    assert "蛟桥镇办理居住证的地点和时间" in page and "何平" not in page
    with api.env.adopt_user(username="gkb-approver"):
        found = rows()
    assert len(found) == 3
    lapsed = [r for r in found if r["escalation_due"]]
    assert [r["unit"] for r in lapsed] == ["蛟桥镇"]
    assert lapsed[0]["escalation_due_title"] in ("催办", "督办")
    reported = [r for r in found if r["report_state"] == "reported"]
    assert [r["unit"] for r in reported] == ["白水湖管理处"]
    with api.env.adopt_user(username="jqz-editor"):
        assert [r["unit"] for r in rows()] == ["蛟桥镇"]
    from zwgk.upgrades.demo_v20261202020 import add_messages_and_opinions

    add_messages_and_opinions(None)  # an upgraded demo adds them only once
    assert len(all_messages()) == len(messages)
