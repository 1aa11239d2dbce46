"""Upgrades to 20261202010: an installed site gets 公众参与, a demo its content."""

from plone import api


def test_upgrade_brings_types_indexes_settings_and_the_section_view(portal, setup_tool):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("consultation_end")
    registry = api.portal.get_tool("portal_registry")
    del registry.records["zwgk.participation.comments_per_hour"]
    etags = "plone.app.caching.moderateCaching.zwgk.listing.etags"
    registry[etags] = tuple(e for e in registry[etags] if e != "zwgkToday")
    portal["gzcy"].setLayout("folder_listing")
    types = api.portal.get_tool("portal_types")
    types.manage_delObjects(["Consultation"])
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126060")
    setup_tool.upgradeProfile("zwgk:default")
    current = setup_tool.getVersionForProfile("zwgk:default")
    assert setup_tool.getLastVersionForProfile("zwgk:default") == (current,)
    assert "Consultation" in types
    assert "consultation_end" in catalog.indexes()
    assert api.portal.get_registry_record("zwgk.participation.comments_per_hour") == 10
    assert "zwgkToday" in registry[etags]
    assert portal["gzcy"].getLayout() == "public-participation"


def test_demo_upgrade_adds_the_participation_content(demo_portal, setup_tool):
    section = demo_portal["zwgk"]
    for unit in ("gkb", "jqz"):
        ids = [
            i
            for i in section[unit].objectIds()
            if section[unit][i].portal_type in ("ParticipationList", "Consultation")
        ]
        section[unit].manage_delObjects(ids)
    assert not api.content.find(portal_type="Consultation")
    setup_tool.setLastVersionForProfile("zwgk:demo", "20261126003")
    setup_tool.upgradeProfile("zwgk:demo")
    assert len(api.content.find(portal_type="Consultation")) == 4
    assert len(api.content.find(portal_type="ParticipationList")) == 2
