"""历史版本: every approved version of a standard directory, kept for the public.

When the competent department approves a directory, its table as approved
(metadata and rows) is frozen here. The public lists and reads earlier
versions; a later revision never changes what was approved before.
"""

from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest
from zwgk.codes import china_today
from zwgk.content_types.directory import IDisclosureDirectory
from zwgk.directories.importer import rows
from zwgk.index_numbers import KEEP_IMPORTED
from zwgk.index_numbers import owning_unit
from zwgk.stored_state import StoredState


KEY = "zwgk.directory_versions"


def versions(directory):
    """Approved versions, oldest first: dicts with number, version, rows …"""
    return list(IAnnotations(directory).get(KEY, ()))


def freeze(directory, event=None):
    """Event handler (after a transition): keep the table the competent
    department approved."""
    if event is not None and (
        event.transition is None or event.transition.id != "approve"
    ):
        return
    request = getRequest()
    if request is not None and request.get(KEEP_IMPORTED):
        return  # an import replays the workflow and restores the versions itself
    annotations = IAnnotations(directory)
    if KEY not in annotations:
        annotations[KEY] = PersistentList()
    competent = directory.competent_department
    approver = None
    if competent is not None and not competent.isBroken():
        approver = competent.to_object
    owner = owning_unit(directory)
    annotations[KEY].append(
        PersistentMapping(
            number=len(annotations[KEY]) + 1,
            version=directory.version,
            title=directory.Title(),
            in_force_from=directory.in_force_from,
            approved_on=china_today(),
            approved_by=api.user.get_current().getId(),
            competent=approver.Title() if approver is not None else "",
            unit=owner.Title() if owner is not None else "",
            rows=[PersistentMapping(row) for row in rows(directory)],
        )
    )


# 历史版本 travel with the directory when a district moves (zwgk.stored_state)
STORED = StoredState(kind=IDisclosureDirectory, annotations=(KEY,))
