"""Demo profile: load the district's units, directories and information."""

from plone import api


def load_demo_content(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(
        "profile-zwgk:demo", "zwgk-demo-content", run_dependencies=False
    )
