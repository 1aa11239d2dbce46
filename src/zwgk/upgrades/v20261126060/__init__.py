"""政策解读 are indexed under the areas of the policy they explain."""

from plone import api


def reindex_interpretation_areas(context):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="PolicyInterpretation"):
        brain._unrestrictedGetObject().reindexObject(idxs=["disclosure_area"])
