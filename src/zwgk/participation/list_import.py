"""Bringing a spreadsheet into a 公众参与事项清单, and a list's rows for export.

All or nothing, as for the standard directories (``zwgk.directories.importer``):
the whole file is checked (``list_io.parse``) and so are the changes it
implies before anything is written.

- ``replace`` (替换, the default): the list holds exactly the file's rows in
  the file's order; a row whose 决策事项名称 matches an existing item
  updates it in place (its UID, and the consultations linked to it, stay);
  items missing from the file are deleted, unless a consultation belongs to
  them (refused).
- ``add`` (追加): the rows are appended; a name already in the list is
  refused.
"""

from plone import api
from plone.dexterity.utils import createContent
from zope.container.contained import notifyContainerModified
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
from zwgk.bulk.loader import add_quietly
from zwgk.directories.exporter import UnknownFormat
from zwgk.directories.importer import ADD
from zwgk.directories.importer import MODES
from zwgk.directories.importer import REPLACE
from zwgk.participation import comments
from zwgk.participation import list_io
from zwgk.participation.list_io import DirectoryImportError
from zwgk.relations import back_references


__all__ = [
    "ADD",
    "MODES",
    "REPLACE",
    "UnknownFormat",
    "export_file",
    "import_list",
    "rows",
]

ADD_PERMISSION = "zwgk: Add ParticipationItem"
FIELDS = ("title", "scope", "methods", "planned_time", "responsible_unit", "note")
ID_PREFIX = "item-"
FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def item_row(item):
    return {
        "title": item.title or "",
        "scope": item.scope or "",
        "methods": list(item.methods or ()),
        "planned_time": item.planned_time or "",
        "responsible_unit": item.responsible_unit or "",
        "note": item.note or "",
    }


def rows(plist):
    return [item_row(item) for item in plist.items_in_order()]


def export_file(plist, fmt="xlsx"):
    """(data, content type, file name) of the list in ``fmt``."""
    if fmt not in FORMATS:
        raise UnknownFormat(fmt)
    found = rows(plist)
    if fmt == "csv":
        data = list_io.export_csv(found)
    else:
        data = list_io.export_xlsx(found, title=plist.title or list_io.TABLE)
    return data, FORMATS[fmt], f"{plist.title or plist.getId()}.{fmt}"


def check_permission(plist, mode):
    needed = [ADD_PERMISSION, "Modify portal content"]
    if mode == REPLACE:
        needed.append("Delete objects")
    for permission in needed:
        if not api.user.has_permission(permission, obj=plist):
            raise comments.NotAllowed(f"需要“{permission}”权限才能导入清单")


def _refusals(parsed, existing, mode):
    errors = []
    if mode == ADD:
        for row in parsed:
            if row["title"] in existing:
                errors.append(
                    f"第{row['row']}行：决策事项“{row['title']}”在清单中已存在"
                )
        return errors
    wanted = {row["title"] for row in parsed}
    for title, item in existing.items():
        if title in wanted:
            continue
        linked = back_references(item, "participation_item")
        if linked:
            names = "、".join(f"《{c.Title()}》" for c in linked[:3])
            errors.append(
                f"决策事项“{title}”已关联意见征集{names}，文件中没有这一行就会删除它；"
                "请保留该行，或先解除关联"
            )
    return errors


def _next_serial(plist):
    numbers = [
        int(name[len(ID_PREFIX) :])
        for name in plist.objectIds()
        if name.startswith(ID_PREFIX) and name[len(ID_PREFIX) :].isdigit()
    ]
    return max(numbers, default=0) + 1


def _update(item, fields):
    changed = [
        k for k, v in fields.items() if (getattr(item, k, None) or None) != (v or None)
    ]
    for name in changed:
        setattr(item, name, fields[name])
    if changed:
        notify(ObjectModifiedEvent(item))
    return bool(changed)


def import_list(plist, data, filename, mode=REPLACE):
    """Import an .xlsx/.csv file into ``plist``; all or nothing.

    Returns counts ``{"added", "updated", "unchanged", "removed", "total"}``;
    raises ``DirectoryImportError`` with Chinese reasons before any change.
    """
    if mode not in MODES:
        raise DirectoryImportError(
            [f"导入方式“{mode}”无效，应为 replace（替换）或 add（追加）"]
        )
    parsed = list_io.parse(data, filename)
    existing = {item.title: item for item in plist.items_in_order()}
    errors = _refusals(parsed, existing, mode)
    if errors:
        raise DirectoryImportError(errors)
    counts = dict(added=0, updated=0, unchanged=0, removed=0, total=len(parsed))
    if mode == REPLACE:
        wanted = {row["title"] for row in parsed}
        doomed = [i.getId() for title, i in existing.items() if title not in wanted]
        if doomed:
            plist.manage_delObjects(list(doomed))
        counts["removed"] = len(doomed)
    serial = _next_serial(plist)
    order = [] if mode == REPLACE else [i.getId() for i in existing.values()]
    for row in parsed:
        fields = {name: row[name] for name in FIELDS}
        fields["note"] = fields["note"] or None
        item = existing.get(row["title"]) if mode == REPLACE else None
        if item is not None:
            counts["updated" if _update(item, fields) else "unchanged"] += 1
        else:
            item = createContent("ParticipationItem", **fields)
            item = add_quietly(plist, f"{ID_PREFIX}{serial}", item)
            serial += 1
            counts["added"] += 1
        order.append(item.getId())
    current = [i for i in plist.objectIds() if i in set(order)]
    if current != order:
        plist.moveObjectsToBottom(order)
        for item_id in order:
            plist[item_id].reindexObject(idxs=["getObjPositionInParent"])
    if counts["added"]:
        notifyContainerModified(plist)
    plist.reindexObject(idxs=["zwgk_text"])
    return counts
