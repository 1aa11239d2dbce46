"""公开主体 moves from ``subject`` (Dublin Core's keywords) to ``responsible_body``."""

from plone import api

import logging


logger = logging.getLogger("zwgk.upgrades")


def move_responsible_body(context):
    """Items created before kept 公开主体 in ``subject``, which Plone treats as tags."""
    moved = 0
    for brain in api.content.find(portal_type="DisclosureItem"):
        item = brain.getObject()
        old = item.__dict__.get("subject")
        if old and not getattr(item, "responsible_body", None):
            text = old if isinstance(old, str) else "；".join(old)
            item.responsible_body = text
            item.subject = ()
            item.reindexObject()
            moved += 1
    logger.info("公开主体 moved to responsible_body on %d items", moved)


def move_in_force_date(context):
    """Directories kept 生效日期 in ``effective_date``, Dublin Core's DateTime
    publication date, which broke the byline and the ``effective`` index."""
    import datetime

    for brain in api.content.find(portal_type="DisclosureDirectory"):
        directory = brain.getObject()
        value = directory.__dict__.get("effective_date")
        if isinstance(value, datetime.date):
            directory.in_force_from = value
            del directory.effective_date  # back to the class default (None)
            directory.reindexObject()
