"""Search relevance (智能查询): precision@5 of plain Plone and of zwgk's search.

Run with ``make benchmark``. The query set is ``search_queries.json``:
realistic citizens' queries over the demo district, each with the documents
that should come in the first five results. In one run, on the demo
district, as Anonymous (what citizens see), three searches answer every
query:

- ``plone``: Plone's own ``@@search`` (``SearchableText``, Plone's
  splitter: Chinese as character bigrams, each type's standard text);
- ``plone_bigrams_zwgk_text``: the same bigram splitter over the text zwgk
  indexes (title weighted, body, 索引号, 文号, items...), which separates
  what segmentation brings from what the indexed text brings;
- ``zwgk``: ``zwgk.search.handler`` (jieba words, synonyms, ``zwgk_text``, BM25).

precision@5 of a query = |expected ∩ first five results| / min(|expected|, 5),
so 1.0 means every expected document is in the first five; the figure is
the mean over the queries. ``hit@1`` is the share of queries whose first
result is an expected document.

Figures go to standard output and ``benchmarks/results/search_relevance.json``.
"""

from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import applyProfile
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.base.utils import munge_search_term
from Products.CMFPlone.browser.search import Search
from types import SimpleNamespace
from zwgk.search.handler import SearchQuery
from zwgk.search.handler import search

import json
import transaction


HERE = Path(__file__).parent
QUERIES = json.loads((HERE / "search_queries.json").read_text(encoding="utf-8"))
RESULTS = HERE / "results"
TOP = 5
BIGRAMS = "bench_bigrams"


def site_path(portal, brain):
    return brain.getPath()[len("/".join(portal.getPhysicalPath())) + 1 :]


def plone_search(portal, text):
    # Plone's own search view (zwgk's layer replaces @@search with its own)
    request = portal.REQUEST
    request.form.clear()
    view = Search(portal, request)
    brains = view.results(
        query={"SearchableText": text}, batch=False, use_content_listing=False
    )
    return [site_path(portal, b) for b in brains[:TOP]]


def bigram_search(portal, text):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(**{BIGRAMS: munge_search_term(text)})
    return [site_path(portal, b) for b in brains[:TOP]]


def zwgk_search(portal, text):
    _total, brains, _facets = search(SearchQuery({"SearchableText": text}))
    return [site_path(portal, b) for b in brains[:TOP]]


def score(found, expected):
    relevant = len(set(found[:TOP]) & set(expected))
    return relevant / min(len(expected), TOP), bool(found) and found[0] in expected


def evaluate(portal, engine):
    per_query = []
    for spec in QUERIES["queries"]:
        found = engine(portal, spec["query"])
        precision, hit = score(found, spec["expected"])
        per_query.append(
            {
                "query": spec["query"],
                "p@5": round(precision, 2),
                "hit@1": hit,
                "top5": found,
            }
        )
    n = len(per_query)
    return {
        "precision@5": round(sum(q["p@5"] for q in per_query) / n, 3),
        "hit@1": round(sum(q["hit@1"] for q in per_query) / n, 3),
        "queries": per_query,
    }


def add_bigram_index(portal):
    """Plone's splitter (plone_lexicon) over the text zwgk_text gets."""
    catalog = api.portal.get_tool("portal_catalog")
    extra = SimpleNamespace(
        doc_attr="zwgk_text", lexicon_id="plone_lexicon", index_type="Okapi BM25 Rank"
    )
    catalog.addIndex(BIGRAMS, "ZCTextIndex", extra)
    catalog.manage_reindexIndex(ids=[BIGRAMS])


def test_search_relevance(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    applyProfile(portal, "zwgk:demo")
    add_bigram_index(portal)
    transaction.commit()
    logout()  # citizens: only what is public

    figures = {
        "queries": len(QUERIES["queries"]),
        "plone": evaluate(portal, plone_search),
        "plone_bigrams_zwgk_text": evaluate(portal, bigram_search),
        "zwgk": evaluate(portal, zwgk_search),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "search_relevance.json").write_text(
        json.dumps(figures, indent=2, ensure_ascii=False)
    )
    for name in ("plone", "plone_bigrams_zwgk_text", "zwgk"):
        print(
            f"\n{name}: precision@5 {figures[name]['precision@5']}, "
            f"hit@1 {figures[name]['hit@1']}"
        )
        for q in figures[name]["queries"]:
            if q["p@5"] < 1:
                print(f"  {q['p@5']:.2f} {q['query']} -> {q['top5']}")
