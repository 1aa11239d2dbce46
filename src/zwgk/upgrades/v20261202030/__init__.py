"""Hardening (#18).

- A unit is never competent for its own directory: directories that name
  their own unit lose the Competent Approver role given to its approvers,
  and are logged so the office can choose another competent department.
- Applications leave the full-text indexes (Title, SearchableText,
  zwgk_text) for the FieldIndex ``tracking_number``.
"""

from plone import api
from zwgk.catalog.indexes import add_catalog_indexes
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


TEXT_INDEXES = ("Title", "SearchableText", "zwgk_text")


def applications_out_of_text_indexes(context):
    add_catalog_indexes()  # tracking_number, filled for the applications
    catalog = api.portal.get_tool("portal_catalog")
    indexes = [
        catalog._catalog.getIndex(name)
        for name in TEXT_INDEXES
        if name in catalog.indexes()
    ]
    for brain in catalog.unrestrictedSearchResults(portal_type="DisclosureApplication"):
        for index in indexes:
            index.unindex_object(brain.getRID())
        brain._unrestrictedGetObject().reindexObject(idxs=["tracking_number"])
