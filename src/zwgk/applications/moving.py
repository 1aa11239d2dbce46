"""An application's records beside its schema, for moving a district.

The clock's pauses and extension, the deadline log, the submission time and
the query code's hash are attributes outside the schema; the site's
register maps the tracking number to the application. All come along with
collective.exportimport (``zwgk.stored_state``), and an imported
application is registered again under its number, so the applicant's
number and query code keep working on the new site.
"""

from plone import api
from zwgk.applications.clock import Pause
from zwgk.applications.codes import register
from zwgk.content_types.application import IDisclosureApplication
from zwgk.stored_state import StoredState


def register_again(application):
    number = getattr(application, "tracking_number", None)
    if number:
        register(api.portal.get()).numbers[number] = application.UID()


STORED = StoredState(
    kind=IDisclosureApplication,
    attributes=(
        "tracking_number",
        "submitted",
        "consultations",
        "extension_days",
        "extended_on",
        "deadline_log",
        "_query_code",
    ),
    classes=(Pause,),
    restore=register_again,
)
