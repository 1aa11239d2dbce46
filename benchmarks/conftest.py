"""Benchmarks run on zwgk's functional layer: a fresh site, real commits."""

import os


os.environ.setdefault("zope_i18n_compile_mo_files", "true")

from pytest_plone import fixtures_factory
from zwgk.testing import FUNCTIONAL_TESTING


pytest_plugins = ["pytest_plone"]

globals().update(fixtures_factory(((FUNCTIONAL_TESTING, "functional"),)))
