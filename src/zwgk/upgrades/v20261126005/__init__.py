"""Units get staff groups; the Approver role and the 公开办 group."""

from plone import api
from zwgk.units.groups import create_unit_groups
from zwgk.units.groups import ensure_office_group


def add_groups(context):
    ensure_office_group()
    for brain in api.content.find(portal_type="OrgUnit"):
        create_unit_groups(brain.getObject())
