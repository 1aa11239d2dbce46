"""Tests of zwgk.codes: 组织机构代码, 统一社会信用代码, 居民身份证号码, 索引号."""

from datetime import UTC
from datetime import date
from datetime import datetime
from zwgk import codes
from zwgk.codes import INDEX_NUMBER_RE
from zwgk.codes import InvalidCode
from zwgk.codes import format_index_number
from zwgk.codes import is_valid_org_code
from zwgk.codes import normalize_code
from zwgk.codes import org_code_check_char
from zwgk.codes import parse_index_number
from zwgk.codes import uscc_check_char
from zwgk.codes import validate_org_code
from zwgk.codes import validate_resident_id

import pytest


TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (" 00001434-9 ", "000014349"),
        ("d2143569-x", "D2143569X"),
        ("9111 0108 1234 5678 8e", "91110108123456788E"),
        ("0000-14349", "0000-14349"),  # only the hyphen before the check is dropped
    ],
)
def test_normalize_code(value, expected):
    assert normalize_code(value) == expected


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("00001434", "9"),
        ("12345678", "8"),
        ("D2143569", "X"),  # 10 -> X
        ("87654321", "0"),  # 11 -> 0
    ],
)
def test_org_code_check_char(body, check):
    assert org_code_check_char(body) == check


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("000014349", "000014349"),
        ("00001434-9", "000014349"),
        ("123456788", "123456788"),
        ("d2143569x", "D2143569X"),
        ("D2143569-X", "D2143569X"),
        ("876543210", "876543210"),
    ],
)
def test_valid_org_code(value, expected):
    assert validate_org_code(value) == expected
    assert is_valid_org_code(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "机构代码应为9位组织机构代码或18位统一社会信用代码"),
        ("12345678", "机构代码应为9位组织机构代码或18位统一社会信用代码"),
        ("1234567890", "机构代码应为9位组织机构代码或18位统一社会信用代码"),
        ("1234567_8", "组织机构代码含有无效字符“_”"),
        ("12345678A", "组织机构代码含有无效字符“A”"),
        ("123456789", "组织机构代码校验位错误，应为“8”"),
        ("D21435690", "组织机构代码校验位错误，应为“X”"),
    ],
)
def test_invalid_org_code(value, message):
    with pytest.raises(InvalidCode, match=f"^{message}$"):
        validate_org_code(value)
    assert not is_valid_org_code(value)


def test_invalid_code_is_value_error():
    assert issubclass(InvalidCode, ValueError)


@pytest.mark.parametrize(
    "value",
    [
        "91350100M000100Y43",
        "91110000600037341L",
        "91110108123456788E",
        "52100000876543210P",
        "91110108 12345678 8e",
    ],
)
def test_valid_uscc(value):
    assert validate_org_code(value) == normalize_code(value)
    assert len(validate_org_code(value)) == 18


def test_uscc_check_char():
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert uscc_check_char("91110108123456788") == "E"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("91350100M000100Y4", "机构代码应为9位组织机构代码或18位统一社会信用代码"),
        ("91350100M000100Y433", "机构代码应为9位组织机构代码或18位统一社会信用代码"),
        ("91110108123456788F", "统一社会信用代码校验位错误，应为“E”"),
        ("91350100M000100Y44", "统一社会信用代码校验位错误，应为“3”"),
        ("91110108I23456788E", "统一社会信用代码含有无效字符“I”"),
        ("91110108O23456788E", "统一社会信用代码含有无效字符“O”"),
        ("91110108Z23456788E", "统一社会信用代码含有无效字符“Z”"),
        ("91110108S23456788E", "统一社会信用代码含有无效字符“S”"),
        ("91110108V23456788E", "统一社会信用代码含有无效字符“V”"),
        ("91110108123456788I", "统一社会信用代码含有无效字符“I”"),
        # USCC check is right, but the embedded 12345678-7 is not (should be 8).
        (
            "91110108123456787B",
            "统一社会信用代码第9至17位的组织机构代码校验位错误，应为“8”",
        ),
    ],
)
def test_invalid_uscc(value, message):
    with pytest.raises(InvalidCode, match=f"^{message}$"):
        validate_org_code(value)
    assert not is_valid_org_code(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        (" 110101199003070011 ", "110101199003070011"),
        ("110101199003070038", "110101199003070038"),
        ("110105202406010013", "110105202406010013"),  # born today
    ],
)
def test_valid_resident_id(value, expected):
    assert validate_resident_id(value, today=TODAY) == expected


def test_resident_id_defaults_to_today():
    assert validate_resident_id("11010519491231002X") == "11010519491231002X"
    with pytest.raises(InvalidCode, match="晚于今天"):
        validate_resident_id("11010599991231001X")


