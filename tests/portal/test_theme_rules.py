"""The theme over real HTTP: citizens get the portal's frame, editors get
Barceloneta's backend with the toolbar, and a directory's table comes
through the transform whole (it is copied in one step, not node by node)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.testing import create_finance_unit
from zwgk.testing import make_item

import pytest
import re
import requests
import transaction


ROWS = 30
OWNER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@pytest.fixture
def directory(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(functional_portal)
    for n in range(ROWS):
        make_item(
            directory,
            f"一级事项{n // 10}",
            f"二级事项{n}",
            id=f"item-{n}",
            content="要素",
        )
    api.content.transition(obj=unit, to_state="published")
    api.content.transition(obj=directory, to_state="published")
    transaction.commit()
    return directory


def test_citizens_get_the_whole_table_in_the_portal_frame(directory):
    html = requests.get(directory.absolute_url(), timeout=30).text
    assert 'id="zwgk-header"' in html and "zwgk-site-footer" in html
    assert "barceloneta.css" not in html
    table = html[
        html.index('<table class="table table-bordered zwgk-directory-table"') :
    ]
    table = table[: table.index("</table>")]
    assert table.count("<tbody>") == 3
    assert len(re.findall(r"<tr><td>\d+</td>", table)) == ROWS
    assert table.count(f'href="{directory.absolute_url()}/item-') == ROWS
    assert 'id="portal-column-one"' not in html  # full width: the table needs it


def current_sections(url):
    html = requests.get(url, timeout=30).text
    return re.findall(r'<li class="(\w+) nav-item"><a [^>]*aria-current="true"', html)


def test_the_current_section_is_marked_in_the_main_navigation(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    section = api.content.create(
        container=functional_portal, type="Folder", id="gk", title="政务公开"
    )
    api.content.transition(obj=section, to_state="published")
    transaction.commit()
    assert current_sections(section.absolute_url()) == ["gk"]


def test_plain_pages_keep_the_navigation_portlet(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    section = api.content.create(
        container=functional_portal, type="Folder", id="gk", title="政务公开"
    )
    page = api.content.create(container=section, type="Document", title="公开指南")
    for obj in (section, page):
        api.content.transition(obj=obj, to_state="published")
    transaction.commit()
    html = requests.get(page.absolute_url(), timeout=30).text
    assert 'id="portal-column-one"' in html and "portletNavigationTree" in html
    assert current_sections(functional_portal.absolute_url()) == ["index_html"]


def test_editors_get_the_toolbar_on_public_pages(directory):
    html = requests.get(directory.absolute_url(), auth=OWNER, timeout=30).text
    assert 'id="edit-bar"' in html and 'id="zwgk-header"' in html


def test_edit_forms_are_themed_by_barceloneta(directory):
    url = f"{directory['item-0'].absolute_url()}/edit"
    html = requests.get(url, auth=OWNER, timeout=30).text
    assert "++theme++barceloneta/css/barceloneta.css" in html
    assert 'id="edit-bar"' in html
    assert 'id="zwgk-header"' not in html
    assert 'name="form.widgets.IBasic.title"' in html or "form.widgets" in html
