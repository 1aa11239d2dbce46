"""Real-browser tests: Debian's headless Chromium, driven by Playwright, reads
the demo district from a WSGI server (zwgk.testing.BROWSER_TESTING).

One server layer and one browser for the whole session; each test gets a
fresh browser context (no cookies) and a fresh DemoStorage. What the tests
need is installed by ``make test`` (scripts/browser_deps.sh): nothing here
skips when it is missing, it fails and says what to run.
"""

from pathlib import Path
from playwright.sync_api import sync_playwright
from pytest_plone import fixtures_factory
from zwgk.testing import BROWSER_TESTING

import json
import pytest


ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
SITE = "plone"


globals().update(fixtures_factory(((BROWSER_TESTING, "browser_site"),)))


def pytest_collection_modifyitems(session, config, items):
    """Browser tests run last: while their layer (with the demo district) is
    set up, its storage is the top of the stack every functional test uses."""
    browser = [item for item in items if "tests/browser/" in item.nodeid]
    items[:] = [item for item in items if item not in browser] + browser


@pytest.fixture(scope="session")
def chromium():
    assert CHROMIUM.exists(), "Debian's chromium is missing: run `make browser-deps`"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def portal_url(browser_site):
    return f"http://{browser_site['host']}:{browser_site['port']}/{SITE}"


def _context(chromium, **options):
    context = chromium.new_context(locale="zh-CN", **options)
    context.set_default_timeout(15_000)
    return context


@pytest.fixture(scope="session")
def desktop(chromium):
    """One desktop browser context for the session: its HTTP cache spares
    reloading Plone's scripts on every test; cookies are cleared per test."""
    context = _context(chromium, viewport=DESKTOP, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture(scope="session")
def phone(chromium):
    context = _context(
        chromium, viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    yield context
    context.close()


def _fresh_page(context):
    context.clear_cookies()
    page = context.new_page()
    yield page
    # closing a page in the middle of a navigation can hang Chromium for good
    page.wait_for_load_state()
    page.close()


@pytest.fixture
def page(desktop, portal_url):
    yield from _fresh_page(desktop)


@pytest.fixture
def phone_page(phone, portal_url):
    yield from _fresh_page(phone)


@pytest.fixture
def no_js_page(chromium, portal_url):
    """A reader whose browser runs no JavaScript."""
    context = _context(chromium, viewport=DESKTOP, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    assert AXE.exists(), f"{AXE} is missing: run `make browser-deps` (npm ci)"
    return AXE.read_text(encoding="utf-8")


SERIOUS = ("serious", "critical")


@pytest.fixture
def axe_violations(axe_source):
    """``check(page)``: axe-core's serious and critical violations on the page,
    as readable lines (rule, impact, the offending elements)."""

    def check(page):
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(content=axe_source)
        result = page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations']})"
        )
        return [
            f"{v['id']} ({v['impact']}): {v['help']} -- "
            + json.dumps([n["target"] for n in v["nodes"]][:5], ensure_ascii=False)
            for v in result["violations"]
            if v["impact"] in SERIOUS
        ]

    return check
