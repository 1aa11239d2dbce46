"""zwgk's settings: under 插件配置 in Site Setup, and over @controlpanels."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


PANELS = [
    "zwgk-applications",
    "zwgk-calendar",
    "zwgk-citizen-messages",
    "zwgk-public-opinion",
    "zwgk-site-settings",
    "zwgk-vocabularies",
]


def test_zwgk_panels_sit_under_add_on_configuration(manager):
    control_panel = api.portal.get_tool("portal_controlpanel")
    products = [c["id"] for c in control_panel.enumConfiglets(group="Products")]
    general = [c["id"] for c in control_panel.enumConfiglets(group="plone-general")]
    assert sorted(i for i in products if i.startswith("zwgk-")) == PANELS
    assert not [i for i in general if i.startswith("zwgk-")]


@pytest.mark.parametrize("name", PANELS)
def test_every_panel_renders_its_form(manager, name):
    html = manager.restrictedTraverse(f"@@{name}")()
    assert 'name="form.buttons.save"' in html


def test_upgrade_moves_the_panels_under_add_on_configuration(manager, setup_tool):
    control_panel = api.portal.get_tool("portal_controlpanel")
    control_panel.unregisterConfiglet("zwgk-vocabularies")
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126060")
    setup_tool.upgradeProfile("zwgk:default")
    products = [c["id"] for c in control_panel.enumConfiglets(group="Products")]
    assert "zwgk-vocabularies" in products


@pytest.fixture
def rest(functional):
    session = requests.Session()
    session.headers.update({"Accept": "application/json"})
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    base = functional["portal"].absolute_url()

    def call(method, path, **kwargs):
        return session.request(method, f"{base}/{path}", timeout=30, **kwargs)

    return call


def test_rest_lists_and_reads_the_panels(rest):
    listed = rest("GET", "@controlpanels").json()
    zwgk = {p["@id"].rsplit("/", 1)[-1]: p for p in listed if "zwgk-" in p["@id"]}
    assert sorted(zwgk) == PANELS
    assert len({p["group"] for p in zwgk.values()}) == 1  # one group: 插件配置
    panel = rest("GET", "@controlpanels/zwgk-vocabularies").json()
    assert set(panel["schema"]["properties"]) == {"extra_areas", "extra_channels"}
    assert panel["data"]["extra_areas"] == []


def test_rest_sets_an_area_and_refuses_a_bad_line(rest, functional):
    ok = rest(
        "PATCH",
        "@controlpanels/zwgk-vocabularies",
        json={"extra_areas": ["river-chief|河长制"]},
    )
    assert ok.status_code == 204
    transaction.begin()
    assert api.portal.get_registry_record("zwgk.extra_areas") == ["river-chief|河长制"]
    for line in ("social-assistance|社会救助", "河长制", "River|河长制"):
        refused = rest(
            "PATCH", "@controlpanels/zwgk-vocabularies", json={"extra_areas": [line]}
        )
        assert refused.status_code == 400, line
    transaction.begin()
    assert api.portal.get_registry_record("zwgk.extra_areas") == ["river-chief|河长制"]


def test_rest_sets_the_application_limit(rest):
    assert (
        rest(
            "PATCH",
            "@controlpanels/zwgk-applications",
            json={"submissions_per_hour": 12},
        ).status_code
        == 204
    )
    assert (
        rest(
            "PATCH",
            "@controlpanels/zwgk-applications",
            json={"submissions_per_hour": 0},
        ).status_code
        == 400
    )
    transaction.begin()
    assert (
        api.portal.get_registry_record("zwgk.applications.submissions_per_hour") == 12
    )
