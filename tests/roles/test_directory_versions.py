"""历史版本: approved versions stay public while a directory is revised."""

from conftest import make_item
from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from zwgk.directory_versions import versions


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
    assert "@@directory-versions?directory=czyjs" in unit_page
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
