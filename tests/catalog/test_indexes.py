"""zwgk's catalog indexes: added without emptying, filled by the indexers."""

from plone import api


def test_reinstall_keeps_index_contents(portal, setup_tool):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.content.create(
        container=portal,
        type="OrgUnit",
        id="u",
        title="某局",
        code="113601005",
        level="district",
    )
    assert (
        len(api.content.find(org_unit=portal["u"].UID())) == 0
    )  # a unit isn't in itself
    setup_tool.runAllImportStepsFromProfile("profile-zwgk:default")
    directory = api.content.create(
        container=portal["u"],
        type="DisclosureDirectory",
        title="目录",
        area="social-assistance",
        level="district",
    )
    setup_tool.runAllImportStepsFromProfile("profile-zwgk:default")
    assert [b.UID for b in api.content.find(org_unit=portal["u"].UID())] == [
        directory.UID()
    ]


def test_a_unit_indexes_its_content_under_its_uid(finance):
    unit, directory = finance
    found = api.content.find(org_unit=unit.UID(), portal_type="DisclosureDirectory")
    assert [brain.UID for brain in found] == [directory.UID()]
    assert found[0].disclosure_area == "budgets-and-final-accounts"


def test_every_index_of_the_profile_exists(portal):
    from zwgk.catalog.indexes import INDEXES
    from zwgk.catalog.indexes import TEXT_INDEX

    catalog = api.portal.get_tool("portal_catalog")
    for name, meta_type in INDEXES.items():
        assert catalog._catalog.indexes[name].meta_type == meta_type
    assert TEXT_INDEX in catalog.indexes()
