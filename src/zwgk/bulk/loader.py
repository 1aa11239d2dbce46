"""批量导入 (bulk loads): many objects at once, all checked before any is written.

A record is what plone.restapi's ``POST @content`` takes, plus where it goes::

    {"@type": "GovernmentInformation", "parent": "zwgk/czj", "id": "2026ysgk",
     "title": "…", "written_date": "2026-03-02", "disclosure_items": [<UID>],
     "review_state": "published"}

``parent`` is a path below the site; relation fields take UIDs or paths
("/zwgk/czj/…") of content that exists already (or was loaded earlier in the
same transaction). Fields are deserialized and validated by plone.restapi,
so a bulk load accepts exactly what the REST API accepts, and errors come
back per record in Chinese. Objects are then added directly
(``_setObject``), without plone.api's temporary id and rename, which is
what makes the bulk path fast.
"""

from dataclasses import dataclass
from OFS.ObjectManager import checkValidId
from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from plone.dexterity.utils import createContent
from plone.dexterity.utils import iterSchemata
from plone.dexterity.utils import iterSchemataForType
from plone.restapi.interfaces import IFieldDeserializer
from z3c.form.interfaces import IDataManager
from zExceptions import BadRequest
from zope.component import queryMultiAdapter
from zope.component import queryUtility
from zope.container.contained import notifyContainerModified
from zope.container.interfaces import INameChooser
from zope.event import notify
from zope.interface import Invalid
from zope.lifecycleevent import ObjectAddedEvent
from zope.schema import ValidationError
from zope.schema import getFields
from zope.schema.interfaces import RequiredMissing
from zwgk.codes import InvalidCode
from zwgk.codes import parse_index_number
from zwgk.messages import chinese
from zwgk.messages import error_text
from zwgk.parameters import invalid_characters


META_KEYS = ("@type", "parent", "id", "review_state")


class BulkImportError(ValueError):
    """Nothing was written; ``errors`` lists the reasons in Chinese."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


@dataclass
class Pending:
    """A validated object waiting to be added."""

    container: object
    obj: object
    name: str | None
    state: str | None


def _fields(portal_type):
    fields = {}
    for schema in iterSchemataForType(portal_type):
        fields.update(getFields(schema))
    return fields


def _states(portal_type):
    workflow_tool = api.portal.get_tool("portal_workflow")
    return {
        state
        for workflow in workflow_tool.getWorkflowsFor(portal_type)
        for state in workflow.states.objectIds()
    }


def add_quietly(container, name, obj):
    """Add ``obj`` with its added event but without the container's "modified".

    Callers of a bulk add call ``notifyContainerModified`` once at the end
    instead of once per object (it reindexes the container each time).
    """
    obj.id = name
    container._setObject(name, obj, suppress_events=True)
    added = container._getOb(name)
    notify(ObjectAddedEvent(added, container, name))
    return added


def _has_invalid_text(value):
    """A lone surrogate or control character anywhere in a record's value."""
    if isinstance(value, str):
        return invalid_characters(value)
    if isinstance(value, dict):
        return any(_has_invalid_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_has_invalid_text(v) for v in value)
    return False


