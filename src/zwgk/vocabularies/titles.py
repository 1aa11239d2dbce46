"""Show vocabulary tokens as their Chinese titles in views."""

from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


def term_title(vocabulary_name, token, context=None):
    if not token:
        return ""
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    try:
        return vocabulary.getTermByToken(token).title
    except LookupError:
        return token


def term_titles(vocabulary_name, tokens, context=None, separator="、"):
    return separator.join(term_title(vocabulary_name, t, context) for t in tokens or ())


def titles_by_token(vocabulary_name, context=None):
    """{token: title} of a whole vocabulary, for tables that show many rows
    (building the vocabulary once instead of once per cell)."""
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    return {term.token: term.title for term in vocabulary}
