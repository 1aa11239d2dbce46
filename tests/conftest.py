"""pytest-plone fixtures built from zwgk's plone.app.testing layers."""

import os


# Compile the zh_CN catalogue (.mo files are built, not committed) before
# Zope reads the translations, as the instance does (instance.cfg).
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

from pytest_plone import fixtures_factory
from zwgk.testing import FUNCTIONAL_TESTING
from zwgk.testing import INTEGRATION_TESTING

import pytest


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture
def package_name() -> str:
    return "zwgk"


@pytest.fixture
def demo_portal(portal):
    """The integration portal with the demo district applied (rolled back after).

    Loading the district takes seconds: keep tests that need it few.
    """
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import applyProfile
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    applyProfile(portal, "zwgk:demo")
    return portal


ORG_CODE = "113601005"  # a 9-character organisation code with a valid check digit


@pytest.fixture
def manager(portal):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


@pytest.fixture
def finance(manager):
    """(unit, directory): 财政局 and its 财政预决算 directory."""
    from zwgk.testing import create_finance_unit

    return create_finance_unit(manager)


@pytest.fixture
def unit(finance):
    return finance[0]


@pytest.fixture
def directory(finance):
    return finance[1]


@pytest.fixture
def beijing_process(monkeypatch):
    """This process as the instance runs it: TZ=Asia/Shanghai when DateTime
    took its local zone (CST, which it maps to US/Central)."""
    import os
    import sys
    import time

    module = sys.modules["DateTime.DateTime"]
    monkeypatch.setattr(module, "_localzone0", "US/Central")
    monkeypatch.setattr(module, "_localzone1", "US/Central")
    monkeypatch.setattr(module, "_multipleZones", False)
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()
