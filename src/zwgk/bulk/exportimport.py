"""collective.exportimport for zwgk: a district moves with all its records.

- 索引号 survive: the stock import adds each object before it sets the
  fields, so the index-number subscriber would hand out a new number. The
  import view flags the request so the subscriber waits, then restores the
  exported number (and moves the unit's counter past it).
- What features store beside their schema (a directory's 历史版本, the
  yearly reviews of withheld information, an application's clock, deadline
  log and query code; ``zwgk.stored_state``) is exported under
  ``zwgk_stored`` and given back on import.

Relation fields (information → items, interpretation → policy) travel in
``@@export_relations`` / ``@@import_relations`` as collective.exportimport
intends.
"""

from collective.exportimport.export_content import ExportContent as BaseExportContent
from collective.exportimport.import_content import ImportContent as BaseImportContent
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.index_numbers import KEEP_IMPORTED
from zwgk.index_numbers import restore_index_number
from zwgk.stored_state import dump
from zwgk.stored_state import load


STORED = "zwgk_stored"


class ExportContent(BaseExportContent):
    def global_dict_hook(self, item, obj):
        item = super().global_dict_hook(item, obj)
        stored = dump(obj)
        if stored:
            item[STORED] = stored
        return item


class ImportContent(BaseImportContent):
    def start(self):
        super().start()
        self.request.set(KEEP_IMPORTED, True)

    def finish(self):
        self.request.set(KEEP_IMPORTED, False)
        super().finish()

    def global_obj_hook_before_deserializing(self, obj, item):
        obj, item = super().global_obj_hook_before_deserializing(obj, item)
        if IIndexNumber.providedBy(obj):
            restore_index_number(obj, item.get("index_number"))
        return obj, item

    def global_obj_hook(self, obj, item):
        obj = super().global_obj_hook(obj, item)
        load(obj, item.get(STORED))
        return obj