class Loader:
    """Checks records, then adds them; one instance per bulk load."""

    def __init__(self, site, request):
        self.site = site
        self.request = request
        self.names = set()  # (container path, id) taken within this load
        self._cache = {}
        self._allowed = {}

    def _type_info(self, portal_type):
        if portal_type not in self._cache:
            fti = queryUtility(IDexterityFTI, name=portal_type or "")
            self._cache[portal_type] = (
                (fti, _fields(portal_type), _states(portal_type)) if fti else None
            )
        return self._cache[portal_type]

    def _allowed_types(self, container):
        key = "/".join(container.getPhysicalPath())
        if key not in self._allowed:
            self._allowed[key] = {
                fti.getId()
                for fti in container.allowedContentTypes()
                if fti.isConstructionAllowed(container)
            }
        return self._allowed[key]

    def _container(self, record):
        path = str(record.get("parent") or "").strip("/")
        if not path:
            return self.site
        return self.site.unrestrictedTraverse(path, None)

    def check(self, record):
        """(Pending, []) or (None, Chinese errors) for one record."""
        if not record or not isinstance(record, dict):
            return None, ["记录应为 JSON 对象"]
        info = self._type_info(record.get("@type"))
        if info is None:
            return None, [f"内容类型“{record.get('@type')}”不存在"]
        fti, fields, states = info
        container = self._container(record)
        if container is None:
            return None, [f"上级位置“{record.get('parent')}”不存在"]
        if fti.getId() not in self._allowed_types(container):
            type_title = chinese(fti.Title())
            return None, [f"“{container.Title()}”中不能添加{type_title}"]
        errors = []
        name = record.get("id")
        if name:
            key = ("/".join(container.getPhysicalPath()), name)
            try:
                checkValidId(container, str(name))
            except BadRequest:
                errors.append(f"标识“{name}”无效或已被占用")
            if key in self.names:
                errors.append(f"标识“{name}”在本次导入中重复")
            self.names.add(key)
        state = record.get("review_state")
        if state and state not in states:
            errors.append(f"状态“{state}”不存在（可选：{'、'.join(sorted(states))}）")

        obj = createContent(fti.getId())
        data = {k: v for k, v in record.items() if k not in META_KEYS}
        errors += self.deserialize(obj.__of__(container), data, fields)
        if errors:
            return None, errors
        return Pending(container, obj, name, state), []

    def deserialize(self, obj, data, fields):
        """Set the record's fields as plone.restapi would; Chinese errors."""
        errors = []
        for name, value in data.items():
            field = fields.get(name)
            if field is None:
                errors.append(f"没有字段“{name}”")
                continue
            if name == "index_number":
                errors += self._index_number(obj, value)
                continue
            if _has_invalid_text(value):
                errors.append(f"“{chinese(field.title)}”含有无效字符")
                continue
            deserializer = queryMultiAdapter(
                (field, obj, self.request), IFieldDeserializer
            )
            try:
                value = deserializer(value)
            except (ValueError, ValidationError) as error:
                errors.append(error_text(error, field))
                continue
            # z3c.form's data manager, as plone.restapi: it turns objects into
            # RelationValues for relation fields
            queryMultiAdapter((obj, field), IDataManager).set(value)
        for name, field in fields.items():
            missing = name not in data and field.required and not field.readonly
            if missing and field.default is None and field.defaultFactory is None:
                errors.append(error_text(RequiredMissing(name), field))
        if not errors:
            for schema in iterSchemata(obj):
                try:
                    schema.validateInvariants(schema(obj))
                except Invalid as error:
                    errors.append(error_text(error))
        return errors

    def _index_number(self, obj, value):
        """索引号 given by a migration: kept if well-formed (and reserved on add)."""
        try:
            parse_index_number(str(value))
        except InvalidCode as error:
            return [f"“索引号”：{error}"]
        obj.index_number = str(value)
        return []

    def check_all(self, records):
        """Pending objects for all records, or BulkImportError listing every problem."""
        pending, errors = [], []
        for number, record in enumerate(records, start=1):
            item, problems = self.check(record)
            label = (
                record.get("title") or record.get("id")
                if isinstance(record, dict)
                else ""
            )
            prefix = f"第{number}条" + (f"（{label}）" if label else "")
            errors += [f"{prefix}：{problem}" for problem in problems]
            if item is not None:
                pending.append(item)
        if errors:
            raise BulkImportError(errors)
        return pending

    def add(self, item):
        container, obj = item.container, item.obj
        name = item.name or INameChooser(container).chooseName(None, obj)
        added = add_quietly(container, name, obj)
        if item.state and api.content.get_state(added) != item.state:
            api.content.transition(obj=added, to_state=item.state)
        return added


def load(site, records, progress=None):
    """Check every record, then add them all; returns the new objects.

    Raises ``BulkImportError`` before writing anything if a record is bad.
    ``progress(done, total)`` is called after each object is added.
    """
    records = list(records)
    loader = Loader(site, site.REQUEST)
    pending = loader.check_all(records)
    added, containers = [], {}
    for done, item in enumerate(pending, start=1):
        added.append(loader.add(item))
        containers[id(item.container)] = item.container
        if progress is not None:
            progress(done, len(pending))
    for container in containers.values():
        notifyContainerModified(container)
    return added
