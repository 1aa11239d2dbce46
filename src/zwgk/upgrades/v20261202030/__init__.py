"""A unit is never competent for its own directory: directories that name
their own unit lose the Competent Approver role given to its approvers, and
are logged so the office can choose another competent department."""

from plone import api
from zwgk.units.groups import grant_competent_department
from zwgk.units.groups import self_approval

import logging


logger = logging.getLogger("zwgk")


def withdraw_self_approval(context):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="DisclosureDirectory"):
        directory = brain._unrestrictedGetObject()
        message = self_approval(directory, directory.competent_department)
        if message:
            logger.warning("%s: %s", "/".join(directory.getPhysicalPath()), message)
        grant_competent_department(directory)
