"""Page caching (plone.app.caching) and the dates the feeds sort on."""

from pathlib import Path
from plone import api
from plone.app.registry.exportimport.handler import RegistryImporter
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zwgk.publication import fill_dates

import logging


CACHING = (
    Path(__file__).parents[2] / "profiles" / "default" / "registry" / "caching.xml"
)


class _Environ:
    """Just enough of a GenericSetup import context for one registry file."""

    def getLogger(self, name):
        return logging.getLogger(name)

    def shouldPurge(self):
        return False


def install_caching(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runAllImportStepsFromProfile(
        "profile-plone.app.caching:default", purge_old=False
    )
    # only the caching file: registry.xml would reset the districts' settings
    RegistryImporter(getUtility(IRegistry), _Environ()).importDocument(
        CACHING.read_bytes()
    )


def date_published_information(context):
    """Published information without 发布日期 / effective date gets them."""
    for brain in api.content.find(
        portal_type=["GovernmentInformation", "PolicyInterpretation"],
        review_state="published",
    ):
        fill_dates(brain.getObject())
