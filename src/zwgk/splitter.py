"""Kept for stored data: the ``zwgk_lexicon`` of every existing site pickled
its splitter as ``zwgk.splitter.ChineseSplitter``; the code is in
``zwgk.search.splitter``. Do not remove while such databases exist."""

from zwgk.search.splitter import ChineseSplitter  # noqa: F401
