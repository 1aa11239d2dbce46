"""Allocation of 索引号 (index numbers): per unit, per year, never reused.

The counter is a plain persistent object on the unit. Two transactions that
take a serial from the same unit and year both write it, so ZODB raises a
ConflictError for the second; Zope retries that request and it gets the next
serial. No conflict resolution here on purpose: merging would hand out one
number twice.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from datetime import datetime
from persistent import Persistent
from persistent.mapping import PersistentMapping
from zoneinfo import ZoneInfo
from zope.annotation.interfaces import IAnnotations
from zwgk.codes import format_index_number
from zwgk.content_types.org_unit import IOrgUnit


ANNOTATION_KEY = "zwgk.index_number_serials"
CHINA = ZoneInfo("Asia/Shanghai")


class SerialCounter(Persistent):
    """Last serial given per year."""

    def __init__(self):
        self.last = PersistentMapping()

    def next(self, year):
        serial = self.last.get(year, 0) + 1
        self.last[year] = serial
        # Touch self too, so concurrent first serials of a year still conflict.
        self._p_changed = True
        return serial


def owning_unit(obj):
    """The nearest OrgUnit containing ``obj`` (itself excluded), or None."""
    for parent in aq_chain(aq_inner(obj))[1:]:
        if IOrgUnit.providedBy(parent):
            return parent
    return None


def allocate_serial(unit, year):
    annotations = IAnnotations(unit)
    counter = annotations.get(ANNOTATION_KEY)
    if counter is None:
        counter = annotations[ANNOTATION_KEY] = SerialCounter()
    return counter.next(year)


def assign_index_number(obj, event=None):
    """Event handler (object added): give ``obj`` its index number once."""
    if getattr(obj, "index_number", None):
        return
    unit = owning_unit(obj)
    if unit is None or not getattr(unit, "code", None):
        return
    year = datetime.now(CHINA).year
    obj.index_number = format_index_number(unit.code, year, allocate_serial(unit, year))
