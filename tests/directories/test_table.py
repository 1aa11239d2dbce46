"""A directory's table (标准目录) page: the rows are kept in RAM between
requests, and every change an editor can make shows on the next one."""

from plone import api
from plone.app.testing import logout
from zope.lifecycleevent import modified
from zwgk.testing import make_item

import re


def table(directory):
    html = directory.restrictedTraverse("@@view")()
    return html[html.index("<table") : html.index("</table>")]


def second_level(html):
    return re.findall(r'href="[^"]+/(item[^"]*)"', html)


def published(unit, directory):
    api.content.transition(obj=unit, to_state="published")
    api.content.transition(obj=directory, to_state="published")


def test_rows_escaped_grouped_and_numbered(directory):
    make_item(directory, "政府预算", "部门预算", id="item-a", content="<b>要素</b>")
    make_item(directory, "政府预算", "单位预算", id="item-b")
    make_item(directory, "政府决算", "", id="item-c")
    html = table(directory)
    assert "&lt;b&gt;要素&lt;/b&gt;" in html and "<b>要素" not in html
    assert html.count("<tbody>") == 2  # one per 一级事项
    assert 'rowspan="2"' in html and 'rowspan="1"' in html
    assert [int(n) for n in re.findall(r"<tr><td>(\d+)</td>", html)] == [1, 2, 3]
    assert second_level(html) == ["item-a", "item-b"]  # 政府决算 has no 二级事项
    assert "政府网站" in html and "全社会" in html and "主动" in html  # titles


def test_an_edit_shows_on_the_next_request(directory):
    item = make_item(directory, "政府预算", "部门预算", content="第一稿")
    assert "第一稿" in table(directory)
    item.content = "第二稿"
    modified(item)
    assert "第二稿" in table(directory)
    assert "第一稿" not in table(directory)


def test_added_removed_and_reordered_rows_show(directory):
    make_item(directory, "政府预算", "部门预算", id="item-a")
    make_item(directory, "政府预算", "单位预算", id="item-b")
    assert second_level(table(directory)) == ["item-a", "item-b"]
    make_item(directory, "政府预算", "专项预算", id="item-c")
    assert second_level(table(directory)) == ["item-a", "item-b", "item-c"]
    directory.moveObjectsToTop(["item-c"])
    assert second_level(table(directory)) == ["item-c", "item-a", "item-b"]
    api.content.delete(obj=directory["item-a"])
    assert second_level(table(directory)) == ["item-c", "item-b"]


def test_the_districts_own_channel_names_show(directory):
    make_item(directory, "政府预算", "部门预算", channels=["town-hall-screen"])
    assert "town-hall-screen" in table(directory)  # unknown yet: the token
    api.portal.set_registry_record(
        "zwgk.extra_channels", ["town-hall-screen|镇便民服务中心电子屏"]
    )
    html = table(directory)
    assert "镇便民服务中心电子屏" in html and "town-hall-screen" not in html


def test_the_public_and_staff_get_their_own_table_during_a_revision(unit, directory):
    make_item(directory, "政府预算", "部门预算", content="第一版的要素")
    published(unit, directory)
    api.content.transition(obj=directory, transition="revise")
    item = directory.items_in_order()[0]
    item.content = "修订中的要素"
    modified(item)
    assert "修订中的要素" in table(directory)  # staff: the working draft
    logout()
    public = table(directory)  # the approved snapshot, without links
    assert "第一版的要素" in public and "修订中" not in public
    assert second_level(public) == []


def test_the_page_is_full_width(unit, directory):
    # the navigation portlet would only repeat the breadcrumbs (see layout.py)
    make_item(directory, "政府预算", "部门预算")
    published(unit, directory)
    logout()
    html = directory.restrictedTraverse("@@view")()
    assert 'id="portal-column-one"' not in html
