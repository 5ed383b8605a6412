"""The data that ships inside the package: the seed press release and the curated links.

Found through importlib.resources so a wheel, an editable install and the frozen app all
read the same files.
"""

import datetime
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

SEED_ORDINAL = 6


@dataclass(frozen=True)
class Curation:
    """Facts about one plenary that its press release does not state in a parseable way."""

    date: datetime.date | None = None
    agreement_areas: dict[str, list[str]] = field(default_factory=dict)
    parties: dict[str, list[str]] = field(default_factory=dict)
    release: str | None = None


def data_file(name: str) -> str:
    """The text of a bundled data file."""
    return resources.files("catalogue.data").joinpath(name).read_text(encoding="utf-8")


@cache
def _curated_sessions() -> dict[str, dict]:
    return json.loads(data_file("curation.json"))["sessions"]


def curation_for(ordinal: int) -> Curation:
    """Curated facts for the plenary with this ordinal (empty when none are kept)."""
    entry = _curated_sessions().get(str(ordinal))
    if entry is None:
        return Curation()
    return Curation(
        date=datetime.date.fromisoformat(entry["date"]) if entry.get("date") else None,
        agreement_areas=entry.get("agreement_areas", {}),
        parties=entry.get("parties", {}),
        release=entry.get("release"),
    )


def seed_release_text() -> str:
    """The press release that a new catalogue is filled from."""
    return data_file(curation_for(SEED_ORDINAL).release or "press-release-6th-plenary.txt")