def clock_at(utc):
    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return utc.astimezone(tz)

    return Clock


@pytest.mark.parametrize(
    ("utc", "valid"),
    [
        (datetime(2029, 12, 31, 15, 59, tzinfo=UTC), False),  # 23:59 in Beijing
        (datetime(2029, 12, 31, 16, 0, tzinfo=UTC), True),  # 00:00 on 1 January
    ],
)
def test_born_today_means_today_in_beijing(monkeypatch, utc, valid):
    """A baby born on 1 January 2030 has a valid ID from midnight in Beijing,
    while UTC is still on 31 December."""
    monkeypatch.setattr(codes, "datetime", clock_at(utc))
    if valid:
        assert validate_resident_id("11010520300101001X") == "11010520300101001X"
    else:
        with pytest.raises(InvalidCode, match="晚于今天"):
            validate_resident_id("11010520300101001X")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("11010519491231002", "居民身份证号码应为18位"),
        ("11010519491231002X1", "居民身份证号码应为18位"),
        ("1101051949123100XX", "居民身份证号码含有无效字符“X”"),
        ("11010519491231002A", "居民身份证号码含有无效字符“A”"),
        ("110105194912310021", "居民身份证号码校验位错误，应为“X”"),
        ("440304199902301238", "居民身份证号码中的出生日期“19990230”不存在"),
        ("110105189912310015", "居民身份证号码中的出生日期“18991231”早于1900年"),
        ("11010520300101001X", "居民身份证号码中的出生日期“20300101”晚于今天"),
    ],
)
def test_invalid_resident_id(value, message):
    with pytest.raises(InvalidCode, match=f"^{message}$"):
        validate_resident_id(value, today=TODAY)


@pytest.mark.parametrize(
    ("org_code", "year", "serial", "expected"),
    [
        ("000014349", 2017, 110, "000014349/2017-00110"),
        ("00001434-9", 2017, 110, "000014349/2017-00110"),
        ("91110108123456788e", 2024, 1, "91110108123456788E/2024-00001"),
        ("D2143569X", 1949, 99999, "D2143569X/1949-99999"),
    ],
)
def test_index_number_round_trip(org_code, year, serial, expected):
    assert format_index_number(org_code, year, serial) == expected
    assert INDEX_NUMBER_RE.match(expected)
    assert parse_index_number(expected) == (normalize_code(org_code), year, serial)


def test_parse_index_number_normalizes():
    assert parse_index_number(" d2143569x/2020-00007\n") == ("D2143569X", 2020, 7)


@pytest.mark.parametrize(
    ("org_code", "year", "serial", "message"),
    [
        ("000014349", 2017, 0, "流水号应在1至99999之间"),
        ("000014349", 2017, 100000, "流水号应在1至99999之间"),
        ("000014349", 1948, 1, "年份应在1949至9999之间"),
        ("000014349", 10000, 1, "年份应在1949至9999之间"),
        ("000014348", 2017, 1, "组织机构代码校验位错误，应为“9”"),
    ],
)
def test_format_index_number_rejects(org_code, year, serial, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        format_index_number(org_code, year, serial)


FORMAT_MESSAGE = "索引号格式应为“机构代码/年份-5位流水号”，如“000014349/2017-00110”"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("000014349/2017-0110", FORMAT_MESSAGE),  # 4-digit serial
        ("000014349/2017-100000", FORMAT_MESSAGE),
        ("0000143492017-00110", FORMAT_MESSAGE),  # missing slash
        ("000014349/201700110", FORMAT_MESSAGE),
        ("000014349/17-00110", FORMAT_MESSAGE),
        ("00001434-9/2017-00110", FORMAT_MESSAGE),
        ("000014349/2017-00110\n2", FORMAT_MESSAGE),
        ("", FORMAT_MESSAGE),
        ("000014349/2017-00000", "索引号中的流水号应在1至99999之间"),
        ("000014349/1900-00001", "索引号中的年份应在1949至9999之间"),
        ("000014348/2017-00110", "索引号中的组织机构代码校验位错误，应为“9”"),
    ],
)
def test_parse_index_number_rejects(value, message):
    with pytest.raises(InvalidCode, match=f"^{message}$"):
        parse_index_number(value)


@pytest.mark.parametrize(
    "value",
    [
        "000014349/2017-0110",
        "0000143492017-00110",
        "000014349/2017-00110\n",
        "x000014349/2017-00110",
        "000014349/2017-00110 ",
    ],
)
def test_index_number_re_is_anchored(value):
    assert INDEX_NUMBER_RE.match(value) is None
