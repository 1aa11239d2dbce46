"""A burst of 依申请公开 submissions and of 网民留言, next to plain Plone
creating Documents.

Run with ``make benchmark-submissions`` (``ZWGK_BENCH_SUBMISSIONS`` sets the
count, default 80). The layer's WSGI server has 4 threads and Zope's 3
conflict retries, as ``instance.cfg``; 4 clients post at once, over HTTP:

- zwgk: anonymous ``POST @disclosure-applications`` to one unit (checks,
  tracking number, query code hash, catalog), which take turns
  (``zwgk.applications.turns``);
- zwgk: anonymous ``POST @citizen-messages`` (checks, tracking number,
  query code hash, catalog), taking turns the same way;
- the same without the turns, to tell whether they are still needed;
- plain Plone: ``POST`` of a Document into one folder through
  plone.restapi, as a Manager, the nearest thing plain Plone has.

It counts answers per second, failures and ZODB conflicts (each one a
retried request). Figures go to standard output and
``benchmarks/results/submissions.json``.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from ZODB.POSException import ConflictError

import json
import os
import platform
import requests
import time
import transaction


N = int(os.environ.get("ZWGK_BENCH_SUBMISSIONS", "80"))
CLIENTS = 4
RESULTS = Path(__file__).parent / "results"
JSON = {"Accept": "application/json"}


def application(unit_uid, n):
    return {
        "applicant_type": "natural_person",
        "name": "张三",
        "id_type": "resident_id",
        "id_number": "11010519491231002X",
        "phone": "0791-88888888",
        "unit": unit_uid,
        "information": f"2025年第{n}项财政专项资金的分配结果",
        "form": "electronic",
        "delivery": "post",
        "address": "南昌市经开区某路1号",
    }


def burst(post):
    """{per_second, failures, conflicts} of N posts from CLIENTS threads."""
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


def without_turns(post):
    """A burst with the submissions' turns switched off."""
    from zwgk.applications import public

    take_turn = public.take_turn
    public.take_turn = lambda: None
    try:
        return burst(post)
    finally:
        public.take_turn = take_turn


def test_submission_burst(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit = api.content.create(
        container=portal, type="OrgUnit", id="czj", title="财政局", code="113601005"
    )
    api.content.transition(obj=unit, to_state="published")
    folder = api.content.create(portal, type="Folder", id="docs", title="文档")
    api.portal.set_registry_record("zwgk.applications.submissions_per_hour", N * 2)
    api.portal.set_registry_record("zwgk.citizen_messages.submissions_per_hour", N * 2)
    transaction.commit()
    site, uid = portal.absolute_url(), unit.UID()

    def submit(n):
        url = f"{site}/@disclosure-applications"
        body = application(uid, n)
        return requests.post(url, json=body, headers=JSON, timeout=120).status_code

    def message(n):
        body = {
            "kind": "consultation",
            "subject": f"第{n}条留言：路灯维修",
            "body": "某小区门口路灯一周不亮，请问由哪个部门负责维修？",
            "name": "李四",
            "contact": "13800138000",
            "consent": "yes",
        }
        url = f"{site}/@citizen-messages"
        return requests.post(url, json=body, headers=JSON, timeout=120).status_code

    def document(n):
        body = {"@type": "Document", "title": f"关于做好第{n}项工作的通知"}
        return requests.post(
            folder.absolute_url(),
            json=body,
            headers=JSON,
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            timeout=120,
        ).status_code

    submit(-1), message(-1), document(-1)  # warm up: folders, the first Document
    figures = {
        "plain Plone Document": burst(document),
        "zwgk application": burst(submit),
        "zwgk message": burst(message),
        "zwgk application without turns": without_turns(submit),
    }
    figures["ratio"] = round(
        figures["zwgk application"]["per_second"]
        / figures["plain Plone Document"]["per_second"],
        2,
    )
    figures["message ratio"] = round(
        figures["zwgk message"]["per_second"]
        / figures["plain Plone Document"]["per_second"],
        2,
    )
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "submissions.json").write_text(
        json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
