"""Benchmarks run on zwgk's functional layer: a fresh site, real commits."""

import os


os.environ.setdefault("zope_i18n_compile_mo_files", "true")
from plone.testing.zope import WSGI_SERVER_FIXTURE
from pytest_plone import fixtures_factory
from zwgk.testing import FUNCTIONAL_TESTING


# the page benchmark's WSGI server (the layer's) listens on a fixed port
PORT = int(os.environ.get("ZWGK_BENCH_PORT", "8098"))
WSGI_SERVER_FIXTURE.port = PORT


pytest_plugins = ["pytest_plone"]

globals().update(fixtures_factory(((FUNCTIONAL_TESTING, "functional"),)))
