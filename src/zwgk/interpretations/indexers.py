"""Catalog values of 政策解读: they belong to their policy's areas."""

from plone.indexer import indexer
from zwgk.content_types.interpretation import IPolicyInterpretation
from zwgk.information.indexers import information_areas
from zwgk.relations import back_references


@indexer(IPolicyInterpretation)
def interpretation_area(obj):
    """A 解读 belongs to the areas of the policy it explains, so it is
    found under them (facets, ``?area=`` feeds) next to the policy."""
    relation = getattr(obj, "policy", None)
    policy = None if relation is None or relation.isBroken() else relation.to_object
    areas = information_areas(policy) if policy is not None else []
    if not areas:
        raise AttributeError("disclosure_area")
    return areas


def reindex_interpretation_areas(information, event=None):
    """Event handler: a policy's areas changed, so did its interpretations'."""
    for interpretation in back_references(information, "policy"):
        interpretation.reindexObject(idxs=["disclosure_area"])
