"""Demo profile: the demo accounts of the office and the towns."""

from plone import api
from zwgk.demo.district import OFFICE_UNIT
from zwgk.demo.district import SECTION
from zwgk.demo.district import load_accounts


def add_accounts(context):
    section = api.portal.get()[SECTION]
    units = [u for u in (OFFICE_UNIT, "jqz", "bshglc", "gsglc") if u in section]
    load_accounts(api.portal.get(), units)
