"""Words of the domain that need no database: the conference, sides and roles.

Kept apart from models.py so the window can be built before SQLAlchemy is imported.
"""

from enum import StrEnum

CONFERENCE = "Hong Kong/Shanghai Co-operation Conference"


class Side(StrEnum):
    """Which government an official speaks for."""

    HONG_KONG = "Hong Kong SAR Government"
    SHANGHAI = "Shanghai Municipal Government"
    CENTRAL = "Central authorities"


class Role(StrEnum):
    """What an official did at the plenary."""

    LED = "Led a delegation"
    ATTENDED = "Attended"
