"""Page caching (plone.app.caching) and the dates the feeds sort on."""

from plone import api
from zwgk.publication import fill_dates
from zwgk.upgrades import import_registry_file


def install_caching(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runAllImportStepsFromProfile(
        "profile-plone.app.caching:default", purge_old=False
    )
    import_registry_file("caching.xml")


def date_published_information(context):
    """Published information without 发布日期 / effective date gets them."""
    for brain in api.content.find(
        portal_type=["GovernmentInformation", "PolicyInterpretation"],
        review_state="published",
    ):
        fill_dates(brain.getObject())
