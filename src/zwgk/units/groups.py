"""集约化: one site, many units, each with its own staff groups.

Every OrgUnit gets three groups when it is created, with local roles on the
unit's folder only, so a unit's staff work in their unit and nowhere else:

- ``<unit id>-editors``    信息员: add and edit (Contributor, Editor)
- ``<unit id>-reviewers``  审核员: review (Reviewer)
- ``<unit id>-approvers``  签发人: approve for release (Approver, a zwgk role)

The disclosure office (公开办) group ``zwgk-office`` administers all units
(Site Administrator). Groups stay when a unit is removed: they are part of
the record of who could do what.
"""

from plone import api


OFFICE_GROUP = "zwgk-office"
OFFICE_TITLE = "政务公开办公室（公开办）"
APPROVER = "Approver"
STAFF = (
    ("editors", "信息员", ("Contributor", "Editor", "Reader")),
    ("reviewers", "审核员", ("Reviewer", "Reader")),
    ("approvers", "签发人", (APPROVER, "Reader")),
)


def group_id(unit, kind):
    return f"{unit.getId()}-{kind}"


def _ensure_group(group_id, title, roles=()):
    group = api.group.get(groupname=group_id)
    if group is None:
        group = api.group.create(groupname=group_id, title=title, roles=list(roles))
    return group


def create_unit_groups(unit, event=None):
    """Event handler (unit added): the unit's three groups and their local roles."""
    for kind, title, roles in STAFF:
        group = _ensure_group(group_id(unit, kind), f"{unit.Title()} {title}")
        unit.manage_setLocalRoles(group.getId(), list(roles))
    unit.reindexObjectSecurity()


def ensure_office_group(context=None):
    """The 公开办 group, Site Administrators of the whole portal."""
    return _ensure_group(OFFICE_GROUP, OFFICE_TITLE, roles=["Site Administrator"])


COMPETENT_ROLES = ["Competent Approver", "Reader"]


def grant_competent_department(directory, event=None):
    """Event handler (directory added or modified): the competent department's
    approvers may approve this directory (not edit it); a former competent
    department loses that."""
    relation = directory.competent_department
    competent = None
    if relation is not None and not relation.isBroken():
        competent = relation.to_object
    wanted = group_id(competent, "approvers") if competent is not None else None
    current = getattr(directory, "_competent_group", None)
    if current == wanted:
        return
    if current:
        directory.manage_delLocalRoles([current])
    if wanted:
        directory.manage_setLocalRoles(wanted, list(COMPETENT_ROLES))
    directory._competent_group = wanted
    directory.reindexObjectSecurity()
