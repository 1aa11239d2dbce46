"""智能查询: Chinese full-text search with ranking and facets.

The portal's search page (``@@search``, ``@@zwgk-search``) and the facet
counts over REST (``@zwgk-facets``) both call ``handler``.

Modules:
- ``segmentation``: jieba word segmentation with the district's words and
  synonyms (``zwgk/data/search_*.txt``);
- ``splitter``: the ZCTextIndex splitter of ``zwgk_lexicon`` built on it;
- ``text``: what each type puts into the ``zwgk_text`` index (attachments'
  text included);
- ``handler``: queries, relevance ranking, facets, paging and sorting;
- ``browser``: the search page; ``services``: ``@zwgk-facets``.
"""
