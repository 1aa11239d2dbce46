"""The demo district's 政务舆情 (演示舆情), from ``district/opinions.json``.

Each event was first seen some hours ago; its transfer orders go to demo
units and some units have reported back (as their editor), so the office's
list shows a lapsed hour deadline with its 催办 due, and a report waiting
for review.
"""

from datetime import timedelta
from plone import api
from zwgk import case_clock
from zwgk.public_opinion.access import opinion_folder
from zwgk.public_opinion.reports import submit_report


def load_opinions(section, specs):
    """Register the events of ``specs`` with their orders; returns the events."""
    now, made = case_clock.china_now(), []
    folder = opinion_folder()
    for spec in specs:
        event = api.content.create(
            container=folder,
            type="OpinionEvent",
            title=spec["title"],
            source=spec["source"],
            superior_reference=spec.get("superior_reference"),
            summary=spec["summary"],
            links=spec.get("links", []),
            grade=spec["grade"],
            first_seen=now - timedelta(hours=spec["hours_ago"]),
        )
        for order_spec in spec.get("orders", ()):
            order = api.content.create(
                container=event,
                type="TransferOrder",
                title=order_spec["title"],
                units=[section[u].UID() for u in order_spec["units"]],
                requirements=order_spec.get("requirements"),
            )
            order.issued = case_clock.utc(event.first_seen_aware() + timedelta(hours=1))
            for unit_id, report in order_spec.get("reports", {}).items():
                responded = now - timedelta(hours=report["hours_ago"])
                data = dict(report, responded_at=responded.isoformat())
                with api.env.adopt_user(username=report["user"]):
                    submit_report(order, section[unit_id].UID(), data)
        made.append(event)
    return made
