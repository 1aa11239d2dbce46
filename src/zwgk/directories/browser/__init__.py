"""Pages of the standard directories: ``table`` (a directory's view),
``listing`` (公开目录), ``transfer`` (import/export forms), ``history``
(a unit's 历史版本)."""
