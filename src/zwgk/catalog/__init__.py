"""The portal catalog's zwgk indexes (目录索引): what facets and lists query.

Modules:
- ``indexes``: the indexes, metadata columns and the Chinese full-text index
  ``zwgk_text`` with its lexicon, added by a setup handler without emptying
  existing ones (indexes in catalog.xml are emptied on every import).
- ``indexers``: the values shared by every zwgk type (unit, 索引号,
  有效性, 公开属性); each feature package indexes its own fields.
"""
