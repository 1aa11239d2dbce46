"""Machine rules for 公开时限 texts (zwgk.directories.time_limits)."""

from zwgk.directories.time_limits import describe_time_limit
from zwgk.directories.time_limits import parse_time_limit

import pytest


def rule(days, unit="calendar_days", after="formed"):
    return {"days": days, "unit": unit, "after": after}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("信息形成或变更之日起20个工作日内", rule(20, "working_days")),
        ("信息形成之日起10个工作日内，公示7个工作日", rule(10, "working_days")),
        ("20个工作日内", rule(20, "working_days")),
        ("自批准之日起20日内", rule(20, after="approved")),
        ("本级人民代表大会或其常务委员会批准后20日内", rule(20, after="approved")),
        ("批准后20日内", rule(20, after="approved")),
        ("10日内", rule(10)),
        ("5天内", rule(5)),
        ("１５个工作日内", rule(15, "working_days")),
        ("二十个工作日内", rule(20, "working_days")),
        ("十日内", rule(10)),
        ("七日内", rule(7)),
        ("十五个工作日内", rule(15, "working_days")),
        ("批准后三十日内", rule(30, after="approved")),
        ("财政部门批复后20日内", rule(20, after="approved")),
    ],
)
def test_parse_time_limit(text, expected):
    assert parse_time_limit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "实时",
        "长期公开",
        "",
        None,
        "每年6月30日前",
        "收到申请之日起20个工作日内",
        "0日内",
        "作出审批决定前5个工作日",
        "原则上不晚于采购活动开始前30日",
        "开工前十日",
    ],
)
def test_parse_time_limit_unknown(text):
    assert parse_time_limit(text) is None


@pytest.mark.parametrize(
    "value,text",
    [
        (rule(20, "working_days"), "信息形成或变更之日起20个工作日内"),
        (rule(20, after="approved"), "批准后20日内"),
        (rule(10), "信息形成或变更之日起10日内"),
        (rule(15, "working_days", "approved"), "批准后15个工作日内"),
    ],
)
def test_describe_time_limit_round_trips(value, text):
    assert describe_time_limit(value) == text
    assert parse_time_limit(text) == value
