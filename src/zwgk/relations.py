"""Back relations (反向关联): who points at an object through a relation field."""

from zc.relation.interfaces import ICatalog
from zope.component import queryUtility
from zope.intid.interfaces import IIntIds


def back_references(obj, attribute):
    """Objects whose relation field ``attribute`` points at ``obj``.

    No permission filtering: callers decide what the user may see.
    """
    relations = queryUtility(ICatalog)
    intids = queryUtility(IIntIds)
    intid = intids.queryId(obj) if intids is not None else None
    if relations is None or intid is None:
        return []
    query = {"to_id": intid, "from_attribute": attribute}
    found = []
    for relation in relations.findRelations(query):
        source = relation.from_object
        if source is not None and source not in found:
            found.append(source)
    return found
