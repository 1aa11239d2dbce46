"""Uninstalling zwgk: configuration goes, the district's content stays."""

from plone import api
from zwgk.catalog.indexes import remove_catalog_indexes
from zwgk.portal.caching import MODERATE_CACHING
from zwgk.portal.caching import OPERATION_MAPPING
from zwgk.portal.caching import PURGED_TYPES
from zwgk.portal.caching import RULESETS
from zwgk.portal.caching import TYPE_RULESETS
from zwgk.setuphandlers.install import ZWGK_TYPES
from zwgk.setuphandlers.install import unset_home_page


def uninstall(context):
    """Post handler of ``zwgk:uninstall``.

    Content (the sections and everything editors made in them) is the
    district's record and is kept; only configuration is removed, and
    zwgk's workflows and roles only where no content still needs them.
    """
    remove_unneeded_workflows()
    remove_unneeded_roles()
    remove_catalog_indexes()
    unset_home_page()
    registry = api.portal.get_tool("portal_registry")
    for record in list(registry.records.keys()):
        if record.startswith(("zwgk.", f"{MODERATE_CACHING}.zwgk.")):
            del registry.records[record]
    remove_caching_rules(registry)
    _keep(registry, "plone.types_not_searched", lambda name: name not in ZWGK_TYPES)


def remove_caching_rules(registry):
    """Take zwgk's rulesets out of plone.app.caching's mappings (caching
    itself stays as the site had it: it may serve other rules too)."""
    _keep(registry, OPERATION_MAPPING, lambda ruleset, _op: ruleset not in RULESETS)
    _keep(registry, TYPE_RULESETS, lambda _type, ruleset: ruleset not in RULESETS)
    _keep(registry, PURGED_TYPES, lambda name: name not in ZWGK_TYPES)


def _keep(registry, record, wanted):
    """Filter a list or dict record in place: keep the entries ``wanted``
    accepts (a dict entry is given as key and value)."""
    if record not in registry.records or not registry[record]:
        return
    value = registry[record]
    if isinstance(value, dict):
        registry[record] = {k: v for k, v in value.items() if wanted(k, v)}
    else:
        registry[record] = type(value)(v for v in value if wanted(v))


# each workflow of zwgk: the types it governs, and the types bound to no
# workflow that go with it (profiles/default/workflows.xml)
WORKFLOW_TYPES = {
    "zwgk_publication_workflow": ("GovernmentInformation", "PolicyInterpretation"),
    "zwgk_directory_workflow": ("DisclosureDirectory",),
    "zwgk_application_workflow": ("DisclosureApplication",),
    "zwgk_message_workflow": ("CitizenMessage",),
    "zwgk_opinion_workflow": ("OpinionEvent", "TransferOrder"),
}
UNBOUND_TYPES = {
    "zwgk_directory_workflow": ("DisclosureItem",),  # items follow their directory
    "zwgk_application_workflow": ("ApplicationFolder",),
    "zwgk_message_workflow": ("CitizenMessageFolder",),
    "zwgk_opinion_workflow": ("OpinionFolder",),
}
# zwgk's roles (rolemap.xml), granted as local roles on units and directories
ROLES = ("Approver", "Competent Approver")
ROLE_HOLDERS = ("OrgUnit", "DisclosureDirectory")


def _content_of(types):
    catalog = api.portal.get_tool("portal_catalog")
    return bool(catalog.unrestrictedSearchResults(portal_type=list(types)))


def remove_unneeded_workflows():
    """Remove a zwgk workflow and its bindings unless content in it remains.

    Kept content keeps its workflow and binding: its state, history and
    role mappings mean something only with the workflow's definition, and
    reinstalling zwgk then finds the district as it was.
    """
    workflow_tool = api.portal.get_tool("portal_workflow")
    for workflow_id, types in WORKFLOW_TYPES.items():
        if _content_of(types):
            continue
        bound = (*types, *UNBOUND_TYPES.get(workflow_id, ()))
        workflow_tool.setChainForPortalTypes(bound, "(Default)")
        if workflow_id in workflow_tool.objectIds():
            workflow_tool.manage_delObjects([workflow_id])


def remove_unneeded_roles():
    """Remove zwgk's roles unless units or directories (whose staff groups
    hold them as local roles) remain."""
    if _content_of(ROLE_HOLDERS):
        return
    portal = api.portal.get()
    roles = [role for role in ROLES if role in portal.valid_roles()]
    if roles:
        portal._delRoles(roles)
