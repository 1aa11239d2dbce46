"""plone.app.testing layers for zwgk (used by the pytest fixtures in tests/)."""

from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing.zope import WSGI_SERVER_FIXTURE

import zwgk


class ZwgkLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        self.loadZCML(package=zwgk)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "zwgk:default")


FIXTURE = ZwgkLayer()


class ZwgkFunctionalTesting(FunctionalTesting):
    """Each test starts with an empty page cache: every test's database starts
    from the same catalog counter, so a page cached by an earlier test would
    carry the same ETag as this test's different page."""

    def testSetUp(self):
        super().testSetUp()
        from zwgk.caching import clear_page_cache

        clear_page_cache()


INTEGRATION_TESTING = IntegrationTesting(bases=(FIXTURE,), name="Zwgk:Integration")
FUNCTIONAL_TESTING = ZwgkFunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="Zwgk:Functional"
)


def create_finance_unit(portal, directory_id="czyjs"):
    """The 财政局 unit with its 财政预决算 directory: a fixture for tests and
    benchmarks. Returns (unit, directory)."""
    from plone import api

    unit = api.content.create(
        container=portal,
        type="OrgUnit",
        id="czj",
        title="财政局",
        code="113601005",
        level="district",
    )
    directory = api.content.create(
        container=unit,
        type="DisclosureDirectory",
        id=directory_id,
        title="财政预决算领域基层政务公开标准目录",
        area="budgets-and-final-accounts",
        level="district",
    )
    return unit, directory
