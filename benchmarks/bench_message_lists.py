"""The staff lists of 网民留言 with 10,000 messages (``ZWGK_BENCH_N``).

Messages are made through the intake (the query code's hash replaced by a
cheap one: it is not what is measured), then spread over the states as a
district's year would: most answered or published, some closed, a few
hundred open. The database keeps the portal's ZODB cache size (50,000
objects, as ``instance.cfg``). Measured, as the office (all messages): the
staff list
(``staff_rows``, what ``@@message-list`` shows), the rendered
``@@message-list`` page, the 互动交流 section's first page of published
messages, and the statistics per unit for the year (which reads every
message). Figures go to standard output and
``benchmarks/results/message_lists.json``.
"""

from datetime import date
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles

import json
import os
import platform
import time
import transaction


N = int(os.environ.get("ZWGK_BENCH_N", "10000"))
# the portal's ZODB object cache per connection (instance.cfg), not the test
# layer's 400 objects, which a list over thousands of messages would thrash
ZODB_CACHE_SIZE = int(os.environ.get("ZWGK_BENCH_ZODB_CACHE_SIZE", "50000"))
RESULTS = Path(__file__).parent / "results"
# per 100 messages: state, how many
SPREAD = (
    ("published", 45),
    ("answered", 40),
    ("closed", 10),
    ("assigned", 3),
    ("reviewing", 1),
    ("screening", 1),
)


def timed(function, repeat=5):
    """(best seconds of ``repeat`` runs, the result)."""
    best, result = None, None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        seconds = time.perf_counter() - started
        best = seconds if best is None else min(best, seconds)
    return round(best, 4), result


def test_staff_lists_with_many_messages(functional_portal, monkeypatch):
    from zwgk.applications import codes
    from zwgk.citizen_messages import lists
    from zwgk.citizen_messages.intake import submit
    from zwgk.citizen_messages.public import published_brains
    from zwgk.setuphandlers.district import ensure_folder

    portal = functional_portal
    portal._p_jar.db().setCacheSize(ZODB_CACHE_SIZE)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    monkeypatch.setattr(codes, "hash_code", lambda code, salt=None: ("00", code))
    units = []
    for n, (uid, title) in enumerate((("czj", "财政局"), ("jqz", "蛟桥镇"))):
        unit = api.content.create(
            container=portal,
            type="OrgUnit",
            id=uid,
            title=title,
            code=("113601005", "123601009")[n],
        )
        api.content.transition(obj=unit, to_state="published")
        units.append(unit.UID())
    ensure_folder(
        portal, {"id": "hdjl", "title": "互动交流", "layout": "published-messages"}
    )
    workflow = api.portal.get_tool("portal_workflow")
    states = [state for state, share in SPREAD for _ in range(share)]
    started = time.perf_counter()
    for n in range(N):
        message, _ = submit(
            {
                "kind": "consultation",
                "subject": f"第{n}条留言",
                "body": "某小区门口路灯一周不亮，请问由哪个部门负责维修？",
                "name": "李四",
                "contact": "13800138000",
                "consent": True,
            },
            received_on=date(2026, 3, 2),
            acknowledge=False,
        )
        state = states[n % len(states)]
        if state != "screening":
            message.unit = units[n % 2]
            message.assigned_on = date(2026, 3, 3)
        if state in ("answered", "published", "reviewing"):
            message.answer, message.answered_on = "已处理。", date(2026, 3, 6)
            message.approved_on = date(2026, 3, 6)
        workflow.setStatusOf(
            "zwgk_message_workflow",
            message,
            {
                "review_state": state,
                "action": None,
                "actor": "bench",
                "time": None,
                "comments": "",
            },
        )
        message.reindexObject()
        if n % 1000 == 999:
            transaction.commit()
    transaction.commit()
    made = round(time.perf_counter() - started, 1)
    request = portal.REQUEST
    figures = {"messages": N, "seconds to make them": made}
    figures["staff list (staff_rows)"], found = timed(lists.staff_rows)
    figures["open messages listed"] = len(found)
    page = api.content.get_view("message-list", portal, request)
    figures["@@message-list page"], _ = timed(page)
    section = api.content.get_view("published-messages", portal.hdjl, request)
    figures["互动交流 first page"], _ = timed(section)
    figures["published messages"] = len(published_brains())
    figures["statistics per unit (reads all)"], report = timed(
        lambda: lists.statistics(2026), repeat=2
    )
    assert report["total"]["received"] == N
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "message_lists.json").write_text(
        json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
