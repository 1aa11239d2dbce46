"""政府信息: government information (公开文件) and its statutory duties.

《政府信息公开条例》(2019): proactive information is published within 20
working days of being formed or changed (第二十六条), or its directory
item's own time limit; withheld information (不予公开) is reviewed every
year and published when circumstances change; invalid information (失效 /
废止) stays public with a notice, and the cleanup results are published.

Modules:
- ``deadlines``: each piece's publication deadline from its directory
  items' time limits, on the working-day calendar;
- ``withheld_review``: the yearly review of withheld information;
- ``indexers``: catalog values (领域 from the directory items, 年份, 主题分类,
  体裁, the column's categories);
- ``browser/``: the information page (``page``), the deadlines list
  (``@@disclosure-deadlines``), the validity cleanup list
  (``@@validity-cleanup``) and the review list (``@@withheld-review``).

The 索引号, 公开属性 and 有效性 fields are shared behaviors (``zwgk.behaviors``);
publication dates are set by ``zwgk.publication``.
"""
