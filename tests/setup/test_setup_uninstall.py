"""zwgk:uninstall removes what zwgk added and keeps the district's content."""

from zwgk import PACKAGE_NAME

import pytest


class TestSetupUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer):
        installer.uninstall_product(PACKAGE_NAME)

    def test_addon_uninstalled(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is False

    def test_browserlayer_removed(self, browser_layers):
        from zwgk.interfaces import IZwgkLayer

        assert IZwgkLayer not in browser_layers

    def test_content_kept(self, portal):
        assert "zwgk" in portal.objectIds()

    def test_reinstall(self, installer, portal, browser_layers):

        installer.install_product(PACKAGE_NAME)
        assert installer.is_product_installed(PACKAGE_NAME) is True
        assert [s for s in portal.objectIds() if s == "zwgk"] == ["zwgk"]

    def test_types_removed(self, portal):
        from zwgk.setuphandlers.install import ZWGK_TYPES

        assert not set(ZWGK_TYPES) & set(portal.portal_types.objectIds())
        assert "Document" in portal.portal_types.objectIds()

    def test_settings_removed(self):
        from plone import api

        records = api.portal.get_tool("portal_registry").records.keys()
        assert [name for name in records if name.startswith("zwgk.")] == []
        assert [name for name in records if ".moderateCaching.zwgk." in name] == []
        not_searched = api.portal.get_registry_record("plone.types_not_searched")
        assert "DisclosureApplication" not in not_searched
        assert "Plone Site" in not_searched  # Plone's own entries stay

    def test_caching_rules_removed(self):
        from plone import api
        from zwgk.portal.caching import OPERATION_MAPPING
        from zwgk.portal.caching import PURGED_TYPES
        from zwgk.portal.caching import TYPE_RULESETS

        operations = api.portal.get_registry_record(OPERATION_MAPPING) or {}
        assert not {"zwgk.content", "zwgk.listing"} & set(operations)
        by_type = api.portal.get_registry_record(TYPE_RULESETS) or {}
        assert not {"zwgk.content", "zwgk.listing"} & set(by_type.values())
        purged = api.portal.get_registry_record(PURGED_TYPES) or ()
        assert "GovernmentInformation" not in purged

    def test_reinstall_brings_the_caching_rules_back(self, installer):
        from plone import api
        from zwgk.portal.caching import OPERATION_MAPPING

        installer.install_product(PACKAGE_NAME)
        operations = api.portal.get_registry_record(OPERATION_MAPPING)
        assert operations["zwgk.content"] == "plone.app.caching.moderateCaching"


def test_uninstall_keeps_the_sites_other_caching_rules(installer):
    from plone import api
    from zwgk.portal.caching import OPERATION_MAPPING
    from zwgk.portal.caching import PURGED_TYPES
    from zwgk.portal.caching import TYPE_RULESETS
    from zwgk.setuphandlers.install import ZWGK_TYPES

    operations = api.portal.get_registry_record(OPERATION_MAPPING)
    api.portal.set_registry_record(
        OPERATION_MAPPING,
        {**operations, "plone.resource": "plone.app.caching.strongCaching"},
    )
    by_type = api.portal.get_registry_record(TYPE_RULESETS) or {}
    api.portal.set_registry_record(TYPE_RULESETS, {**by_type, "File": "plone.download"})
    purged = api.portal.get_registry_record(PURGED_TYPES) or ()
    api.portal.set_registry_record(PURGED_TYPES, (*purged, "File"))

    installer.uninstall_product(PACKAGE_NAME)

    assert api.portal.get_registry_record(OPERATION_MAPPING) == {
        "plone.resource": "plone.app.caching.strongCaching"
    }
    assert api.portal.get_registry_record(TYPE_RULESETS) == {"File": "plone.download"}
    assert api.portal.get_registry_record(PURGED_TYPES) == tuple(
        name for name in (*purged, "File") if name not in ZWGK_TYPES
    )


def test_uninstall_removes_unused_workflows_and_roles(installer, portal):
    from plone import api

    installer.uninstall_product(PACKAGE_NAME)

    workflows = api.portal.get_tool("portal_workflow")
    assert not [wf for wf in workflows.objectIds() if wf.startswith("zwgk_")]
    assert "GovernmentInformation" not in dict(workflows.listChainOverrides())
    assert "Approver" not in portal.valid_roles()
    assert "Competent Approver" not in portal.valid_roles()
    installer.install_product(PACKAGE_NAME)
    assert "zwgk_publication_workflow" in workflows.objectIds()
    assert "Approver" in portal.valid_roles()


def test_uninstall_keeps_the_workflows_and_roles_content_needs(installer, finance):
    from plone import api

    unit, directory = finance
    information = api.content.create(
        container=unit, type="GovernmentInformation", title="预算公开"
    )
    api.content.transition(obj=information, transition="submit")

    installer.uninstall_product(PACKAGE_NAME)

    workflows = api.portal.get_tool("portal_workflow")
    assert "zwgk_publication_workflow" in workflows.objectIds()
    assert "zwgk_directory_workflow" in workflows.objectIds()
    # no application was ever made: its workflow goes
    assert "zwgk_application_workflow" not in workflows.objectIds()
    assert api.content.get_state(information) == "pending_review"
    # the unit's staff groups keep their local roles
    assert "Approver" in unit.valid_roles()
    assert "Approver" in unit.get_local_roles_for_userid("czj-approvers")


def test_rest_services_are_not_served_without_zwgk(functional):
    """zwgk's services are registered for its browser layer, like its views:
    a site that uninstalled zwgk answers 404, not zwgk's code."""
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD
    from Products.CMFPlone.utils import get_installer

    import requests
    import transaction

    portal = functional["portal"]
    auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)

    def status(endpoint):
        url = f"{portal.absolute_url()}/{endpoint}"
        headers = {"Accept": "application/json"}
        return requests.get(url, headers=headers, auth=auth, timeout=30).status_code

    endpoints = ("@disclosure-applications", "@zwgk-facets")
    assert [status(e) for e in endpoints] == [200, 200]
    get_installer(portal, portal.REQUEST).uninstall_product(PACKAGE_NAME)
    transaction.commit()
    assert [status(e) for e in endpoints] == [404, 404]
