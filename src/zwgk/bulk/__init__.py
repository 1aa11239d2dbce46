"""批量导入 and moving sites: many objects at once, all or nothing.

Modules:
- ``loader``: records as plone.restapi's ``POST @content`` takes them, all
  validated before any is written, added without versioning or per-object
  security reindexing (the fast path);
- ``cli``: the ``zwgk_import`` command (``bin/instance run``) over a JSON or
  spreadsheet file;
- ``exportimport``: collective.exportimport's import, keeping each item's
  索引号 instead of giving a new one.
"""
