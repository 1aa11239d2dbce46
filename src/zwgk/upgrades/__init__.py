"""Upgrade steps of ``zwgk:default``.

Profile versions are date-stamped (YYYYMMDDNNN). Each change to the default
profile bumps ``profiles/default/metadata.xml`` and adds a step here, in a
folder ``v<version>/`` with its own ``configure.zcml`` (declarative
``genericsetup:upgradeDepends`` where re-running import steps is enough).
"""
