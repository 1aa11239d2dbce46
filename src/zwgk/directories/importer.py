"""Bringing a spreadsheet into a 标准目录, and a directory's rows for export.

``import_directory`` validates the whole file (``directory_io.parse``) and the
changes it implies before it writes anything, so a bad file leaves the
directory untouched. Two modes:

- ``replace`` (替换): the directory ends up holding exactly the file's rows,
  in the file's order. A row whose 一级事项/二级事项 pair matches an existing
  item updates that item in place, so its id, UID, 公开类别 and the
  government information linked to it survive; items missing from the file
  are deleted, unless information still points at them (refused).
- ``add`` (追加): the rows are appended; a pair already in the directory is
  refused.
"""

from plone import api
from plone.dexterity.utils import createContent
from zExceptions import Unauthorized
from zope.component import getUtility
from zope.container.contained import notifyContainerModified
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
from zope.schema.interfaces import IVocabularyFactory
from zwgk.bulk.loader import add_quietly
from zwgk.directories import spreadsheet as directory_io
from zwgk.directories.spreadsheet import DirectoryImportError
from zwgk.directories.time_limits import parse_time_limit
from zwgk.relations import back_references


REPLACE = "replace"
ADD = "add"
MODES = {REPLACE: "替换", ADD: "追加"}
ADD_PERMISSION = "zwgk: Add DisclosureItem"
VOCABULARY_NAMES = {
    "channels": "zwgk.vocabularies.channels",
    "audience": "zwgk.vocabularies.audiences",
    "mode": "zwgk.vocabularies.modes",
    "levels": "zwgk.vocabularies.levels",
}
ROW_FIELDS = (
    directory_io.TEXT_FIELDS + directory_io.SINGLE_FIELDS + directory_io.MULTI_FIELDS
)
RULE_FIELDS = ("time_limit_days", "time_limit_unit", "time_limit_start")
ID_PREFIX = "item-"


def vocabularies(context):
    """token -> title of the four coded columns, as ``directory_io`` wants."""
    found = {}
    for column, name in VOCABULARY_NAMES.items():
        vocabulary = getUtility(IVocabularyFactory, name)(context)
        found[column] = {term.token: term.title for term in vocabulary}
    return found


def item_row(item):
    """One item as a row dict: text as str, multi-valued columns as lists."""
    row = {}
    for field in ROW_FIELDS:
        value = getattr(item, field, None)
        if field in directory_io.MULTI_FIELDS:
            row[field] = list(value or ())
        else:
            row[field] = value or ""
    return row


def rows(directory):
    """The directory's items as row dicts, in table order."""
    return [item_row(item) for item in directory.items_in_order()]


def _pair(row):
    return (row["item_level1"], row["item_level2"] or "")


def _pair_text(row):
    text = f"一级事项“{row['item_level1']}”"
    return text + (f"、二级事项“{row['item_level2']}”" if row["item_level2"] else "")


def _fields(row):
    """Field values of a parsed row, with the time-limit rule derived."""
    fields = {field: row[field] for field in ROW_FIELDS}
    fields["item_level2"] = fields["item_level2"] or None
    rule = parse_time_limit(row["time_limit"]) or {}
    fields["time_limit_days"] = rule.get("days")
    fields["time_limit_unit"] = rule.get("unit")
    fields["time_limit_start"] = rule.get("after")
    return fields


def _refusals(parsed, existing, mode):
    """Why the parsed rows cannot be applied to the directory's items."""
    errors = []
    if mode == ADD:
        for row in parsed:
            if _pair(row) in existing:
                errors.append(f"第{row['row']}行：{_pair_text(row)}在目录中已存在")
        return errors
    wanted = {_pair(row) for row in parsed}
    for pair, item in existing.items():
        if pair in wanted:
            continue
        users = back_references(item, "disclosure_items")
        if users:
            titles = "、".join(f"《{info.title}》" for info in users[:3])
            more = f"等{len(users)}条" if len(users) > 3 else ""
            errors.append(
                f"{_pair_text(item_row(item))}已关联政府信息{titles}{more}，"
                "文件中没有这一行就会删除它；请保留该行，或先解除关联"
            )
    return errors


def _id_counter(directory):
    """Next free numeric suffix for ``item-<n>`` ids."""
    numbers = [
        int(name[len(ID_PREFIX) :])
        for name in directory.objectIds()
        if name.startswith(ID_PREFIX) and name[len(ID_PREFIX) :].isdigit()
    ]
    return max(numbers, default=0) + 1


def _update(item, fields):
    """Set what changed; keep an editor's time-limit rule if the text is unchanged."""
    if fields["time_limit"] == item.time_limit:
        fields = {k: v for k, v in fields.items() if k not in RULE_FIELDS}
    # "" and None (an empty 二级事项) are the same value
    changed = [
        k for k, v in fields.items() if (getattr(item, k, None) or None) != (v or None)
    ]
    for name in changed:
        setattr(item, name, fields[name])
    if changed:
        notify(ObjectModifiedEvent(item))
    return bool(changed)


def _put_in_order(directory, item_ids):
    """Make the items' order that of the file; other children stay first."""
    current = [i for i in directory.objectIds() if i in set(item_ids)]
    if current == item_ids:
        return
    directory.moveObjectsToBottom(item_ids)
    for item_id in item_ids:
        directory[item_id].reindexObject(idxs=["getObjPositionInParent"])


def check_permission(directory, mode):
    """Refuse (Unauthorized) users who may not add, or in replace mode delete, items."""
    needed = [ADD_PERMISSION, "Modify portal content"]
    if mode == REPLACE:
        needed.append("Delete objects")
    for permission in needed:
        if not api.user.has_permission(permission, obj=directory):
            raise Unauthorized(f"需要“{permission}”权限才能导入目录")


def import_directory(directory, data, filename, mode=REPLACE, progress=None):
    """Import an .xlsx/.csv file into ``directory``; all or nothing.

    Returns counts ``{"added", "updated", "unchanged", "removed", "total"}``;
    raises ``DirectoryImportError`` with Chinese reasons before any change.
    ``progress(done, total)`` is called while rows are written.
    """
    if mode not in MODES:
        raise DirectoryImportError(
            [f"导入方式“{mode}”无效，应为 replace（替换）或 add（追加）"]
        )
    parsed = directory_io.parse(data, filename, vocabularies(directory))
    existing = {_pair(item_row(item)): item for item in directory.items_in_order()}
    errors = _refusals(parsed, existing, mode)
    if errors:
        raise DirectoryImportError(errors)

    counts = dict(added=0, updated=0, unchanged=0, removed=0, total=len(parsed))
    if mode == REPLACE:
        wanted = {_pair(row) for row in parsed}
        doomed = [item.getId() for pair, item in existing.items() if pair not in wanted]
        if doomed:
            directory.manage_delObjects(list(doomed))  # it empties the list given
        counts["removed"] = len(doomed)
    serial = _id_counter(directory)
    item_ids = [] if mode == REPLACE else [i.getId() for i in existing.values()]
    for done, row in enumerate(parsed, start=1):
        fields = _fields(row)
        item = existing.get(_pair(row)) if mode == REPLACE else None
        if item is not None:
            counts["updated" if _update(item, fields) else "unchanged"] += 1
        else:
            item = createContent("DisclosureItem", **fields)
            item = add_quietly(directory, f"{ID_PREFIX}{serial}", item)
            serial += 1
            counts["added"] += 1
        item_ids.append(item.id)
        if progress is not None:
            progress(done, len(parsed))
    _put_in_order(directory, item_ids)
    if counts["added"]:
        notifyContainerModified(directory)
    return counts
