"""信息订阅 (feeds): RSS 2.0 and JSON Feed 1.1 for new-media accounts and
aggregation platforms (集约化: the city's platform reads every district).

Modules:
- ``feed``: which items (published 主动公开 information and interpretations,
  what Anonymous may see), the ``?area=`` / ``?type=`` / ``?limit=``
  parameters, and the two formats;
- ``browser``: ``@@feed.rss`` and ``@@feed.json`` on the site and on each
  unit, and the ``<link rel="alternate">`` of every page.
"""
