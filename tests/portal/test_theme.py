"""The zwgk theme is installed, comes with the upgrade, and goes on uninstall."""

from plone import api
from plone.app.theming.utils import getCurrentTheme
from zwgk import PACKAGE_NAME


def test_theme_enabled(portal):
    assert getCurrentTheme() == "zwgk"


def test_theme_resources_exist(portal):
    from plone.app.theming.utils import getTheme
    from plone.resource.utils import queryResourceDirectory

    theme = getTheme("zwgk")
    assert theme.rules == "/++theme++zwgk/rules.xml"
    assert theme.production_css == "++theme++zwgk/css/zwgk.css"
    directory = queryResourceDirectory("theme", "zwgk")
    css = directory.readFile("css/zwgk.css").decode("utf-8")
    assert "body.zwgk-high-contrast" in css
    assert "body.zwgk-large-text" in css


def test_upgrade_brings_theme_settings_and_home(portal, setup_tool):
    from plone.app.theming.utils import applyTheme
    from plone.app.theming.utils import getTheme

    applyTheme(getTheme("barceloneta"))
    registry = api.portal.get_tool("portal_registry")
    for name in [r for r in registry.records if r.startswith("zwgk.site.")]:
        del registry.records[name]
    portal.setLayout("document_view")
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126008")

    setup_tool.upgradeProfile("zwgk:default")

    assert getCurrentTheme() == "zwgk"
    assert api.portal.get_registry_record("zwgk.site.website_code") is None
    assert portal.getLayout() == "zwgk-home"
    actions = api.portal.get_tool("portal_controlpanel").listActions()
    assert "zwgk-site-settings" in [action.id for action in actions]


def test_uninstall_gives_back_barceloneta_and_the_plain_front_page(portal, installer):
    installer.uninstall_product(PACKAGE_NAME)
    assert getCurrentTheme() == "barceloneta"
    assert portal.getLayout() != "zwgk-home"
    assert "zwgk-home" not in portal.portal_types["Plone Site"].view_methods
    registry = api.portal.get_tool("portal_registry")
    assert not [r for r in registry.records if r.startswith("zwgk.site.")]
