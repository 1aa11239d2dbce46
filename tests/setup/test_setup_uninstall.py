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
