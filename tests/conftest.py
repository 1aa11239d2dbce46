"""pytest-plone fixtures built from zwgk's plone.app.testing layers."""

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
    """The integration portal with the demo district applied (rolled back after)."""
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import applyProfile
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    applyProfile(portal, "zwgk:demo")
    return portal
