"""工作日历设置: the administrator's additions to the holiday data.

The registry keeps, one per line, ``日期|放假或上班|说明`` overrides (a new
State Council notice, a local closure) and the years entered in full, so
deadlines can be computed for years ``chinesecalendar`` does not cover yet.
"""

from plone import api
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
from zwgk import _
from zwgk.controlpanels import registry_panel
from zwgk.working_days.calendar import InvalidOverride
from zwgk.working_days.calendar import WorkingDayCalendar
from zwgk.working_days.calendar import parse_override


PREFIX = "zwgk.calendar"


def _valid_override(line):
    try:
        parse_override(line)
    except InvalidOverride as error:
        raise Invalid(str(error)) from None
    return True


class ICalendarSettings(Interface):
    overrides = schema.List(
        title=_("Holidays and make-up working days"),
        description=_(
            "One day per line: date|放假 or 上班|note, e.g. 2027-01-01|放假|元旦. "
            "These override the built-in data."
        ),
        value_type=schema.TextLine(constraint=_valid_override),
        required=False,
        default=[],
    )
    entered_years = schema.List(
        title=_("Years entered in full"),
        description=_(
            "Years whose whole holiday notice is entered above. Deadlines in "
            "other years beyond the built-in data are refused."
        ),
        value_type=schema.Int(min=2000, max=2100),
        required=False,
        default=[],
    )


def calendar():
    """The site's working-day calendar: package data plus the registry's additions."""
    settings = api.portal.get_registry_record
    lines = settings(f"{PREFIX}.overrides", default=None) or ()
    years = settings(f"{PREFIX}.entered_years", default=None) or ()
    return WorkingDayCalendar(
        overrides=tuple(parse_override(line) for line in lines),
        years=frozenset(years),
    )


CalendarControlPanel, CalendarControlpanel = registry_panel(
    ICalendarSettings,
    PREFIX,
    "zwgk-calendar",
    _("Working-day calendar"),
    _(
        "Weekends, public holidays and make-up working days come from the "
        "chinesecalendar package; add what it does not know yet here."
    ),
)
