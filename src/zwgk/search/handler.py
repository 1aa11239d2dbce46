"""智能查询: the citizens' search, shared by the page and the REST services.

A query is what the URL says (every state in the query string, so a search
can be shared): ``SearchableText``, one or more values per facet, ``sort``
(relevance or date) and ``page``. The text is segmented into words (jieba)
and looked up in ``zwgk_text`` as "any of these words", ranked by Okapi
BM25; facets count the matching documents per value, each facet ignoring
its own selection so the alternatives stay visible. The catalog applies
the visitor's permissions: Anonymous counts and finds only public content.
"""

from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from plone import api
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory
from ZTUtils.Lazy import LazyMap
from zwgk import _
from zwgk import parameters
from zwgk.catalog.indexes import TEXT_INDEX
from zwgk.search.segmentation import search_words
from zwgk.search.segmentation import sub_words
from zwgk.search.segmentation import synonyms
from zwgk.search.segmentation import words as segment


# What the portal's search looks through (attachments count for their
# information, whose text includes theirs).
TYPES = (
    "GovernmentInformation",
    "PolicyInterpretation",
    "DisclosureDirectory",
    "DisclosureItem",
    "OrgUnit",
    "Document",
    "News Item",
    "Event",
)
TEXT = "SearchableText"
# (request key = catalog index, label, how a value gets its title)
FACETS = (
    ("disclosure_area", _("Area"), "zwgk.vocabularies.areas"),
    ("org_unit", _("Unit"), "unit"),
    ("portal_type", _("Type"), "type"),
    ("publication_year", _("Year"), "year"),
    ("info_topic", _("Topic"), "zwgk.vocabularies.topics"),
    ("validity", _("Validity"), "zwgk.vocabularies.validity"),
)
FACET_KEYS = tuple(name for name, _label, _titles in FACETS)
NO_TYPE = "-"
RELEVANCE, DATE = "relevance", "date"
SORTS = (RELEVANCE, DATE)
PAGE_SIZE = 20
MAX_TEXT = 200  # characters of a query; more is not a citizen's question
# Relevance on top of BM25: documents before the directory rows describing
# them (a row's short text otherwise wins on length), and titles that hold
# the query's words before texts that only mention them.
TYPE_WEIGHT = {
    "GovernmentInformation": 1.5,
    "PolicyInterpretation": 1.5,
    "DisclosureItem": 0.8,
}
TITLE_WEIGHT = 1.0
QUERY_OPERATORS = {"and", "or", "not"}


def _values(form, key):
    """A facet's chosen values (several are alternatives), at most 10."""
    return parameters.texts(form, key, max_count=50)[:10]


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class SearchQuery:
    """The state of a search, read from a request's form: unknown values are
    ignored, a parameter no link sends (repeated text, bytes that are not
    UTF-8) raises BadParameter."""

    def __init__(self, form):
        self.text = parameters.text(form, TEXT, max_length=10 * MAX_TEXT)[:MAX_TEXT]
        self.filters = {key: _values(form, key) for key in FACET_KEYS}
        self.filters = {key: values for key, values in self.filters.items() if values}
        self.page = max(1, _int(form.get("page"), 1))
        self.words = [
            w for w in search_words(self.text) if w.lower() not in QUERY_OPERATORS
        ]
        sort = form.get("sort")
        self.sort = sort if sort in SORTS else (RELEVANCE if self.words else DATE)
        # each word of the query with what also counts for it in a title
        self.title_words = [
            {word, *sub_words(word), *synonyms().get(word, ())}
            for word in segment(self.text)
        ]

    def params(self, **changes):
        """The query-string parameters of this search, with ``changes``."""
        state = {TEXT: self.text, **self.filters, "sort": self.sort, "page": self.page}
        state.update(changes)
        params = []
        for key, value in state.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            params.extend((key, v) for v in values if v not in (None, "", []))
        if ("page", 1) in params:
            params.remove(("page", 1))
        return params

    def catalog_query(self, without=None):
        query = {"portal_type": list(TYPES)}
        if self.words:
            query[TEXT_INDEX] = " OR ".join(self.words)
        for key, values in self.filters.items():
            if key == without:
                continue
            if key == "portal_type":
                # a type the search does not cover finds nothing
                query[key] = [v for v in values if v in TYPES] or [NO_TYPE]
            elif key == "publication_year":
                query[key] = [_int(v, 0) for v in values]
            else:
                query[key] = values
        return query


def _date(brain):
    return brain.publication_date or brain.effective or brain.created


