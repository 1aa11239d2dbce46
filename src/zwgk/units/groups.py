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

from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from z3c.form import validator
from zope.interface import Invalid


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
# The unit's own review comes first; the approval belongs to another unit.
SELF_APPROVAL = (
    "主管部门不能是目录所属单位“{unit}”本身：目录由本单位审核后，"
    "须由其他单位（主管部门）审核发布，请另选主管部门"
)
# transitions that lead to the competent department's approval
TOWARDS_APPROVAL = ("submit", "approve_review", "approve")


class SelfApproval(Invalid):
    """A directory names its own unit as competent department."""

    def __str__(self):
        return self.args[0]


def unit_of(context):
    """The OrgUnit ``context`` is or lies in (a directory, or the unit a
    directory is being added to), or None."""
    from zwgk.content_types.org_unit import IOrgUnit

    for obj in aq_chain(aq_inner(context)):
        if IOrgUnit.providedBy(obj):
            return obj
    return None


def competent_unit(value):
    """The unit a ``competent_department`` value names: a RelationValue (as
    stored), the object itself (as forms and REST deserialize it) or None."""
    if value is None:
        return None
    if hasattr(value, "to_object"):
        return None if value.isBroken() else value.to_object
    return value


def self_approval(context, value):
    """The Chinese refusal if ``value`` names the unit of ``context``; else None."""
    competent, unit = competent_unit(value), unit_of(context)
    if competent is None or unit is None:
        return None
    if competent.getPhysicalPath() != unit.getPhysicalPath():
        return None
    return SELF_APPROVAL.format(unit=unit.Title())


def check_competent_department(context, value):
    """Raise SelfApproval if ``value`` names the unit of ``context``."""
    message = self_approval(context, value)
    if message:
        raise SelfApproval(message)


def refuse_self_approval(directory, event=None):
    """Event handler (directory added or modified): whatever wrote the
    field (plone.api, a script), a unit never becomes competent for its
    own directory; the forms and REST refuse it earlier, by the schema."""
    check_competent_department(directory, directory.competent_department)


def refuse_self_approval_transition(directory, event):
    """Event handler (before a transition): a directory that names its own
    unit goes neither to review nor to approval, whoever asks."""
    transition = event.transition
    if transition is None or transition.id not in TOWARDS_APPROVAL:
        return
    message = self_approval(directory, directory.competent_department)
    if message:
        raise WorkflowException(message)


class CompetentDepartmentValidator(validator.SimpleFieldValidator):
    """The add and edit forms: on the add form the schema's invariant does
    not see where the directory goes, the form's context does."""

    def validate(self, value, force=False):
        super().validate(value, force)
        context = self.view.context if self.view is not None else self.context
        check_competent_department(context, value)


def _directory_field():
    from zwgk.content_types.directory import IDisclosureDirectory

    return IDisclosureDirectory["competent_department"]


validator.WidgetValidatorDiscriminators(
    CompetentDepartmentValidator, field=_directory_field()
)


def grant_competent_department(directory, event=None):
    """Event handler (directory added or modified): the competent department's
    approvers may approve this directory (not edit it); a former competent
    department loses that. The unit's own approvers never get it."""
    competent = competent_unit(directory.competent_department)
    if self_approval(directory, competent):
        competent = None
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
