"""A message's records beside its schema, for moving a district.

The handling dates, the return and its comment, the rating, the deadline
log, the submission time, the query code's hash and the unit groups given
local roles are attributes outside the schema; the site's register maps
the tracking number to the message. All come along with
collective.exportimport (``zwgk.stored_state``), and an imported message is
registered again under its number, so the writer's number and query code
keep working on the new site.
"""

from zwgk.citizen_messages.intake import register
from zwgk.content_types.message import ICitizenMessage
from zwgk.stored_state import StoredState


def register_again(message):
    number = getattr(message, "tracking_number", None)
    if number:
        register().numbers[number] = message.UID()


STORED = StoredState(
    kind=ICitizenMessage,
    attributes=(
        "submitted",
        "assigned_on",
        "answered_on",
        "approved_on",
        "published_on",
        "returned",
        "return_comment",
        "direct",
        "rating",
        "rating_comment",
        "rated_on",
        "deadline_log",
        "_query_code",
        "_unit_groups",
    ),
    restore=register_again,
)
