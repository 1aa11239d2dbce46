"""Helpers for the 依申请公开 tests: staffed units and a valid application body."""

from zwgk.testing import add_staffed_unit


RESIDENT_ID = "11010519491231002X"  # GB 11643 sample with a valid check character
USCC = "91350100M000100Y43"  # GB 32100 sample with a valid check character


def staffed_units(portal):
    """(czj 财政局, jqz 蛟桥镇), each with <unit>-editor/-reviewer/-approver."""
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    czj = add_staffed_unit(portal, "czj", "财政局", "113601005")
    jqz = add_staffed_unit(portal, "jqz", "蛟桥镇", "123601009", level="town")
    return czj, jqz


def body(unit, **changes):
    data = {
        "applicant_type": "natural_person",
        "name": "张三",
        "id_type": "resident_id",
        "id_number": RESIDENT_ID,
        "phone": "0791-88888888",
        "email": "zhangsan@example.org",
        "address": "南昌市经开区某路1号",
        "postal_code": "330013",
        "unit": unit.UID(),
        "information": "2025年本单位财政预算执行情况的报告",
        "form": "electronic",
        "delivery": "email",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}
