"""The upgrade that gave the sections their column views and indexes."""

from plone import api


def test_upgrade_sets_layouts_and_indexes(portal, setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("statutory_category")
    portal["zwgk"].setLayout("folder_listing")
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126008")
    setup_tool.upgradeProfile("zwgk:default")
    assert "statutory_category" in catalog.indexes()
    assert portal["zwgk"].getLayout() == "disclosure-column"
    assert portal["zcjd"].getLayout() == "policy-interpretations"