def _rank(query, title, portal_type, score):
    found = sum(
        1 for alternatives in query.title_words if any(w in title for w in alternatives)
    )
    in_title = found / len(query.title_words) if query.title_words else 0
    return (
        (score or 1) * TYPE_WEIGHT.get(portal_type, 1.0) * (1 + TITLE_WEIGHT * in_title)
    )


def _by_date(results):
    return sorted(results, key=lambda b: str(_date(b)), reverse=True)


def _by_relevance(query, catalog, results):
    """The results in relevance order, lazily made into brains.

    Ranking reads each result's title and type straight from the catalog's
    metadata records: making a brain for every result (hundreds for a
    common word) cost more than the rest of the search, and only one page
    of them is shown."""
    scored = getattr(results, "_seq", None)  # ZCatalog: [(score, rid), …]
    if not scored or not isinstance(scored[0], tuple):
        return sorted(
            results,
            key=lambda b: _rank(
                query, b.Title or "", b.portal_type, getattr(b, "data_record_score_", 1)
            ),
            reverse=True,
        )
    records, schema = catalog._catalog.data, catalog._catalog.schema
    title_at, type_at = schema["Title"], schema["portal_type"]
    ranked = sorted(
        (
            _rank(query, records[rid][title_at] or "", records[rid][type_at], score),
            score,
            rid,
        )
        for score, rid in scored
    )
    ranked.reverse()
    best = max(score for score, _rid in scored) or 1
    return LazyMap(
        catalog._catalog.__getitem__,
        [(int(100.0 * score / best), score, rid) for _weight, score, rid in ranked],
    )


def search(query):
    """(total, this page's brains, facets) for a SearchQuery."""
    catalog = api.portal.get_tool("portal_catalog")
    results = catalog(**query.catalog_query())
    if query.sort == DATE or not query.words:  # no words: nothing to rank by
        brains = _by_date(results)
    else:
        brains = _by_relevance(query, catalog, results)
    start = (query.page - 1) * PAGE_SIZE
    return len(brains), brains[start : start + PAGE_SIZE], facets(query, brains)


def pages(query, total):
    return max(1, -(-total // PAGE_SIZE))


def first_number(query):
    """The position of this page's first result (1-based)."""
    return (query.page - 1) * PAGE_SIZE + 1


def facets(query, brains):
    """[{name, label, values: [{token, title, count, selected}]}] per facet."""
    catalog = api.portal.get_tool("portal_catalog")
    found = _rids(brains)
    result = []
    for name, label, titles in FACETS:
        documents = found
        if name in query.filters:  # counted as if this facet were not chosen
            documents = _rids(catalog(**query.catalog_query(without=name)))
        counts = _counts(catalog._catalog.getIndex(name), documents)
        names = term_titles(titles, counts)
        selected = set(query.filters.get(name, ()))
        values = [
            {
                "token": token,
                "title": names.get(token, token),
                "count": count,
                "selected": token in selected,
            }
            for token, count in counts.items()
        ]
        if titles == "year":
            values.sort(key=lambda v: v["token"], reverse=True)
        else:
            values.sort(key=lambda v: (-v["count"], v["title"]))
        result.append({"name": name, "label": label, "values": values})
    return result


def _rids(brains):
    keys = getattr(brains, "_seq", None)  # as _by_relevance made them
    if keys and isinstance(keys[0], tuple):
        return IITreeSet(key[-1] for key in keys)
    return IITreeSet(brain.getRID() for brain in brains)


def _counts(index, documents):
    """{value: how many of the documents (catalog rids) have it}, one set
    intersection per value of the index instead of one lookup per document:
    a facet has tens of values, a search hundreds of results."""
    counts = {}
    for value, indexed in index.items():
        found = len(intersection(documents, indexed))
        if found and value not in (None, ""):
            counts[str(value)] = counts.get(str(value), 0) + found
    return counts


def term_titles(kind, tokens):
    """token -> Chinese title for the values of one facet."""
    request = api.env.getRequest()
    if kind == "year":
        return {token: f"{token}年" for token in tokens}
    if kind == "unit":
        catalog = api.portal.get_tool("portal_catalog")
        return {
            brain.UID: brain.Title
            for brain in catalog.unrestrictedSearchResults(UID=list(tokens))
        }
    if kind == "type":
        types = api.portal.get_tool("portal_types")
        return {
            token: translate(
                types[token].Title(), domain=types[token].i18n_domain, context=request
            )
            for token in tokens
            if token in types
        }
    vocabulary = getUtility(IVocabularyFactory, kind)(api.portal.get())
    return {
        token: vocabulary.getTermByToken(token).title
        for token in tokens
        if token in vocabulary.by_token
    }
