"""公众参与: a burst of comments, and a consultation page with 2,000 comments.

Run with ``make benchmark-participation``. On zwgk's functional layer with
its WSGI server (4 threads, Zope's 3 conflict retries, as ``instance.cfg``):

1. **Burst** (``ZWGK_BENCH_COMMENTS``, default 80, from 4 clients at once):
   anonymous ``POST @consultation-comments`` on one consultation, next to
   plain Plone's nearest equivalent, plone.app.discussion: anonymous
   ``POST @comments`` on one Document (discussion enabled, pre-moderation
   as zwgk has, the comment review workflow). Answers per second, failed
   posts, ZODB conflicts (each one a retried request), comments stored.
2. **Page**: a consultation with ``ZWGK_BENCH_APPROVED`` (2,000) approved
   comments, its first page and a middle page (20 comments each), next to a
   plain ``Document`` with the consultation's title and text in the same
   unit, uncached (plone.app.caching off). Server CPU milliseconds per
   request, one request at a time with the pages taking turns
   (``ZWGK_BENCH_SEQUENTIAL``, 40, the median counts), then requests per
   second from 4 client threads for ``ZWGK_BENCH_SECONDS`` (5) per page.

Figures go to standard output and ``benchmarks/results/participation.json``.
"""

from Acquisition import aq_parent
from concurrent.futures import ThreadPoolExecutor
from conftest import PORT
from datetime import timedelta
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import applyProfile
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from ZODB.POSException import ConflictError
from zwgk.participation import comments
from zwgk.participation import periods
from zwgk.participation import terms

import json
import os
import platform
import requests
import statistics
import threading
import time
import transaction


N = int(os.environ.get("ZWGK_BENCH_COMMENTS", "80"))
APPROVED = int(os.environ.get("ZWGK_BENCH_APPROVED", "2000"))
SEQUENTIAL = int(os.environ.get("ZWGK_BENCH_SEQUENTIAL", "40"))
SECONDS = float(os.environ.get("ZWGK_BENCH_SECONDS", "5"))
CLIENTS = 4
ZODB_CACHE_SIZE = int(os.environ.get("ZWGK_BENCH_ZODB_CACHE_SIZE", "50000"))
RESULTS = Path(__file__).parent / "results"
JSON = {"Accept": "application/json", "Content-Type": "application/json"}
CACHING = "plone.caching.interfaces.ICacheSettings.enabled"
DISCUSSION = "plone.app.discussion.interfaces.IDiscussionSettings"
TEXT = (
    "建议在老旧小区改造中统筹考虑加装电梯、增设停车位和完善无障碍设施，"
    "改造方案应充分听取居民意见，施工期间合理安排作业时间。"
)


def unit_and_consultation(portal):
    today = periods.today()
    unit = api.content.create(
        container=portal,
        type="OrgUnit",
        id="jsj",
        title="建设局",
        code="113601005",
        level="district",
    )
    api.content.transition(obj=unit, to_state="published")
    html = "<p>第一条 为推进老旧小区改造，提升居民居住品质，制定本方案。</p>" * 12
    consultation = api.content.create(
        container=unit,
        type="Consultation",
        id="consultation",
        title="关于《老旧小区改造三年行动方案（征求意见稿）》公开征求意见的公告",
        description="现就行动方案向社会公开征求意见。",
        draft=RichTextValue(html, "text/html", "text/x-html-safe"),
        explanation=RichTextValue(
            "<p>起草说明。</p>" * 6, "text/html", "text/x-html-safe"
        ),
        start=today - timedelta(days=5),
        end=today + timedelta(days=25),
        channels=["online"],
    )
    api.content.transition(obj=consultation, to_state="published")
    return unit, consultation


def plain_document(consultation, allow_discussion=False):
    document = createContentInContainer(
        aq_parent(consultation),
        "Document",
        checkConstraints=False,
        id="plain-document" if not allow_discussion else "discussed-document",
        title=consultation.Title(),
        description=consultation.Description(),
        text=consultation.draft,
    )
    if allow_discussion:
        document.allow_discussion = True
    api.content.transition(obj=document, to_state="published")
    return document


def enable_discussion():
    """plone.app.discussion as a district would run it: anonymous comments,
    pre-moderated (the comment review workflow)."""
    applyProfile(api.portal.get(), "plone.app.discussion:default")
    api.portal.set_registry_record(f"{DISCUSSION}.globally_enabled", True)
    api.portal.set_registry_record(f"{DISCUSSION}.anonymous_comments", True)
    api.portal.set_registry_record(f"{DISCUSSION}.moderation_enabled", True)
    workflow = api.portal.get_tool("portal_workflow")
    workflow.setChainForPortalTypes(("Discussion Item",), ("comment_review_workflow",))


