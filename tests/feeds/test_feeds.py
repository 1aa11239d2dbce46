"""信息订阅: RSS 2.0 and JSON Feed 1.1 per site, unit, area and type."""

from datetime import date
from plone import api
from plone.app.testing import logout
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified
from zwgk.testing import add_staffed_unit
from zwgk.testing import make_item
from zwgk.testing.feeds import parse_json_feed
from zwgk.testing.feeds import parse_rss
from zwgk.testing.feeds import rss_items

import pytest


PUBLISH = ("submit", "approve_review", "publish")


def relation(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


def publish(obj):
    for transition in PUBLISH:
        api.content.transition(obj=obj, transition=transition)
    return obj


def information(unit, title, **extra):
    fields = dict(
        title=title,
        written_date=date(2026, 5, 1),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )
    fields.update(extra)
    return api.content.create(container=unit, type="GovernmentInformation", **fields)


@pytest.fixture
def district(manager):
    """财政局 (with a 财政预决算 directory) and 蛟桥镇, each with published
    information; one interpretation; one draft."""
    czj = add_staffed_unit(manager, "czj", "财政局", "113601005")
    jqz = add_staffed_unit(manager, "jqz", "蛟桥镇", "123601009", "town")
    directory = api.content.create(
        container=czj,
        type="DisclosureDirectory",
        id="czyjs",
        title="财政预决算目录",
        area="budgets-and-final-accounts",
        level="district",
    )
    item = make_item(directory, "部门预算", "")
    budget = publish(
        information(
            czj,
            "2026年区财政局部门预算 <公开> & 说明",
            description="预算“收支”总表",
            document_number="经财字〔2026〕1号",
            publication_date=date(2026, 3, 2),
            disclosure_items=[relation(item)],
        )
    )
    notice = publish(
        information(jqz, "蛟桥镇防汛通知", publication_date=date(2026, 6, 1))
    )
    interpretation = publish(
        api.content.create(
            container=czj,
            type="PolicyInterpretation",
            title="《部门预算》解读",
            policy=relation(budget),
            form="text",
            disclosure_attribute="proactive",
        )
    )
    information(czj, "尚未发布的草稿")
    return {
        "portal": manager,
        "czj": czj,
        "jqz": jqz,
        "budget": budget,
        "notice": notice,
        "interpretation": interpretation,
    }


def render(context, name, **form):
    request = context.REQUEST
    request.form.clear()
    request.form.update(form)
    request.response.setStatus(200)
    view = api.content.get_view(name, context, request)
    return view(), request.response


def rss(context, **form):
    body, response = render(context, "feed.rss", **form)
    assert response.getStatus() == 200
    assert response.getHeader("Content-Type") == "application/rss+xml; charset=utf-8"
    return rss_items(parse_rss(body))


def json_feed(context, **form):
    body, response = render(context, "feed.json", **form)
    assert response.getStatus() == 200
    assert response.getHeader("Content-Type") == "application/feed+json; charset=utf-8"
    return parse_json_feed(body)


def titles(items):
    return sorted(i["title"] for i in items)


def test_site_feed_lists_published_information_newest_first(district):
    logout()
    items = rss(district["portal"])
    # the interpretation was published today, after the information's dates
    assert [i["title"] for i in items] == [
        "《部门预算》解读",
        "蛟桥镇防汛通知",
        "2026年区财政局部门预算 <公开> & 说明",
    ]
    assert titles(json_feed(district["portal"])["items"]) == titles(items)


def test_rss_item_carries_the_metadata_chinese_and_escaped(district):
    logout()
    budget = district["budget"]
    body, _response = render(district["portal"], "feed.rss")
    assert "2026年区财政局部门预算 &lt;公开&gt; &amp; 说明".encode() in body
    item = next(i for i in rss(district["portal"]) if "部门预算 <" in i["title"])
    assert item == {
        "title": "2026年区财政局部门预算 <公开> & 说明",
        "link": budget.absolute_url(),
        "guid": f"urn:uuid:{budget.UID()}",
        "pubDate": "Mon, 02 Mar 2026 00:00:00 +0800",
        "description": "预算“收支”总表",
        "categories": ["财政预决算"],
        "creator": "财政局",
        "publisher": "财政局",
        "index_number": budget.index_number,
    }


def test_json_feed_item(district):
    logout()
    budget = district["budget"]
    feed = json_feed(district["portal"])
    assert feed["feed_url"] == f"{district['portal'].absolute_url()}/@@feed.json"
    item = next(i for i in feed["items"] if i["id"] == f"urn:uuid:{budget.UID()}")
    assert item["url"] == budget.absolute_url()
    assert item["date_published"] == "2026-03-02T00:00:00+08:00"
    assert item["authors"] == [{"name": "财政局"}]
    assert item["tags"] == ["财政预决算"]
    assert item["content_text"] == "预算“收支”总表"
    assert item["_zwgk"] == {
        "index_number": budget.index_number,
        "unit": "财政局",
        "publisher": "财政局",
        "type": "GovernmentInformation",
        "areas": ["budgets-and-final-accounts"],
    }


def test_guid_is_stable_when_the_title_changes(district):
    budget = district["budget"]
    before = {i["link"]: i["guid"] for i in rss(district["portal"])}
    budget.title = "2026年区财政局部门预算（更新）"
    budget.reindexObject()
    after = {i["link"]: i["guid"] for i in rss(district["portal"])}
    assert after == before


def test_unit_feed_has_only_the_units_information(district):
    logout()
    assert titles(rss(district["jqz"])) == ["蛟桥镇防汛通知"]
    assert titles(json_feed(district["czj"])["items"]) == [
        "2026年区财政局部门预算 <公开> & 说明",
        "《部门预算》解读",
    ]
    feed = json_feed(district["jqz"])
    assert feed["title"] == "蛟桥镇 · 政府信息公开"
    assert feed["home_page_url"] == district["jqz"].absolute_url()


def test_area_feed(district):
    logout()
    items = rss(district["portal"], area="budgets-and-final-accounts")
    # the interpretation comes under its policy's area
    assert sorted(titles(items)) == [
        "2026年区财政局部门预算 <公开> & 说明",
        "《部门预算》解读",
    ]
    assert rss(district["portal"], area="land-use-planning") == []
    feed = json_feed(district["portal"], area="budgets-and-final-accounts")
    assert feed["title"].endswith("· 财政预决算")
    assert feed["feed_url"].endswith("@@feed.json?area=budgets-and-final-accounts")


def test_an_interpretation_follows_its_policys_areas(district):
    budget = district["budget"]
    budget.disclosure_items = []
    modified(budget)
    logout()
    items = rss(district["portal"], area="budgets-and-final-accounts")
    assert titles(items) == []


def test_type_feed(district):
    logout()
    items = rss(district["portal"], type="PolicyInterpretation")
    assert titles(items) == ["《部门预算》解读"]
    items = rss(district["czj"], type="GovernmentInformation")
    assert titles(items) == ["2026年区财政局部门预算 <公开> & 说明"]


def test_limit_gives_the_newest_items(district):
    logout()
    assert [i["title"] for i in rss(district["portal"], limit="2")] == [
        "《部门预算》解读",
        "蛟桥镇防汛通知",
    ]
    feed = json_feed(district["portal"], limit="1")
    assert titles(feed["items"]) == ["《部门预算》解读"]
    assert feed["feed_url"].endswith("@@feed.json?limit=1")


@pytest.mark.parametrize(
    "form, message",
    [
        ({"limit": "0"}, "条数应为1到200之间的整数"),
        ({"limit": "201"}, "条数应为1到200之间的整数"),
        ({"limit": "-5"}, "条数应为1到200之间的整数"),
        ({"limit": "1e3"}, "条数应为1到200之间的整数"),
        ({"area": "no-such-area"}, "没有“no-such-area”这个公开领域"),
        ({"type": "Document"}, "没有“Document”这种信息类型"),
        ({"type": "<script>"}, "没有“<script>”这种信息类型"),
    ],
)
@pytest.mark.parametrize("name", ["feed.rss", "feed.json"])
def test_bad_parameters_are_refused_in_chinese(district, name, form, message):
    logout()
    body, response = render(district["portal"], name, **form)
    assert response.getStatus() == 400
    assert response.getHeader("Content-Type") == "text/plain; charset=utf-8"
    assert message in body.decode("utf-8")


def test_publishing_sets_the_publication_date(district):
    interpretation = district["interpretation"]
    assert interpretation.effective_date is not None
    info = publish(information(district["czj"], "新发布的通知"))
    assert info.publication_date is not None
    assert info.effective_date is not None


def test_feed_links_in_the_head(district):
    logout()
    html = district["czj"]()
    site = district["portal"].absolute_url()
    unit = district["czj"].absolute_url()
    for url in (site, unit):
        assert (
            '<link rel="alternate" type="application/rss+xml" title'
            in html.split(f'href="{url}/@@feed.rss"')[0].rsplit("\n", 1)[-1]
        )
        assert f'href="{url}/@@feed.json"' in html
    html = district["portal"]()
    assert f'href="{site}/@@feed.rss"' in html
    assert f'href="{unit}/@@feed.rss"' not in html
