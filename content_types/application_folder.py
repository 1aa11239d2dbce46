"""ApplicationFolder 依申请公开申请: where a unit's applications are kept.

Made on the unit's first application (``zwgk.applications.intake``), with
View for the unit's staff only. Every added application reindexes the
folder, which writes its modification date; two simultaneous submissions
would conflict on that alone, so conflicting states that differ only there
are merged (the later date wins). Anything else still conflicts.
"""

from plone.dexterity.content import Container
from plone.supermodel import model
from ZODB.POSException import ConflictError
from zope.interface import implementer


MERGEABLE = frozenset({"modification_date"})


class IApplicationFolder(model.Schema):
    """The applications of one unit."""


@implementer(IApplicationFolder)
class ApplicationFolder(Container):
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
