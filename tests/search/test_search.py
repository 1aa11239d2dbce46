"""智能查询: Chinese relevance, facets, URL state, visibility and bad input.

The corpus is small and made so that Plone's bigrams mislead: 办公平台
holds the bigram 公平 and 特征地图 the bigram 征地, but neither is about
fairness or land acquisition.
"""

from datetime import date
from plone import api
from plone.app.testing import logout
from plone.namedfile.file import NamedBlobFile
from zope.interface import alsoProvides
from zwgk.interfaces import IZwgkLayer
from zwgk.search import handler as search_module
from zwgk.search.handler import SearchQuery
from zwgk.search.handler import search
from zwgk.testing import make_item

import pytest


DOCS = {
    # id: (title, body, topic, genre, publication date, validity)
    "bgpt": (
        "关于建设区级电子办公平台的通知",
        "电子办公平台上线运行。办公平台统一登录，办公平台建设按计划推进。",
        "general-affairs",
        "notice",
        date(2026, 3, 1),
        "valid",
    ),
    "gpjz": (
        "关于维护市场公平竞争秩序的通告",
        "开展公平竞争审查，查处不正当竞争行为。",
        "market-regulation",
        "bulletin",
        date(2026, 5, 1),
        "valid",
    ),
    "tzdt": (
        "城市特征地图编制说明",
        "特征地图标注城市风貌特征，特征地图每年更新。",
        "urban-rural",
        "report",
        date(2025, 7, 1),
        "valid",
    ),
    "zdbc": (
        "征地补偿安置方案公告",
        "公告补偿标准、安置方式和社会保障安排。",
        "land-resources",
        "announcement",
        date(2026, 6, 1),
        "valid",
    ),
    "dbbz": (
        "关于提高城乡最低生活保障标准的通知",
        "自7月1日起提高城乡最低生活保障标准。",
        "civil-affairs",
        "notice",
        date(2026, 6, 20),
        "valid",
    ),
    "dbbz2025": (
        "关于调整2025年城乡最低生活保障标准的通知",
        "调整城乡最低生活保障标准，已被新标准取代。",
        "civil-affairs",
        "notice",
        date(2025, 6, 27),
        "expired",
    ),
}


def add_information(unit, doc_id, title, body, topic, genre, published, validity):
    from plone.app.textfield.value import RichTextValue

    return api.content.create(
        container=unit,
        type="GovernmentInformation",
        id=doc_id,
        title=title,
        text=RichTextValue(f"<p>{body}</p>", "text/html", "text/x-html-safe"),
        written_date=published,
        publication_date=published,
        topic=topic,
        genre=genre,
        disclosure_attribute="proactive",
        validity=validity,
        document_number=f"洪经测字〔{published.year}〕{len(doc_id)}号",
    )


@pytest.fixture
def corpus(unit, directory):
    item = make_item(directory, "政府预算", "一般公共预算")
    docs = {}
    for doc_id, spec in DOCS.items():
        docs[doc_id] = add_information(unit, doc_id, *spec)
        api.content.transition(docs[doc_id], to_state="published")
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds

    intids = getUtility(IIntIds)
    docs["zdbc"].disclosure_items = [RelationValue(intids.getId(item))]
    docs["zdbc"].reindexObject()
    # a draft (not public) that every query below would find
    docs["draft"] = add_information(
        unit,
        "draft",
        "最低生活保障公平征地内部草稿",
        "最低生活保障 公平竞争 征地补偿 办公平台",
        "civil-affairs",
        "notice",
        date(2026, 7, 1),
        "valid",
    )
    api.content.transition(unit, to_state="published")
    return docs


@pytest.fixture
def public(corpus):
    """The corpus as a citizen sees it."""
    logout()
    return corpus


def ids(brains):
    return [b.getId for b in brains]


def find(text, **form):
    total, brains, facets = search(SearchQuery({"SearchableText": text, **form}))
    return total, ids(brains), {f["name"]: f for f in facets}


def test_bigrams_mislead_plain_plone(corpus):
    """The premise: Plone's SearchableText finds 办公平台 for 公平."""
    catalog = api.portal.get_tool("portal_catalog")
    assert "bgpt" in ids(catalog(SearchableText="公平"))
    assert "tzdt" in ids(catalog(SearchableText="征地"))


