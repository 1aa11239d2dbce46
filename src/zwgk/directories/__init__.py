"""政务公开事项标准目录: standard directories of disclosure items.

国办发〔2019〕54号 asks every area (试点领域) at each level for a standard
directory: items with 名称, 内容, 依据, 时限, 主体, 方式, 渠道, 公开对象, reviewed
by the competent department (主管部门审核把关) and managed dynamically
(adjusted, re-approved, earlier versions kept).

Modules:
- ``spreadsheet``: reading and writing the directory spreadsheet (.xlsx/.csv),
  all-or-nothing checks with Chinese messages;
- ``importer`` / ``exporter``: a spreadsheet into a directory's items and a
  directory out as a download;
- ``time_limits``: the machine rule behind a 公开时限 ("批准后20日内");
- ``versions``: 历史版本, the approved table frozen on each approval;
- ``indexers``: catalog values of directories and items (领域, 层级, 渠道...);
- ``browser/``: the table (``view``), 公开目录 (``@@directories``), import and
  export forms, the unit's 历史版本 page; ``services``: ``@directory-import``,
  ``@directory-export``.

The competent department's local role is granted in ``zwgk.units.groups``.
"""
