"""The portal's top sections exist, in order, published, with Chinese titles."""

from plone import api

import pytest


SECTIONS = [
    ("zwgk", "政务公开"),
    ("zcjd", "政策解读"),
    ("gzcy", "公众参与"),
    ("bsfw", "办事服务"),
    ("hdjl", "互动交流"),
    ("zt", "专题"),
]


class TestSkeleton:
    @pytest.mark.parametrize("section_id,title", SECTIONS)
    def test_section_exists(self, portal, section_id, title):
        section = portal[section_id]
        assert section.title == title
        assert api.content.get_state(section) == "published"

    def test_sections_in_navigation_order(self, portal):
        ids = [i for i in portal.objectIds() if i in dict(SECTIONS)]
        assert ids == [s for s, _ in SECTIONS]

    def test_default_language_is_chinese(self, portal):
        assert api.portal.get_registry_record("plone.default_language") == "zh-cn"

    def test_reapplying_profile_keeps_sections(self, portal, setup_tool):
        uid = api.content.get_uuid(portal["zwgk"])
        setup_tool.runAllImportStepsFromProfile("profile-zwgk:default")
        assert api.content.get_uuid(portal["zwgk"]) == uid


class TestDemoDistrict:
    def test_site_title_and_page_from_data(self, demo_portal):
        portal = demo_portal
        assert portal.title == "南昌经济技术开发区"
        assert (
            api.portal.get_registry_record("plone.site_title") == "南昌经济技术开发区"
        )
        assert demo_portal["qqgk"].title == "经开区概况"
