"""历史版本: approved versions stay public while a directory is revised."""

from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from zExceptions import Unauthorized
from zwgk.directories.versions import versions
from zwgk.testing import make_item

import pytest


def test_approval_freezes_the_table_and_the_public_keeps_it(unit, directory):
    make_item(directory, "政府预算", "部门预算", content="第一版的要素")
    api.content.transition(obj=unit, to_state="published")
    api.content.transition(obj=directory, to_state="published")
    assert [v["rows"][0]["content"] for v in versions(directory)] == ["第一版的要素"]

    api.content.transition(obj=directory, transition="revise")
    directory.version = "2.0"
    make_item(directory, "政府决算", "", content="修订中的新事项")
    directory.items_in_order()[0].content = "修订中的要素"

    logout()
    unit_page = unit.restrictedTraverse("@@view")()
    assert f'href="{directory.absolute_url()}"' in unit_page
    page = directory.restrictedTraverse("@@view")()
    assert "第一版的要素" in page
    assert "修订中" not in page.replace("本目录正在修订", "")
    assert "zwgk-approved-version" in page
    request = api.portal.get().REQUEST
    request.form.update({"directory": "czyjs"})
    html = unit.restrictedTraverse("@@directory-versions")()
    assert "第一版的要素" in html
    assert "修订中" not in html

    login(api.portal.get(), TEST_USER_NAME)
    api.content.transition(obj=directory, to_state="published")
    assert [v["version"] for v in versions(directory)] == ["1.0", "2.0"]
    logout()
    request.form.update({"directory": "czyjs", "number": "1"})
    html = unit.restrictedTraverse("@@directory-versions")()
    assert "第一版的要素" in html and "修订中的新事项" not in html
    request.form.clear()
    listing = unit.restrictedTraverse("@@directory-versions")()
    assert "第1.0版" in listing and "第2.0版" in listing


def test_a_directory_never_approved_stays_closed(unit, directory):
    make_item(directory, "政府预算", "部门预算", content="草稿要素")
    logout()
    with pytest.raises(Unauthorized):
        directory.restrictedTraverse("@@view")()


def test_staff_see_the_working_draft_at_the_same_address(unit, directory):
    make_item(directory, "政府预算", "部门预算", content="第一版的要素")
    api.content.transition(obj=unit, to_state="published")
    api.content.transition(obj=directory, to_state="published")
    api.content.transition(obj=directory, transition="revise")
    directory.items_in_order()[0].content = "修订中的要素"
    page = directory.restrictedTraverse("@@view")()
    assert "修订中的要素" in page and "zwgk-approved-version" not in page


def test_over_http_the_public_reads_the_approved_version(functional_portal):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    from zwgk.testing import create_finance_unit

    import requests
    import transaction

    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(functional_portal)
    make_item(directory, "政府预算", "部门预算", content="第一版的要素")
    transaction.commit()
    url = directory.absolute_url()
    never_approved = requests.get(url, timeout=30, allow_redirects=False)
    assert never_approved.status_code in (302, 401)  # to the login form

    api.content.transition(obj=unit, to_state="published")
    api.content.transition(obj=directory, to_state="published")
    api.content.transition(obj=directory, transition="revise")
    directory.items_in_order()[0].content = "修订中的要素"
    transaction.commit()
    page = requests.get(url, timeout=30)
    assert page.status_code == 200
    assert "第一版的要素" in page.text and "修订中的要素" not in page.text
    # the working draft itself is not served over REST to the public
    rest = requests.get(url, headers={"Accept": "application/json"}, timeout=30)
    assert rest.status_code == 401