def burst(post):
    """{per_second, failures, conflicts} of N posts from CLIENTS threads (as
    bench_submissions.py counts them)."""
    conflicts = []
    commit = transaction.Transaction.commit

    def counted(txn):
        try:
            return commit(txn)
        except ConflictError:
            conflicts.append(1)
            raise

    transaction.Transaction.commit = counted
    try:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            codes = list(pool.map(post, range(N)))
        seconds = time.perf_counter() - started
    finally:
        transaction.Transaction.commit = commit
    return {
        "posts": N,
        "seconds": round(seconds, 2),
        "per_second": round(N / seconds, 1),
        "failures": sum(code != 201 for code in codes),
        "conflicts": len(conflicts),
    }


def test_comment_burst(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    _unit, consultation = unit_and_consultation(portal)
    enable_discussion()
    document = plain_document(consultation, allow_discussion=True)
    api.portal.set_registry_record("zwgk.participation.comments_per_hour", N * 4)
    transaction.commit()
    zwgk_url = f"{consultation.absolute_url()}/@consultation-comments"
    plone_url = f"{document.absolute_url()}/@comments"

    def comment(n):
        body = {"text": f"第{n}条：{TEXT}"}
        return requests.post(zwgk_url, json=body, headers=JSON, timeout=120).status_code

    def discussion(n):
        body = {"text": f"第{n}条：{TEXT}", "author_name": "网民"}
        answer = requests.post(plone_url, json=body, headers=JSON, timeout=120)
        return 201 if answer.status_code in (200, 201, 204) else answer.status_code

    assert comment(-1) == 201
    assert discussion(-1) == 201, "plone.app.discussion refused the comment"
    figures = {
        "plain Plone (plone.app.discussion)": burst(discussion),
        "zwgk consultation comment": burst(comment),
    }
    transaction.begin()
    from plone.app.discussion.interfaces import IConversation

    figures["plain Plone (plone.app.discussion)"]["stored"] = (
        len(IConversation(document)) - 1
    )
    figures["zwgk consultation comment"]["stored"] = comments.count(consultation) - 1
    figures["ratio"] = round(
        figures["zwgk consultation comment"]["per_second"]
        / figures["plain Plone (plone.app.discussion)"]["per_second"],
        2,
    )
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
    report("burst", figures)


def sequential_cost(pages):
    """Median server CPU ms per request, one at a time, pages taking turns."""
    costs = {name: [] for name in pages}
    for _turn in range(SEQUENTIAL):
        for name, url in pages.items():
            cpu = time.process_time()
            answer = requests.get(url, timeout=60)
            costs[name].append(1000 * (time.process_time() - cpu))
            assert answer.status_code == 200, (name, answer.status_code)
    return {name: round(statistics.median(found), 2) for name, found in costs.items()}


def rate(url):
    """Requests per second from CLIENTS threads for SECONDS."""
    stop = time.perf_counter() + SECONDS
    counts, lock = [0], threading.Lock()

    def client():
        session = requests.Session()
        while time.perf_counter() < stop:
            session.get(url, timeout=60)
            with lock:
                counts[0] += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        for _n in range(CLIENTS):
            pool.submit(client)
    return round(counts[0] / (time.perf_counter() - started), 1)


def test_page_with_many_comments(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    _unit, consultation = unit_and_consultation(portal)
    document = plain_document(consultation)
    for n in range(APPROVED):
        comments.add(
            consultation, f"第{n}条：{TEXT}", name="张三", status=terms.APPROVED
        )
        if n % 500 == 499:
            transaction.commit()
    api.portal.set_registry_record(CACHING, False)
    transaction.commit()
    portal._p_jar.db().setCacheSize(ZODB_CACHE_SIZE)
    base = f"http://localhost:{PORT}/{portal.getId()}"
    relative = len(portal.absolute_url()) + 1
    page = f"{base}/{consultation.absolute_url()[relative:]}"
    pages = {
        f"consultation, {APPROVED} comments, page 1": page,
        "consultation, a middle page": f"{page}?page={APPROVED // 40 or 1}",
        "plain Document": f"{base}/{document.absolute_url()[relative:]}",
    }
    first = requests.get(pages[f"consultation, {APPROVED} comments, page 1"]).text
    assert f"公众意见（{APPROVED}条）" in first
    for url in pages.values():
        for _n in range(10):  # templates, catalog and ZODB caches
            requests.get(url, timeout=60)
    cost = sequential_cost(pages)
    rates = {name: rate(url) for name, url in pages.items()}
    document_cost = cost["plain Document"]
    figures = {
        name: {
            "sequential_cpu_ms": cost[name],
            "vs_document": round(document_cost / cost[name], 2),
            "per_second": rates[name],
        }
        for name in pages
    }
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
    report("page", figures)


def report(kind, figures):
    print(f"\n{kind}:", json.dumps(figures, ensure_ascii=False, indent=2))
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "participation.json"
    found = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    found[kind] = {"when": time.strftime("%Y-%m-%d %H:%M"), **figures}
    path.write_text(json.dumps(found, ensure_ascii=False, indent=2) + "\n", "utf-8")
