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


_PROVINCES = ("Hebei", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Jiangsu", "Zhejiang",
              "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei", "Hunan", "Guangdong",
              "Hainan", "Sichuan", "Guizhou", "Yunnan", "Shaanxi", "Gansu", "Qinghai", "Taiwan")
_AUTONOMOUS_REGIONS = ("Inner Mongolia", "Guangxi", "Tibet", "Ningxia", "Xinjiang")
_CONFERENCE_PLACES = re.compile(
    r"^(?:the\s+)?(?P<first>[A-Z][\w' ]{0,60}?)\s*[/\u2013-]\s*(?P<second>[A-Z][\w' ]{0,60}?)"
    r"(?=\s+(?:Co-operation|Cooperation|Economic|Joint|Conference|Liaison|Expert)\b|$)")


def government_of(place: str) -> str:
    """The government a place of a conference name speaks through: Hong Kong -> 'Hong Kong
    SAR Government', Beijing and the other municipalities -> '... Municipal Government',
    Guangdong and the other provinces -> '... Provincial Government'; a city not listed has a
    municipal government too."""
    place = " ".join(place.split())
    if place in {"Hong Kong", "HKSAR", "HK"}:
        return Side.HONG_KONG.value
    if place in {"Macao", "Macau"}:
        return "Macao SAR Government"
    if place in _PROVINCES:
        return f"{place} Provincial Government"
    if place in _AUTONOMOUS_REGIONS:
        return f"{place} Autonomous Region Government"
    return f"{place} Municipal Government"


def conference_sides(name: str) -> tuple[str, str] | None:
    """The two governments of a conference, in the order its name gives them:
    'Hong Kong/Shanghai Co-operation Conference' -> ('Hong Kong SAR Government', 'Shanghai
    Municipal Government'); None when the name does not name Hong Kong and one other place
    (its sides are then given by hand). The one reading of a conference's name: the
    importer, the services, the New plenary dialog and migration 0004 all ask here."""
    match = _CONFERENCE_PLACES.match(" ".join(name.split()))
    if match is None:
        return None
    sides = government_of(match["first"]), government_of(match["second"])
    return sides if Side.HONG_KONG.value in sides else None
