"""collective.exportimport for zwgk: 索引号 survive an export and import.

The stock import adds each object before it sets the fields, so the
index-number subscriber would hand out a new number. This view flags the
request so the subscriber waits, then restores the exported number (and
moves the unit's counter past it). Relation fields (information → items,
interpretation → policy) travel in ``@@export_relations`` /
``@@import_relations`` as collective.exportimport intends.
"""

from collective.exportimport.import_content import ImportContent as BaseImportContent
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.index_numbers import KEEP_IMPORTED
from zwgk.index_numbers import restore_index_number


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
