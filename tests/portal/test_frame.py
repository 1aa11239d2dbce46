"""The portal's header and footer: the district's name and the website
identifiers (网站标识) an administrator sets in Site Setup."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import re
import requests
import transaction


IDENTIFIERS = {
    "sponsor": "某区人民政府",
    "organizer": "某区人民政府办公室",
    "website_code": "3601000001",
    "icp_number": "赣ICP备12345678号",
    "icp_url": "https://beian.miit.gov.cn/",
    "police_number": "赣公网安备 36010002000001号",
    "phone": "0791-12345678",
    "email": "zwgk@example.org",
}


@pytest.fixture
def portal_url(functional_portal):
    transaction.commit()
    return functional_portal.absolute_url()


def configure(**values):
    for name, value in values.items():
        api.portal.set_registry_record(f"zwgk.site.{name}", value)
    transaction.commit()


def header(html):
    return html[html.index('id="zwgk-header"') : html.index('id="portal-globalnav"')]


def footer(html):
    return html[html.index('id="zwgk-footer"') :]


def test_header_shows_the_site_title(portal_url):
    html = requests.get(portal_url, timeout=30).text
    assert "Plone site" in header(html)


def test_header_name_and_subtitle_from_the_settings(portal_url):
    configure(district_name="某某区", subtitle="政府信息公开平台")
    html = requests.get(f"{portal_url}/zwgk", timeout=30).text
    assert "某某区" in header(html)
    assert "政府信息公开平台" in header(html)
    assert f'action="{portal_url}/@@zwgk-search"' in header(html)


def test_footer_shows_the_identifiers(portal_url):
    configure(**IDENTIFIERS)
    html = footer(requests.get(f"{portal_url}/zcjd", timeout=30).text)
    for label in ("主办单位", "承办单位", "网站标识码", "ICP备案号", "公安机关备案号"):
        assert label in html
    for value in IDENTIFIERS.values():
        if not value.startswith("https:"):
            assert value in html
    assert '<a href="https://beian.miit.gov.cn/">赣ICP备12345678号</a>' in html
    assert '<a href="mailto:zwgk@example.org">zwgk@example.org</a>' in html
    assert "地址" not in html  # not set: not shown with an empty value


def test_footer_is_empty_until_set(portal_url):
    html = footer(requests.get(portal_url, timeout=30).text)
    assert "网站标识码" not in html


def test_control_panel_for_administrators_only(portal_url):
    url = f"{portal_url}/@@zwgk-site-settings"
    response = requests.get(
        url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=30
    )
    assert response.status_code == 200
    for label in ("网站标识", "网站标识码", "ICP备案号", "主办单位", "联系电话"):
        assert label in response.text
    anonymous = requests.get(url, timeout=30, allow_redirects=False)
    assert anonymous.status_code in (302, 401)
    assert "网站标识码" not in anonymous.text


def test_control_panel_saves(portal_url):
    session = requests.Session()
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    url = f"{portal_url}/@@zwgk-site-settings"
    form = session.get(url, timeout=30).text
    (field,) = re.findall(r"<input[^>]*_authenticator[^>]*>", form)[:1]
    token = re.search(r'value="([^"]+)"', field)[1]
    response = session.post(
        url,
        data={
            "form.widgets.website_code": "3601000002",
            "form.widgets.sponsor": "某区人民政府",
            "form.buttons.save": "保存",
            "_authenticator": token,
        },
        timeout=30,
    )
    assert response.status_code == 200
    transaction.begin()
    assert api.portal.get_registry_record("zwgk.site.website_code") == "3601000002"
    assert "3601000002" in footer(requests.get(portal_url, timeout=30).text)


def test_configlet_in_site_setup(portal):
    actions = api.portal.get_tool("portal_controlpanel").listActions()
    assert "zwgk-site-settings" in [action.id for action in actions]
