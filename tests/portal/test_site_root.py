"""Anonymous visitors get a Chinese portal; REST consumers get the sections."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


SECTIONS = ["政务公开", "政策解读", "公众参与", "办事服务", "互动交流", "专题"]


@pytest.fixture
def portal_url(functional_portal):
    transaction.commit()
    return functional_portal.absolute_url()


def test_home_page_is_chinese(portal_url):
    response = requests.get(portal_url, timeout=30)
    assert response.status_code == 200
    assert 'lang="zh-cn"' in response.text
    for title in SECTIONS:
        assert title in response.text


def test_rest_lists_sections(portal_url):
    response = requests.get(
        portal_url, headers={"Accept": "application/json"}, timeout=30
    )
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles[: len(SECTIONS)] == SECTIONS


def test_rest_refuses_anonymous_write(portal_url):
    response = requests.post(
        portal_url,
        headers={"Accept": "application/json"},
        json={"@type": "Folder", "title": "x"},
        timeout=30,
    )
    assert response.status_code == 401


def test_rest_manager_can_read_site_settings(portal_url):
    response = requests.get(
        f"{portal_url}/@site",
        headers={"Accept": "application/json"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200
