"""Chinese identifier codes used by government-affairs disclosure (政务公开).

- 组织机构代码 (organisation code), GB 11714-1997: 8 body characters and a
  check character, written ``00001434-9`` or ``000014349``.
- 统一社会信用代码 (unified social credit code, USCC), GB 32100-2015: 18
  characters; its 9th to 17th characters are the organisation code.
- 居民身份证号码 (resident identity card number), GB 11643-1999: 17 digits,
  the 7th to 14th being the birth date, and a check character.
- 索引号 (index number) of a disclosed item: ``<机构代码>/<年份>-<5位流水号>``,
  e.g. ``000014349/2017-00110``.

Validators return the normalized value or raise :class:`InvalidCode`, whose
message is Chinese and meant for the user. No Plone imports here.
"""

from collections.abc import Callable
from datetime import date
from datetime import datetime
from zoneinfo import ZoneInfo

import re
import string


ORG_CODE_CHARS = string.digits + string.ascii_uppercase  # value = index: A=10 … Z=35
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, Z, S, V; value = index
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
RESIDENT_ID_CHECK_CHARS = "10X98765432"  # indexed by the weighted sum mod 11
CHECK_DIGITS_X = string.digits + "X"
MIN_YEAR = 1949
MAX_YEAR = 9999
MAX_SERIAL = 99999
CHINA = ZoneInfo("Asia/Shanghai")  # dates on Chinese documents are Beijing dates


def china_today() -> date:
    """Today in Beijing; until 08:00 Beijing time, UTC is still on yesterday."""
    return datetime.now(CHINA).date()


def china_time(value) -> datetime:
    """A Zope DateTime (or an aware datetime) as an aware datetime in Beijing.

    A Zope DateTime made in a process with ``TZ=Asia/Shanghai`` (instance.cfg)
    takes the zone's abbreviation ``CST`` for US Central time: its
    ``ISO8601()`` and ``asdatetime()`` give the Beijing clock labelled
    -06:00, 14 hours off. Its seconds since the epoch are right: use them.
    """
    if hasattr(value, "timeTime"):  # Zope DateTime
        return datetime.fromtimestamp(value.timeTime(), CHINA)
    if value.tzinfo is None:
        raise ValueError("a naive datetime has no instant")
    return value.astimezone(CHINA)


#: 索引号: 9-character organisation code or 18-character USCC, year, 5-digit serial.
INDEX_NUMBER_RE = re.compile(
    r"\A(?P<org_code>[0-9A-Z]{18}|[0-9A-Z]{9})/(?P<year>[0-9]{4})-(?P<serial>[0-9]{5})\Z"
)


class InvalidCode(ValueError):
    """A code that breaks its standard's format or check; the message is Chinese."""


def normalize_code(value: str) -> str:
    """Remove whitespace, uppercase, and drop the hyphen of ``XXXXXXXX-X``."""
    code = "".join(value.split()).upper()
    if len(code) == 10 and code[8] == "-":
        code = code[:8] + code[9:]
    return code


def org_code_check_char(body: str) -> str:
    """组织机构代码 check character (GB 11714-1997) for the 8 body characters."""
    values = (ORG_CODE_CHARS.index(char) for char in body)
    total = sum(v * w for v, w in zip(values, ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc_check_char(body: str) -> str:
    """统一社会信用代码 check character (GB 32100-2015) for the first 17 characters."""
    values = (USCC_CHARS.index(char) for char in body)
    total = sum(v * w for v, w in zip(values, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def resident_id_check_char(body: str) -> str:
    """居民身份证号码 check character (GB 11643-1999) for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(body, RESIDENT_ID_WEIGHTS, strict=True))
    return RESIDENT_ID_CHECK_CHARS[total % 11]


def _check(
    code: str,
    body_chars: str,
    check_chars: str,
    check_char: Callable[[str], str],
    label: str,
) -> None:
    """Raise InvalidCode if ``code`` has a foreign character or a wrong check."""
    body, check = code[:-1], code[-1]
    bad = next((c for c in body if c not in body_chars), None)
    if bad is None and check not in check_chars:
        bad = check
    if bad is not None:
        raise InvalidCode(f"{label}含有无效字符“{bad}”")
    expected = check_char(body)
    if check != expected:
        raise InvalidCode(f"{label}校验位错误，应为“{expected}”")


def validate_org_code(value: str) -> str:
    """Return the normalized 组织机构代码 (9) or 统一社会信用代码 (18).

    The organisation code embedded in a USCC (characters 9 to 17) is checked too.
    """
    code = normalize_code(value)
    if len(code) == 9:
        _check(
            code, ORG_CODE_CHARS, CHECK_DIGITS_X, org_code_check_char, "组织机构代码"
        )
    elif len(code) == 18:
        _check(code, USCC_CHARS, USCC_CHARS, uscc_check_char, "统一社会信用代码")
        _check(
            code[8:17],
            ORG_CODE_CHARS,
            CHECK_DIGITS_X,
            org_code_check_char,
            "统一社会信用代码第9至17位的组织机构代码",
        )
    else:
        raise InvalidCode("机构代码应为9位组织机构代码或18位统一社会信用代码")
    return code


def is_valid_org_code(value: str) -> bool:
    """Whether ``value`` is a valid 组织机构代码 or 统一社会信用代码."""
    try:
        validate_org_code(value)
    except InvalidCode:
        return False
    return True


def validate_resident_id(value: str, today: date | None = None) -> str:
    """Return the normalized 18-character 居民身份证号码 (GB 11643-1999).

    Checks the check character and that the birth date (characters 7 to 14)
    exists, is not before 1900 and not after ``today`` (default: today in
    Beijing).
    """
    label = "居民身份证号码"
    code = "".join(value.split()).upper()
    if len(code) != 18:
        raise InvalidCode(f"{label}应为18位")
    _check(code, string.digits, CHECK_DIGITS_X, resident_id_check_char, label)
    birth = code[6:14]
    try:
        born = date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
    except ValueError:
        raise InvalidCode(f"{label}中的出生日期“{birth}”不存在") from None
    if born.year < 1900:
        raise InvalidCode(f"{label}中的出生日期“{birth}”早于1900年")
    if born > (today or china_today()):
        raise InvalidCode(f"{label}中的出生日期“{birth}”晚于今天")
    return code


def format_index_number(org_code: str, year: int, serial: int) -> str:
    """Build a 索引号 such as ``000014349/2017-00110``.

    Raises ValueError (InvalidCode for the organisation code) with a Chinese message.
    """
    code = validate_org_code(org_code)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"年份应在{MIN_YEAR}至{MAX_YEAR}之间")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"流水号应在1至{MAX_SERIAL}之间")
    return f"{code}/{year}-{serial:05d}"


def parse_index_number(value: str) -> tuple[str, int, int]:
    """Split a 索引号 into (organisation code, year, serial), validating each part."""
    match = INDEX_NUMBER_RE.match(value.strip().upper())
    if match is None:
        raise InvalidCode(
            "索引号格式应为“机构代码/年份-5位流水号”，如“000014349/2017-00110”"
        )
    org_code, year, serial = match["org_code"], int(match["year"]), int(match["serial"])
    try:
        format_index_number(org_code, year, serial)  # validates the three parts
    except ValueError as exc:
        raise InvalidCode(f"索引号中的{exc}") from exc
    return org_code, year, serial
