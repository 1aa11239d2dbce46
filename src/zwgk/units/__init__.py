"""机构: the district's units (部门, 镇处, 村居) and their staff.

集约化 puts every unit in one site; each OrgUnit owns its sub-tree, its
staff groups (信息员, 审核员, 签发人) and their local roles, so a unit's
staff cannot change another unit's content; the disclosure office (公开办)
administers all of them.

Modules:
- ``groups``: the unit's groups and local roles, made once when the unit is
  created; the competent department's role on the directories it approves;
- ``browser``: the unit's page (its 政府信息公开专栏 entry).
"""
