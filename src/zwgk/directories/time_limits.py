"""Machine rules for 公开时限 (disclosure time limits).

``parse_time_limit`` reads the common wordings of a directory's 公开时限
cell, e.g. "信息形成或变更之日起20个工作日内" or "批准后20日内", into a rule
``{"days": 20, "unit": "working_days" | "calendar_days",
"after": "formed" | "approved"}``; ``describe_time_limit`` writes a rule
back as Chinese text. 工作日 are working days, 日/天/自然日 calendar days;
the clock starts when the information is formed or changed (信息形成或变更)
unless the text says 批准 or 批复 (approval, e.g. of a budget by the 人大).
A limit that falls before an event (审批决定前5个工作日) has no rule.
"""

import re
import unicodedata


CN_DIGITS = dict(
    zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
CN_UNITS = {"十": 10, "百": 100}
NUMBER = r"\d+|[零〇一二两三四五六七八九十百]+"
# A count of days; not a date such as 6月30日.
DAYS = re.compile(
    rf"(?<![月\d零〇一二两三四五六七八九十百])({NUMBER})个?(工作日|自然日|日|天)"
)
# Deadlines that run from something other than formation or approval, or
# that fall *before* an event (审批决定前5个工作日, 开始前30日).
UNKNOWN_START = re.compile(rf"每(年|半年|季|月)|申请|前({NUMBER})")
# 批准 and 批复 (a budget approved by the 人大, a department budget's 批复)
APPROVAL = re.compile(r"批准|批复")


def _number(text):
    """Arabic or Chinese numeral (二十, 十五, 一百二十) as int."""
    if text.isdigit():
        return int(text)
    total = current = 0
    for char in text:
        if char in CN_UNITS:
            total += (current or 1) * CN_UNITS[char]
            current = 0
        else:
            current = CN_DIGITS[char]
    return total + current


def parse_time_limit(text: str) -> dict | None:
    """The rule of a 公开时限 text, or None (实时, 长期公开, 每季度…, empty)."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    match = DAYS.search(text)
    if not match or UNKNOWN_START.search(text):
        return None
    days = _number(match.group(1))
    if days < 1:
        return None
    return {
        "days": days,
        "unit": "working_days" if match.group(2) == "工作日" else "calendar_days",
        "after": "approved" if APPROVAL.search(text) else "formed",
    }


def describe_time_limit(rule: dict) -> str:
    """Chinese text of a rule, e.g. 信息形成或变更之日起20个工作日内."""
    unit = "个工作日" if rule["unit"] == "working_days" else "日"
    if rule["after"] == "approved":
        return f"批准后{rule['days']}{unit}内"
    return f"信息形成或变更之日起{rule['days']}{unit}内"
