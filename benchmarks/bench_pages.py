"""Page speed: anonymous requests per second of the portal's pages, next to
a plain Plone ``Document`` on the same site, uncached and with zwgk's
plone.app.caching rules (issue #5, "Speed").

Run with ``make benchmark-pages`` (wrk must be installed; the make target
installs Debian's ``wrk`` if it is missing). The portal is zwgk's functional
test layer served by a real WSGI server (waitress, in this process) on
``ZWGK_BENCH_PORT`` (8098), with the demo district plus one 200-row standard
directory. wrk runs ``ZWGK_BENCH_SECONDS`` (6) per page with
``ZWGK_BENCH_CONNECTIONS`` (4) connections on 2 threads, after a warm-up;
the pages take turns ``ZWGK_BENCH_ROUNDS`` (5) times and the median counts,
so a burst of load from elsewhere on shared CPUs hits all pages alike.
Before wrk, ``ZWGK_BENCH_SEQUENTIAL`` (30) requests per page, one at a
time and taking turns request by request, give the server's CPU time per
request: the steadiest comparison on a shared machine.

Pages: home (the site root), the 200-row directory table, a piece of
published information, a search results page (``ZWGK_BENCH_SEARCH``, a path
and query below the site, default ``@@search?SearchableText=预算``) and a
plain ``Document`` with the information's title and text, in the same
unit folder (same navigation and portlets around it). Figures go to
standard output and ``benchmarks/results/pages.json``.
"""

from Acquisition import aq_parent
from conftest import PORT
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import applyProfile
from plone.app.testing import setRoles
from plone.dexterity.utils import createContentInContainer
from urllib.parse import quote
from zwgk.portal.caching import clear_page_cache
from zwgk.upgrades import set_state

import json
import os
import platform
import re
import requests
import shutil
import statistics
import subprocess
import time
import transaction


SECONDS = int(os.environ.get("ZWGK_BENCH_SECONDS", "6"))
CONNECTIONS = int(os.environ.get("ZWGK_BENCH_CONNECTIONS", "4"))
# the CPUs are shared: pages take turns, ROUNDS times, and the median counts
ROUNDS = int(os.environ.get("ZWGK_BENCH_ROUNDS", "5"))
SEQUENTIAL = int(os.environ.get("ZWGK_BENCH_SEQUENTIAL", "30"))
SEARCH = os.environ.get("ZWGK_BENCH_SEARCH", "@@search?SearchableText=预算")
ROWS = 200
RESULTS = Path(__file__).parent / "results"
CACHING = "plone.caching.interfaces.ICacheSettings.enabled"
# the portal's ZODB object cache per connection (instance.cfg's
# zodb-cache-size); the test layer's database keeps ZODB's default of 400,
# too small for one 200-row directory, so every page would read objects
# from the storage again on each request
ZODB_CACHE_SIZE = int(os.environ.get("ZWGK_BENCH_ZODB_CACHE_SIZE", "50000"))


def big_directory(portal):
    """A published standard directory of ROWS items in the demo's 公开办."""
    unit = portal.zwgk.gkb if "gkb" in portal.zwgk else portal
    directory = api.content.create(
        container=unit,
        type="DisclosureDirectory",
        id="bench-directory",
        title="基准测试用标准目录（200项）",
        area="budgets-and-final-accounts",
        level="district",
    )
    for n in range(ROWS):
        api.content.create(
            container=directory,
            type="DisclosureItem",
            id=f"item-{n}",
            title=f"一级事项{n // 10}",
            item_level1=f"一级事项{n // 10}",
            item_level2=f"二级事项{n}",
            content="一般公共预算收支表、政府性基金预算收支表、国有资本经营预算收支表",
            basis="《中华人民共和国预算法》《中华人民共和国政府信息公开条例》",
            time_limit="批准后20日内",
            responsible_body="区财政局",
            channels=["government-website"],
            audience="public",
            mode="proactive",
            levels=["district"],
        )
    set_state(directory, "zwgk_directory_workflow", "published", "基准测试")
    return directory


def plain_document(like):
    """A published Document with the information's title and text, beside it
    in the same unit, so the portal's navigation and portlets around both
    cost the same (a unit does not allow Documents: the constraint is
    skipped)."""
    document = createContentInContainer(
        aq_parent(like),
        "Document",
        checkConstraints=False,
        id="bench-document",
        title=like.Title(),
        description=like.Description(),
        text=getattr(like, "text", None),
    )
    api.content.transition(obj=document, to_state="published")
    return document


