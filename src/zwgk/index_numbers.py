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
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest
from zwgk.codes import CHINA
from zwgk.codes import InvalidCode
from zwgk.codes import format_index_number
from zwgk.codes import parse_index_number
from zwgk.content_types.org_unit import IOrgUnit


ANNOTATION_KEY = "zwgk.index_number_serials"
# Request flag: an import restores numbers (and other stored records) itself
# (see zwgk.bulk.exportimport).
KEEP_IMPORTED = "zwgk.keep_imported_index_numbers"


class SerialCounter(Persistent):
    """Last serial given per year."""

    def __init__(self):
        self.last = PersistentMapping()

    def reserve(self, year, serial):
        """An imported serial: never hand it out again."""
        if self.last.get(year, 0) < serial:
            self.last[year] = serial

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


def _counter(unit):
    annotations = IAnnotations(unit)
    counter = annotations.get(ANNOTATION_KEY)
    if counter is None:
        counter = annotations[ANNOTATION_KEY] = SerialCounter()
    return counter


def allocate_serial(unit, year):
    return _counter(unit).next(year)


def reserve_index_number(obj, number):
    """Keep an existing number (bulk load, import); the unit's counter moves past it.

    A number of another unit (content moved between units) is kept as it is.
    """
    try:
        code, year, serial = parse_index_number(number)
    except InvalidCode:
        return
    unit = owning_unit(obj)
    if unit is not None and getattr(unit, "code", None) == code:
        _counter(unit).reserve(year, serial)


def _give_new_number(obj):
    unit = owning_unit(obj)
    if unit is None or not getattr(unit, "code", None):
        return
    year = datetime.now(CHINA).year
    obj.index_number = format_index_number(unit.code, year, allocate_serial(unit, year))


def assign_index_number(obj, event=None):
    """Event handler (object added): give ``obj`` its index number once."""
    number = getattr(obj, "index_number", None)
    if number:
        reserve_index_number(obj, number)
        return
    request = getRequest()
    if request is not None and request.get(KEEP_IMPORTED):
        return  # the import restores the exported number, or calls us again
    _give_new_number(obj)


def restore_index_number(obj, number):
    """Set the number an export carried, or give a new one if it had none."""
    if number:
        obj.index_number = number
        reserve_index_number(obj, number)
    elif not getattr(obj, "index_number", None):
        _give_new_number(obj)


def forget_index_number(obj, event=None):
    """Event handler (object copied): a copy is new information, with its own number."""
    obj.index_number = None
