"""经办: the open transfer orders the current user may see, each unit's
standing on them (computed now), late ones first."""

from plone import api
from zwgk.public_opinion import terms
from zwgk.public_opinion.reports import unit_status
from zwgk.working_days.settings import calendar


def open_orders(unit_uid=None):
    """Open orders the current user may see; naming one unit if ``unit_uid``."""
    brains = api.content.find(portal_type="TransferOrder", review_state="open")
    orders = [b.getObject() for b in brains]
    if unit_uid:
        orders = [o for o in orders if unit_uid in (o.units or ())]
    return orders


def rows(unit_uid=None, now=None):
    """One row per (order, unit): late and escalation-pending first."""
    cal, found = calendar(), []
    for order in open_orders(unit_uid):
        event = order.__parent__
        for uid in order.units or ():
            if unit_uid and uid != unit_uid:
                continue
            status = unit_status(order, event, uid, now, cal)
            found.append(
                {
                    "order": order.Title(),
                    "url": order.absolute_url(),
                    "event": event.Title(),
                    "grade": terms.title(terms.GRADES, event.grade),
                    "first_seen": event.first_seen_aware().strftime("%Y-%m-%d %H:%M"),
                    **status,
                }
            )
    return sorted(
        found,
        key=lambda r: (
            not r["escalation_pending"],
            not r["overdue"],
            not r["due_soon"],
        ),
    )
