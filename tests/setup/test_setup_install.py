"""zwgk:default installs what it promises."""

from zwgk import PACKAGE_NAME

import pytest


class TestSetupInstall:
    profile_id = f"{PACKAGE_NAME}:default"

    def test_addon_installed(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is True

    def test_dependencies_installed(self, installer):
        assert installer.is_product_installed("plone.restapi") is True
        assert installer.is_product_installed("plone.app.contenttypes") is True

    def test_browserlayer(self, browser_layers):
        from zwgk.interfaces import IZwgkLayer

        assert IZwgkLayer in browser_layers

    def test_latest_version(self, profile_last_version):
        from pathlib import Path

        import re
        import zwgk

        metadata = (
            Path(zwgk.__file__).parent / "profiles/default/metadata.xml"
        ).read_text()
        expected = re.search(r"<version>(\d+)</version>", metadata).group(1)
        assert profile_last_version(self.profile_id) == expected

    @pytest.mark.parametrize("profile", ["zwgk:default", "zwgk:demo"])
    def test_profile_registered(self, setup_tool, profile):
        assert setup_tool.getProfileInfo(profile)["id"] == profile

    def test_uninstall_profile_hidden(self):
        from Products.CMFPlone.interfaces import INonInstallable
        from zope.component import getUtilitiesFor

        hidden = {
            profile
            for _name, utility in getUtilitiesFor(INonInstallable)
            for profile in utility.getNonInstallableProfiles()
        }
        assert "zwgk:uninstall" in hidden
