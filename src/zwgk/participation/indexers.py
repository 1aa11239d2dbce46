"""What the catalog knows of participation content (公众参与的索引).

A consultation's dates (its state is a query on them, ``periods.state_query``)
and whether its feedback is out; its text for the search: title, draft,
explanation, events. **Never its comments**: they are not in the catalog at
all, so no search, feed or listing can show a pending or hidden comment or
a commenter's contact data.
"""

from plone.indexer import indexer
from zwgk.content_types.consultation import IConsultation
from zwgk.content_types.participation_list import IParticipationList
from zwgk.participation import terms
from zwgk.search.text import _join
from zwgk.search.text import _unit_title
from zwgk.search.text import attachments_text
from zwgk.search.text import html_text


@indexer(IConsultation)
def consultation_start(obj):
    return obj.start


@indexer(IConsultation)
def consultation_end(obj):
    return obj.end


@indexer(IConsultation)
def consultation_answered(obj):
    return bool(obj.feedback_published)


@indexer(IConsultation)
def consultation_attribute(obj):
    """重大决策预公开 is proactive disclosure (the feeds ask for that)."""
    return "proactive"


@indexer(IParticipationList)
def list_attribute(obj):
    return "proactive"


@indexer(IConsultation)
def consultation_year(obj):
    """年份 facet: the year the draft was opened for comment."""
    if obj.start is None:
        raise AttributeError("publication_year")
    return obj.start.year


@indexer(IParticipationList)
def list_year(obj):
    if not obj.year:
        raise AttributeError("publication_year")
    return obj.year


def _consultation_text(obj):
    events = []
    for event in obj.events or ():
        events.append(terms.title(terms.METHODS, event.get("method")))
        events.extend(str(event.get(k) or "") for k in ("title", "place"))
    return _join(
        obj,
        getattr(obj, "index_number", ""),
        _unit_title(obj),
        html_text(obj.draft),
        html_text(obj.explanation),
        obj.short_period_reason,
        " ".join(events),
        obj.feedback_summary if obj.feedback_published else "",
        *attachments_text(obj),
    )


@indexer(IConsultation)
def consultation_text(obj):
    return _consultation_text(obj)


def _list_text(obj):
    parts = [getattr(obj, "index_number", ""), _unit_title(obj)]
    parts.append(html_text(getattr(obj, "text", None)))
    for item in obj.items_in_order():
        parts.extend(
            (
                item.Title(),
                item.scope or "",
                item.responsible_unit or "",
                " ".join(terms.title(terms.METHODS, m) for m in item.methods or ()),
            )
        )
    return _join(obj, *parts)


@indexer(IParticipationList)
def list_text(obj):
    return _list_text(obj)
