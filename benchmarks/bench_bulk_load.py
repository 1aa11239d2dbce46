"""Bulk creation speed: zwgk's bulk paths next to plain Plone Documents.

Run with ``make benchmark`` (``ZWGK_BENCH_N`` sets the count, default
10000). Three timings in one run, each on the same fresh site, committing
every ``BATCH`` objects as a real load would:

- plain Plone: ``plone.api.content.create`` of Documents in a Folder, ids
  given (without an id plone.api renames each new object, which costs more
  the fuller the folder);
- zwgk: GovernmentInformation records through ``zwgk.bulk.loader.load`` (REST-style
  deserialization and validation, index numbers, relations to an item);
- zwgk: one N-row directory spreadsheet through ``import_directory``.

Figures go to standard output and ``benchmarks/results/bulk_load.json``.
"""

from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zwgk.bulk.loader import load
from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.importer import import_directory
from zwgk.directories.importer import vocabularies
from zwgk.testing import create_finance_unit

import json
import os
import platform
import time
import transaction


N = int(os.environ.get("ZWGK_BENCH_N", "10000"))
BATCH = 1000
RESULTS = Path(__file__).parent / "results"


def timed(create):
    """Items per second of ``create(start, stop)`` over N, committing per batch."""
    started = time.perf_counter()
    for start in range(0, N, BATCH):
        create(start, min(start + BATCH, N))
        transaction.commit()
    seconds = time.perf_counter() - started
    return {"items": N, "seconds": round(seconds, 2), "per_second": round(N / seconds)}


def documents(portal):
    folder = api.content.create(
        container=portal, type="Folder", id="docs", title="文档"
    )

    def create(start, stop):
        for n in range(start, stop):
            api.content.create(
                container=folder,
                type="Document",
                id=f"doc-{n}",  # plone.api at its fastest: no temporary id and rename
                title=f"关于做好第{n}项工作的通知",
                description="演示文档",
                text=f"<p>第{n}项工作的正文。</p>",
            )

    return create


def information(portal, item_uid):
    def create(start, stop):
        load(
            portal,
            [
                {
                    "@type": "GovernmentInformation",
                    "parent": "czj",
                    "title": f"关于做好第{n}项工作的通知",
                    "description": "演示信息",
                    "document_number": f"洪经财字〔2026〕{n}号",
                    "publisher": "区财政局",
                    "written_date": "2026-03-01",
                    "publication_date": "2026-03-05",
                    "topic": "finance",
                    "genre": "notice",
                    "disclosure_attribute": "proactive",
                    "disclosure_items": [item_uid],
                    "text": f"<p>第{n}项工作的正文。</p>",
                }
                for n in range(start, stop)
            ],
        )

    return create


def directory_table(rows):
    items = [
        {
            "item_level1": f"一级事项{n // 10}",
            "item_level2": f"二级事项{n}",
            "content": "办理事项、申请条件、办理流程、办理时间地点、联系方式",
            "basis": "《中华人民共和国政府信息公开条例》",
            "time_limit": "信息形成或变更之日起20个工作日内",
            "responsible_body": "区财政局",
            "channels": ["government-website", "service-center"],
            "audience": "public",
            "mode": "proactive",
            "levels": ["district", "town"],
        }
        for n in range(rows)
    ]
    return items


def test_bulk_load(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(portal, directory_id="ml")
    small = directory_io.export_csv(directory_table(1), vocabularies(directory))
    import_directory(directory, small, "x.csv")
    item_uid = directory.items_in_order()[0].UID()
    transaction.commit()

    figures = {"documents": timed(documents(portal))}
    figures["information"] = timed(information(portal, item_uid))

    big = api.content.create(
        container=unit,
        type="DisclosureDirectory",
        id="big",
        title="大目录",
        area="social-assistance",
        level="district",
    )
    data = directory_io.export_xlsx(directory_table(N), vocabularies(big))
    started = time.perf_counter()
    import_directory(big, data, "big.xlsx")
    transaction.commit()
    seconds = time.perf_counter() - started
    figures["directory_rows"] = {
        "items": N,
        "seconds": round(seconds, 2),
        "per_second": round(N / seconds),
    }
    base = figures["documents"]["per_second"]
    for key in ("information", "directory_rows"):
        figures[key]["cost_vs_document"] = round(base / figures[key]["per_second"], 2)
    figures["machine"] = f"{platform.python_version()}, {os.cpu_count()} CPUs"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bulk_load.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures, indent=2, ensure_ascii=False))