@pytest.mark.parametrize(
    ("text", "first", "absent"),
    [
        ("公平", "gpjz", "bgpt"),
        ("征地", "zdbc", "tzdt"),
        ("办公平台", "bgpt", "gpjz"),
        ("特征地图", "tzdt", "zdbc"),
    ],
)
def test_words_not_bigrams(public, text, first, absent):
    _total, found, _facets = find(text)
    assert found[0] == first
    assert absent not in found


def test_synonym_and_title_rank(public):
    """低保 is 最低生活保障; both standards' notices come first."""
    _total, found, _facets = find("低保标准")
    assert set(found[:2]) == {"dbbz", "dbbz2025"}


def test_index_number_and_document_number_find_the_document(public):
    doc = public["zdbc"]
    assert find(doc.index_number)[1][0] == "zdbc"
    assert find(doc.document_number)[1][0] == "zdbc"


def test_attachment_text_finds_its_information(corpus):
    doc = corpus["gpjz"]
    api.content.create(
        container=doc,
        type="File",
        id="fj.txt",
        title="附件",
        file=NamedBlobFile(
            "附件：餐饮油烟净化设施清洗要求".encode(), "text/plain", "fj.txt"
        ),
    )
    logout()
    assert find("油烟净化")[1][0] == "gpjz"


def test_facet_counts(corpus):
    logout()
    total, _found, facets = find("", portal_type="GovernmentInformation")
    assert total == 6
    counts = {f: {v["token"]: v["count"] for v in facets[f]["values"]} for f in facets}
    assert counts["validity"] == {"valid": 5, "expired": 1}
    assert counts["publication_year"] == {"2026": 4, "2025": 2}
    # the type facet ignores its own selection: the (public) unit counts
    assert counts["portal_type"] == {"GovernmentInformation": 6, "OrgUnit": 1}
    types = {v["token"]: v["title"] for v in facets["portal_type"]["values"]}
    assert types == {"GovernmentInformation": "政府信息", "OrgUnit": "机构"}
    assert counts["info_topic"]["civil-affairs"] == 2
    assert counts["disclosure_area"] == {"budgets-and-final-accounts": 1}
    assert counts["org_unit"] == {corpus["zdbc"].__parent__.UID(): 6}
    titles = {v["token"]: v["title"] for v in facets["validity"]["values"]}
    assert titles == {"valid": "有效", "expired": "失效"}
    assert facets["org_unit"]["values"][0]["title"] == "财政局"
    assert facets["publication_year"]["values"][0]["title"] == "2026年"


def test_a_facet_ignores_its_own_selection(corpus):
    logout()
    total, found, facets = find("", validity="expired")
    assert (total, found) == (1, ["dbbz2025"])
    validity = {
        v["token"]: (v["count"], v["selected"]) for v in facets["validity"]["values"]
    }
    assert validity == {"valid": (5, False), "expired": (1, True)}
    years = {v["token"]: v["count"] for v in facets["publication_year"]["values"]}
    assert years == {"2025": 1}  # other facets count within the selection
    total, found, _facets = find(
        "最低生活保障", publication_year=["2025", "2026"], validity="valid"
    )
    assert found[0] == "dbbz"
    assert "dbbz2025" not in found


def test_anonymous_never_sees_what_is_not_public(corpus):
    assert "draft" in find("最低生活保障")[1]  # staff see it
    logout()
    for text in ("最低生活保障", "公平", "征地", "内部草稿", ""):
        total, found, facets = find(text)
        assert "draft" not in found
        counted = sum(v["count"] for v in facets["portal_type"]["values"])
        assert counted == total
    years = {v["token"] for v in find("")[2]["publication_year"]["values"]}
    assert years == {"2025", "2026"}  # the draft's year is not counted either
    assert find("内部草稿")[0] == 0


