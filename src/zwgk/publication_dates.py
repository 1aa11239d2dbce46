"""The publication date (Dublin Core ``effective``) is set when published.

Plone's Classic UI sets it when an editor publishes through the menu, but
transitions over REST, plone.api or bulk loads do not; lists sorted by
publication (政策解读, feeds) would then show the load or creation time.
"""

from DateTime import DateTime


PUBLISHED = "published"


def set_effective_on_publish(obj, event):
    """Event handler (workflow transition done): first publication's date."""
    if event.transition is None or event.new_state.getId() != PUBLISHED:
        return
    if obj.effective_date is None:
        obj.setEffectiveDate(DateTime())
        obj.reindexObject(idxs=["effective", "EffectiveDate"])