def site(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    applyProfile(portal, "zwgk:demo")
    directory = big_directory(portal)
    brains = api.content.find(
        portal_type="GovernmentInformation",
        review_state="published",
        sort_on="getId",
    )
    information = max(
        (b.getObject() for b in brains),
        key=lambda obj: len(obj.text.raw) if getattr(obj, "text", None) else 0,
    )
    document = plain_document(information)
    transaction.commit()
    base = f"http://localhost:{PORT}/{portal.getId()}"
    path, _sep, query = SEARCH.partition("?")
    search = f"{base}/{path}" + (f"?{quote(query, safe='=&')}" if query else "")
    relative = len(portal.absolute_url()) + 1
    return {
        "home": base,
        "directory table (200 rows)": f"{base}/{directory.absolute_url()[relative:]}",
        "information": f"{base}/{information.absolute_url()[relative:]}",
        "search results": search,
        "plain Document": f"{base}/{document.absolute_url()[relative:]}",
    }


def warm_up(url):
    for _ in range(20):  # templates, catalog and ZODB caches
        requests.get(url, timeout=60)


def wrk(url):
    """Requests per second, the server's CPU time per request (the server is
    this process; other load on the machine barely changes it) and the count
    of non-2xx answers, of one wrk run."""
    cpu = time.process_time()
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--timeout",
            "30s",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cpu = time.process_time() - cpu
    count = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors:.*", output)
    return {
        "per_second": round(rate, 1),
        "cpu_ms": round(1000 * cpu / max(count, 1), 1),
        "non_2xx": int(failed.group(1)) if failed else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


def sequential_cost(pages, turns=SEQUENTIAL):
    """Median milliseconds of server CPU per request, one request at a time,
    the pages taking turns request by request: load from elsewhere drifts
    over minutes, so this compares the pages more fairly than the rates."""
    costs = {name: [] for name in pages}
    for _turn in range(turns):
        for name, url in pages.items():
            cpu = time.process_time()
            requests.get(url, timeout=60)
            costs[name].append(1000 * (time.process_time() - cpu))
    return {name: round(statistics.median(found), 1) for name, found in costs.items()}


def set_caching(enabled):
    api.portal.set_registry_record(CACHING, enabled)
    transaction.commit()
    clear_page_cache()


def test_page_speed(functional_portal):
    assert shutil.which("wrk"), "install wrk (make benchmark-pages does)"
    pages = site(functional_portal)
    functional_portal._p_jar.db().setCacheSize(ZODB_CACHE_SIZE)
    for name, url in pages.items():
        response = requests.get(url, timeout=60)
        assert response.status_code == 200, (name, url, response.status_code)
    figures = {}
    load = os.getloadavg()
    for mode, enabled in (("uncached", False), ("cached", True)):
        set_caching(enabled)
        for url in pages.values():
            warm_up(url)
        if enabled:
            second = requests.get(pages["information"], timeout=60)
            assert second.headers.get("X-RAMCache"), "the RAM cache is not used"
        cost = sequential_cost(pages)
        runs = {name: [] for name in pages}
        for _round in range(ROUNDS):
            for name, url in pages.items():
                runs[name].append(wrk(url))
        figures[mode] = {
            name: {
                "per_second": statistics.median(r["per_second"] for r in found),
                "best": max(r["per_second"] for r in found),
                "cpu_ms": statistics.median(r["cpu_ms"] for r in found),
                "sequential_cpu_ms": cost[name],
                "rounds": found,
            }
            for name, found in runs.items()
        }
    set_caching(True)
    document = figures["uncached"]["plain Document"]
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_before": load,
        "load_average_after": os.getloadavg(),
        "seconds_per_page": SECONDS,
        "rounds": ROUNDS,
        "connections": CONNECTIONS,
        "urls": pages,
        "figures": figures,
    }
    print(
        f"\nPage speed (requests/s, median of {ROUNDS} × {SECONDS}s, "
        f"{CONNECTIONS} connections; load {load[0]:.1f} → {os.getloadavg()[0]:.1f})"
    )
    print(
        f"{'page':28} {'uncached':>9} {'best':>6} {'CPU ms':>7} {'vs Doc':>7}"
        f" {'1-by-1 ms':>9} {'vs Doc':>7}"
        f" {'cached':>8} {'CPU ms':>7} {'× uncached':>10}"
    )
    for name in pages:
        uncached = figures["uncached"][name]
        cached = figures["cached"][name]
        print(
            f"{name:28} {uncached['per_second']:9.1f} {uncached['best']:6.1f}"
            f" {uncached['cpu_ms']:7.1f}"
            f" {uncached['per_second'] / document['per_second']:7.2f}"
            f" {uncached['sequential_cpu_ms']:9.1f}"
            f" {document['sequential_cpu_ms'] / uncached['sequential_cpu_ms']:7.2f}"
            f" {cached['per_second']:8.1f} {cached['cpu_ms']:7.1f}"
            f" {cached['per_second'] / uncached['per_second']:10.1f}"
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "pages.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
