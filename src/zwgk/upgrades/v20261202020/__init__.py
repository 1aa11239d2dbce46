"""互动交流 and 政务舆情: the types, workflows, permissions and settings of
citizens' messages and public-opinion events, and the 互动交流 section's view."""

from plone import api
from zwgk.upgrades import import_registry_file


SECTION = "hdjl"
LAYOUT = "published-messages"


def import_registry(context):
    import_registry_file("citizen_messages.xml")
    import_registry_file("public_opinion.xml")


def set_section_layout(context):
    """互动交流 lists the published messages (only the layout: titles an
    administrator changed stay)."""
    folder = api.portal.get().get(SECTION)
    if folder is not None:
        folder.setLayout(LAYOUT)


def add_opinion_folder(context):
    """The private ``public-opinion`` folder the office registers 舆情 in."""
    from zwgk.public_opinion.access import opinion_folder

    opinion_folder()
