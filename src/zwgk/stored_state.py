"""What features store beside their schema fields, so a district can move.

collective.exportimport carries each object's schema fields, workflow
history, relations and local roles. Some records live elsewhere: a
directory's 历史版本 (an annotation), the yearly reviews of withheld
information (an annotation), an application's clock, deadline log and
query-code hash (attributes outside its schema). A feature names them by
registering a ``StoredState`` utility; ``dump`` and ``load`` turn them into
JSON and back for the export and import views (``zwgk.bulk.exportimport``).

Values are JSON with tagged dates (``{"@date": "2026-03-01"}``), datetimes,
Zope ``DateTime``s and the dataclasses a feature lists (``{"@class":
"zwgk.applications.clock.Pause", ...}``); lists and dicts come back as
``PersistentList`` / ``PersistentMapping`` when they were persistent.
"""

from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import is_dataclass
from DateTime import DateTime
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtilitiesFor
from zope.interface import Interface
from zope.interface import implementer

import datetime


class IStoredState(Interface):
    """Records of a feature that its schema does not hold."""


@implementer(IStoredState)
@dataclass(frozen=True)
class StoredState:
    """Annotation keys and attribute names kept on objects of ``kind``;
    ``classes`` are the dataclasses their values may contain;
    ``restore(obj)`` runs after an object got its records back."""

    kind: type = Interface
    annotations: tuple = ()
    attributes: tuple = ()
    classes: tuple = ()
    restore: object = None


def _states(obj):
    return [
        state
        for _, state in getUtilitiesFor(IStoredState)
        if state.kind.providedBy(obj)
    ]


def _class_name(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def encode(value, classes=()):
    if isinstance(value, datetime.datetime):
        return {"@datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"@date": value.isoformat()}
    if isinstance(value, DateTime):
        return {"@DateTime": value.ISO8601()}
    if is_dataclass(value) and type(value) in classes:
        data = {k: encode(v, classes) for k, v in asdict(value).items()}
        return {"@class": _class_name(type(value)), **data}
    if isinstance(value, PersistentMapping):
        return {"@persistent": {k: encode(v, classes) for k, v in value.items()}}
    if isinstance(value, dict):
        return {k: encode(v, classes) for k, v in value.items()}
    if isinstance(value, PersistentList):
        return {"@persistent": [encode(v, classes) for v in value]}
    if isinstance(value, tuple):
        return {"@tuple": [encode(v, classes) for v in value]}
    if isinstance(value, list):
        return [encode(v, classes) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"zwgk cannot export a {type(value).__name__}")


def decode(value, classes=()):
    if isinstance(value, list):
        return [decode(v, classes) for v in value]
    if not isinstance(value, dict):
        return value
    if "@date" in value:
        return datetime.date.fromisoformat(value["@date"])
    if "@datetime" in value:
        return datetime.datetime.fromisoformat(value["@datetime"])
    if "@DateTime" in value:
        return DateTime(value["@DateTime"])
    if "@tuple" in value:
        return tuple(decode(v, classes) for v in value["@tuple"])
    if "@persistent" in value:
        inner = value["@persistent"]
        if isinstance(inner, list):
            return PersistentList(decode(v, classes) for v in inner)
        return PersistentMapping({k: decode(v, classes) for k, v in inner.items()})
    if "@class" in value:
        allowed = {_class_name(cls): cls for cls in classes}
        name = value["@class"]
        if name not in allowed:  # never import a class named by a file
            raise ValueError(f"zwgk does not import objects of {name}")
        data = {k: decode(v, classes) for k, v in value.items() if k != "@class"}
        return allowed[name](**data)
    return {k: decode(v, classes) for k, v in value.items()}


def dump(obj):
    """{"annotations": {...}, "attributes": {...}} of ``obj``, or None."""
    annotations, attributes = {}, {}
    for state in _states(obj):
        stored = IAnnotations(obj, {})
        for key in state.annotations:
            if key in stored:
                annotations[key] = encode(stored[key], state.classes)
        for name in state.attributes:
            if name in obj.__dict__:
                attributes[name] = encode(obj.__dict__[name], state.classes)
    if not annotations and not attributes:
        return None
    return {"annotations": annotations, "attributes": attributes}


def load(obj, data):
    """Give ``obj`` the records ``dump`` wrote (only the registered ones)."""
    if not data:
        return
    for state in _states(obj):
        stored = IAnnotations(obj)
        for key in state.annotations:
            if key in data.get("annotations", {}):
                stored[key] = decode(data["annotations"][key], state.classes)
        for name in state.attributes:
            if name in data.get("attributes", {}):
                setattr(obj, name, decode(data["attributes"][name], state.classes))
        if state.restore is not None:
            state.restore(obj)
