"""工作日历: registry records and the control panel."""

from zwgk.upgrades import import_registry_file


def import_registry(context):
    import_registry_file("calendar.xml")
