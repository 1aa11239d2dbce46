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


INTEGRATION_TESTING = IntegrationTesting(bases=(FIXTURE,), name="Zwgk:Integration")
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="Zwgk:Functional"
)
