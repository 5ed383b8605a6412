"""Words of the domain that need no database: the conference, agreement kinds, sides, roles.

Kept apart from models.py so the window can be built before SQLAlchemy is imported.
"""

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
