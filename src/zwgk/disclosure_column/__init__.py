"""政府信息公开专栏: the disclosure column of the district and of each unit.

《政府信息公开条例》第十二条 (the 指南 and 目录, kept current) and 第二十四条
(one platform for proactive information): 信息公开指南, 信息公开制度,
法定主动公开内容, 信息公开年报, and the entries to 公开目录 and 依申请公开, on
the 政务公开 section and on every unit.

Modules (``browser/``):
- ``column``: the column's frame and navigation (``@@disclosure-column``),
  shared by the unit page and 公开目录; which information is public;
- ``guide``: 信息公开指南 (``@@disclosure-guide``) from the unit's data;
- ``proactive``: 法定主动公开内容 by statutory category or area
  (``@@proactive``);
- ``lists``: 信息公开制度 (``@@disclosure-rules``) and 信息公开年报
  (``@@annual-reports``).
"""
