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


STAFF_PASSWORD = "pw-12345678"
STAFF_KINDS = ("editors", "reviewers", "approvers")


def add_staffed_unit(container, unit_id, title, code, level="district"):
    """A published unit with one account per staff group: <unit>-editor,
    <unit>-reviewer, <unit>-approver (password STAFF_PASSWORD)."""
    from plone import api

    unit = api.content.create(
        container=container,
        type="OrgUnit",
        id=unit_id,
        title=title,
        code=code,
        level=level,
    )
    api.content.transition(obj=unit, to_state="published")
    for kind in STAFF_KINDS:
        user_id = f"{unit_id}-{kind[:-1]}"
        api.user.create(
            email=f"{user_id}@example.org", username=user_id, password=STAFF_PASSWORD
        )
        api.group.add_user(groupname=f"{unit_id}-{kind}", username=user_id)
    return unit


def make_item(directory, level1, level2, **extra):
    from plone import api

    fields = dict(
        item_level1=level1,
        item_level2=level2 or None,
        content="一般公共预算收支表",
        basis="《中华人民共和国预算法》",
        time_limit="批准后20日内",
        responsible_body="区财政局",
        channels=["government-website"],
        audience="public",
        mode="proactive",
        levels=["district"],
    )
    fields.update(extra)
    return api.content.create(
        container=directory, type="DisclosureItem", title=level1, **fields
    )


def assert_bad_request(answer):
    """A 400 that says in Chinese what is wrong (JSON ``message`` or text)."""
    import re

    assert answer.status_code == 400, (answer.status_code, answer.text[:300])
    is_json = "json" in answer.headers.get("Content-Type", "")
    message = answer.json()["message"] if is_json else answer.text
    assert re.search("[\u4e00-\u9fff]", message), message
    return message


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
