"""The portal (门户): the frame every citizen's page shares.

Modules:
- ``home``: the home page (``@@zwgk-home``): 最新公开, 最新解读, 意见征集 and
  the entries to 依申请公开 and 办事服务;
- ``frame``: the header (district, 适老化 links, search box) and the footer
  (主办单位, 网站标识码, ICP备案号...) viewlets;
- ``display``: 适老化 display modes (大字版, 高对比度) kept in a cookie, no
  JavaScript, and their body classes and ETag part;
- ``layout``: full-width pages (no navigation portlet);
- ``settings``: 网站标识, the footer's identifiers (``@@zwgk-site-settings``);
- ``caching``: plone.app.caching rulesets (``caching.zcml``) and the RAM
  cache cleared when a setting changes.

The Diazo theme is in ``zwgk/themes`` (the top-level ``themes/`` folder).
"""