def test_sort_by_date_and_paging(corpus, monkeypatch):
    logout()
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    info = {"portal_type": "GovernmentInformation", "sort": "date"}
    total, found, _facets = find("", **info)
    assert total == 6
    assert found == ["dbbz", "zdbc"]
    assert find("", page="2", **info)[1] == ["gpjz", "bgpt"]
    assert find("", page="3", **info)[1] == ["tzdt", "dbbz2025"]
    assert find("", page="4", **info)[1] == []


@pytest.mark.parametrize(
    "form",
    [
        {"sort": "bogus"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "999999999"},
        {"publication_year": "abc"},
        {"portal_type": "Folder"},
        {"SearchableText": 'AND OR NOT ( ) " * ?'},
        {"SearchableText": "低保*"},
        {"SearchableText": "公平" * 500},
        {"validity": ["valid", "expired", "x"] * 10},
    ],
)
def test_bad_input_is_harmless(corpus, form):
    query = SearchQuery(form)
    total, brains, facets = search(query)
    assert query.sort in ("relevance", "date")
    assert query.page >= 1
    assert len(query.text) <= search_module.MAX_TEXT
    assert len(brains) <= search_module.PAGE_SIZE
    assert len(facets) == 6


def render(portal, request, **form):
    alsoProvides(request, IZwgkLayer)
    request.form.clear()
    request.form.update(form)
    return portal.restrictedTraverse("@@search")()


def test_page_keeps_its_state_in_the_url(corpus, portal, http_request, monkeypatch):
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    logout()
    html = render(portal, http_request, SearchableText="标准", validity="valid")
    assert "关于提高城乡最低生活保障标准的通知" in html
    assert corpus["dbbz"].index_number in html
    assert "2026-06-20" in html
    assert 'name="SearchableText"' in html and 'value="标准"' in html
    # the selected facet stays in a hidden field and in every link
    assert '<input type="hidden" name="validity" value="valid"' in html
    assert "@@search?SearchableText=%E6%A0%87%E5%87%86&amp;validity=valid" in html
    assert "sort=date" in html
    assert "智能查询" in html and "筛选" in html  # Chinese UI


def test_page_links_mark_the_current_page(corpus, portal, http_request, monkeypatch):
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    logout()
    html = render(portal, http_request, sort="date", page="2")
    assert 'aria-current="page"' in html
    assert "page=3" in html and 'rel="prev"' in html and 'rel="next"' in html
    html = render(portal, http_request, page="50")
    assert "没有找到相关结果" in html
    assert 'rel="prev"' in html  # a way back from past the end


def test_the_index_is_added_without_emptying_others(corpus):
    from zwgk.catalog.indexes import add_catalog_indexes

    catalog = api.portal.get_tool("portal_catalog")
    before = len(catalog(zwgk_text="公平"))
    assert before
    add_catalog_indexes()  # the profile runs again
    assert len(catalog(zwgk_text="公平")) == before


def test_upgrade_adds_and_fills_the_index(public, portal, setup_tool):
    from zwgk.catalog.indexes import LEXICON
    from zwgk.catalog.indexes import TEXT_INDEX

    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex(TEXT_INDEX)
    catalog.manage_delObjects([LEXICON])
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126008")
    setup_tool.upgradeProfile("zwgk:default")
    assert TEXT_INDEX in catalog.indexes()
    assert find("公平")[1][0] == "gpjz"


def test_without_words_the_newest_come_first(public):
    """Only function words (的) or nothing: no relevance to rank by."""
    for text in ("", "的"):
        query = SearchQuery(
            {"SearchableText": text, "portal_type": "GovernmentInformation"}
        )
        assert query.sort == "date"
        assert ids(search(query)[1])[:2] == ["dbbz", "zdbc"]
    relevance = {"SearchableText": "的", "sort": "relevance"}
    assert (
        find("的", sort="relevance", portal_type="GovernmentInformation")[1][0]
        == "dbbz"
    )
    assert SearchQuery(relevance).sort == "relevance"


def test_a_result_without_a_date_in_the_catalog_shows_none():
    from DateTime import DateTime
    from Missing import Value
    from zwgk.search.browser import day

    assert day(Value) == ""
    assert day(None) == ""
    assert day(DateTime("1969/12/31")) == ""  # Plone's floor: never published
    assert day(DateTime("2026/03/02 08:00 GMT+8")) == "2026-03-02"
