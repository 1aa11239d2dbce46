"""Who sees a 舆情: the office, and the units an order names.

Each unit named on a transfer order gets, for its three groups, the role
Reader on that order and on its event (local roles, nothing acquired from
above: the ``public-opinion`` folder is the office's). Taking a unit off
the order takes its roles away again.
"""

from plone import api
from zwgk.applications.intake import unit_by_uid
from zwgk.content_types.opinion import ITransferOrder
from zwgk.units.groups import STAFF
from zwgk.units.groups import group_id


READER = ["Reader"]
FOLDER_ID = "public-opinion"
FOLDER_TITLE = "政务舆情（内部办理）"
OFFICE_ROLES = ("Manager", "Site Administrator")


def unit_groups(unit_uids):
    groups = []
    for uid in unit_uids or ():
        unit = unit_by_uid(uid)
        if unit is not None:
            groups.extend(group_id(unit, kind) for kind, _title, _roles in STAFF)
    return tuple(groups)


def _set(obj, wanted):
    current = set(getattr(obj, "_unit_groups", ()))
    if current == set(wanted):
        return
    gone = current - set(wanted)
    if gone:
        obj.manage_delLocalRoles(list(gone))
    for group in wanted:
        obj.manage_setLocalRoles(group, READER)
    obj._unit_groups = tuple(wanted)
    obj.reindexObjectSecurity()


def grant(order, event=None):
    """Handler (order added or modified): the order's units see it and its event."""
    _set(order, unit_groups(order.units))
    event = order.__parent__
    if event is None:
        return
    orders = [o for o in event.objectValues() if ITransferOrder.providedBy(o)]
    wanted = []
    for found in orders:
        wanted.extend(g for g in unit_groups(found.units) if g not in wanted)
    _set(event, wanted)


def issue(order, event=None):
    """Handler (order added): the time it went out starts the working days."""
    from zwgk import case_clock

    if order.issued is None:
        order.issued = case_clock.utc(case_clock.china_now())
    grant(order)


def units_of_user(order, user=None):
    """UIDs of the order's units whose staff the (current) user is."""
    user = user or api.user.get_current()
    mine = {group.getId() for group in api.group.get_groups(user=user)}
    found = []
    for uid in order.units or ():
        unit = unit_by_uid(uid)
        if unit is None:
            continue
        if any(group_id(unit, kind) in mine for kind, _t, _r in STAFF):
            found.append(uid)
    return found


def is_office(context=None):
    user = api.user.get_current()
    context = context or api.portal.get()
    roles = api.user.get_roles(user=user, obj=context)
    return any(role in roles for role in OFFICE_ROLES)


def opinion_folder(portal=None):
    """The site's private ``public-opinion`` folder, made on first use."""
    from plone.dexterity.utils import createContentInContainer

    portal = portal or api.portal.get()
    folder = portal.get(FOLDER_ID)
    if folder is None:
        folder = createContentInContainer(
            portal,
            "OpinionFolder",
            id=FOLDER_ID,
            title=FOLDER_TITLE,
            checkConstraints=False,
            exclude_from_nav=True,
        )
        folder.manage_permission("View", list(OFFICE_ROLES), acquire=False)
        folder.manage_permission(
            "Access contents information", [*OFFICE_ROLES, "Authenticated"], 0
        )
        folder.manage_permission("List folder contents", list(OFFICE_ROLES), 0)
        folder.reindexObjectSecurity()
    return folder
