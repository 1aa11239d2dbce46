"""依申请公开: types, workflow, permissions and registry records."""

from zwgk.upgrades import import_registry_file


def import_registry(context):
    import_registry_file("applications.xml")
