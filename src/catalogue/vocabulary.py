"""Words of the domain that need no database: the conference, agreement kinds, sides, roles.

Kept apart from models.py so the window can be built before SQLAlchemy is imported.
"""

import re
from enum import StrEnum

CONFERENCE = "Hong Kong/Shanghai Co-operation Conference"
AGREEMENT_KINDS = (
    "Memorandum of Understanding", "Memorandum of Co-operation", "Co-operation Memorandum",
    "Co-operation Agreement", "Framework Agreement", "Letter of Intent", "Arrangement",
    "Agreement", "Memorandum", "Protocol",
)
"""How agreements are named in releases, longest first where one begins another."""


class Side(StrEnum):
    """Which government an official speaks for."""

    HONG_KONG = "Hong Kong SAR Government"
    SHANGHAI = "Shanghai Municipal Government"
    CENTRAL = "Central authorities"


class Role(StrEnum):
    """What an official did at the plenary."""

    LED = "Led a delegation"
    ATTENDED = "Attended"


MUNICIPALITIES = frozenset({"Beijing", "Shanghai", "Tianjin", "Chongqing", "Shenzhen",
                            "Guangzhou", "Hangzhou", "Wuhan", "Chengdu", "Xiamen"})
PROVINCES = frozenset({"Guangdong", "Fujian", "Sichuan", "Hubei", "Hunan", "Jiangsu",
                       "Zhejiang", "Yunnan", "Guangxi", "Hainan", "Shandong", "Jiangxi"})
SPECIAL_REGIONS = frozenset({"Hong Kong", "Macao"})
_PLACES = re.compile(r"^(?P<a>[A-Z][A-Za-z ]+?)/(?P<b>[A-Z][A-Za-z ]+?) (?:Co-operation|Joint|"
                     r"Cooperation)")


def _government(place: str) -> str | None:
    if place in SPECIAL_REGIONS:
        return f"{place} SAR Government"
    if place in MUNICIPALITIES:
        return f"{place} Municipal Government"
    if place in PROVINCES:
        return f"{place} Provincial Government"
    return None


def conference_sides(name: str) -> tuple[str, str] | None:
    """The two governments of a conference named like "Hong Kong/Beijing Co-operation
    Conference", or None when the name does not say them. (A local stand-in for the
    release helper's `conference_sides`; the seed's sides are exactly Side's values.)"""
    found = _PLACES.match(name.strip())
    if found is None:
        return None
    sides = _government(found["a"].strip()), _government(found["b"].strip())
    if sides[0] is None or sides[1] is None:
        return None
    return sides[0], sides[1]
