"""依申请公开: the DisclosureApplication type, its workflow, permission and settings."""
