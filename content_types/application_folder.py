"""ApplicationFolder 依申请公开申请: where a unit's applications are kept.

Made on the unit's first application (``zwgk.applications.intake``), with
View for the unit's staff only.

Simultaneous submissions to one unit must not conflict here. Adding to a
folder normally tells it it was modified, and Dexterity then reindexes it:
a new modification date and the same catalog record rewritten by every
submission, which no conflict resolution can merge; under load Zope's
retries ran out and an applicant got an error. An application added here
leaves the folder's date and catalog record alone. Should anything else
write the date at once, states that differ only there are still merged
(the later date wins); anything else conflicts.
"""

from OFS.event import ObjectWillBeAddedEvent
from plone.dexterity.content import Container
from plone.supermodel import model
from ZODB.POSException import ConflictError
from zope.event import notify
from zope.interface import implementer
from zope.lifecycleevent import ObjectAddedEvent


MERGEABLE = frozenset({"modification_date"})


class IApplicationFolder(model.Schema):
    """The applications of one unit."""


@implementer(IApplicationFolder)
class ApplicationFolder(Container):
    def _setObject(
        self, id, object, roles=None, user=None, set_owner=1, suppress_events=False
    ):
        """Add with the usual events except ``IContainerModifiedEvent``."""
        if suppress_events:
            return super()._setObject(id, object, roles, user, set_owner, True)
        id = self._checkId(id) or id
        notify(ObjectWillBeAddedEvent(object, self, id))
        id = super()._setObject(id, object, roles, user, set_owner, True)
        notify(ObjectAddedEvent(self._getOb(id), self, id))
        return id

    def _p_resolveConflict(self, old, committed, new):
        for key in set(old) | set(committed) | set(new):
            if key in MERGEABLE:
                continue
            mine, theirs, before = new.get(key), committed.get(key), old.get(key)
            if mine is theirs or mine == theirs:
                continue
            if theirs is before or theirs == before:
                continue  # only we changed it
            if mine is before or mine == before:
                new[key] = theirs  # only they changed it
                continue
            raise ConflictError(f"both changed {key}")
        dates = [
            s["modification_date"] for s in (committed, new) if "modification_date" in s
        ]
        if dates:
            new["modification_date"] = max(dates)
        return new
