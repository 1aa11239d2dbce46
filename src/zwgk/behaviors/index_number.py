"""索引号: ``<organisation code>/<year>-<5-digit serial>``, given once at creation."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider
from zwgk import _


@provider(IFormFieldProvider)
class IIndexNumber(model.Schema):
    """The index number is generated (see zwgk.index_numbers), never edited."""

    index_number = schema.TextLine(
        title=_("Index number"),
        required=False,
        readonly=True,
    )
    # Shown on the page (metadata block), never in add or edit forms.
    directives.omitted("index_number")
