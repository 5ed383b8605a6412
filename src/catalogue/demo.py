"""Synthetic catalogues for trying Catalogue at scale: many plenaries of several city-to-city
conferences, with areas, measures of realistic length (some in Chinese), officials,
agreements and annexes, written through the same import service as a real press release.

The file is built beside its destination and renamed into place at the end, so an
interrupted or cancelled run leaves nothing behind.
"""

import datetime
import random
from pathlib import Path

from sqlalchemy.engine import Engine

from catalogue import storage
from catalogue.i18n import translate
from catalogue.release import (
    ParsedAgreement,
    ParsedAnnex,
    ParsedArea,
    ParsedOfficial,
    Release,
    int_to_roman,
)
from catalogue.services import import_release
from catalogue.spec import Progress, report
from catalogue.storage.files import building, put_in_place
from catalogue.vocabulary import AGREEMENT_KINDS, Role, Side, conference_sides

CONFERENCES = (
    "Hong Kong/Shanghai Co-operation Conference", "Hong Kong/Beijing Co-operation Conference",
    "Hong Kong/Guangdong Co-operation Joint Conference", "Hong Kong/Shenzhen Co-operation "
    "Meeting", "Hong Kong/Fujian Co-operation Conference", "Hong Kong/Sichuan Co-operation "
    "Conference",
)
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
            "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
            "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth")
TOPICS = ("Finance", "Innovation and Technology", "Digital Economy", "Healthcare", "Legal "
          "Services", "Youth Development", "Sports", "Environmental Governance", "Culture",
          "Tourism", "Education", "Maritime Transport", "Civil Aviation", "Trade",
          "Social Welfare", "City Planning", "Green Finance", "Talent", "Logistics", "Heritage",
          "Water Management", "Food Safety", "Customs", "Intellectual Property",
          "Arbitration", "Research", "Creative Industries", "Energy", "Housing", "Elderly Care")
VERBS = ("Strengthen", "Promote", "Support", "Facilitate", "Explore", "Deepen", "Encourage",
         "Enhance", "Establish", "Continue to take forward")
OBJECTS = ("co-operation between the two places", "exchanges of talents and experts",
           "the mutual recognition of standards", "joint research and development",
           "collaboration between enterprises", "pilot projects of the two cities",
           "a mechanism for regular communication", "market access for service sectors",
           "the transfer of technological achievements", "youth internship programmes")
CHINESE = ("深化兩地合作", "推動人才交流", "加強金融互聯互通", "促進創新科技發展",
           "共建綠色低碳城市", "支持青年創新創業", "推進文化藝術交流", "完善法律服務合作")
PLACES = ("Hong Kong", "Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Fuzhou", "Chengdu")
NAMES = ("Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Ho", "Leung", "Tang", "Yip", "Zhang",
         "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu")
GIVEN = ("Wing-kei", "Mei-ling", "Ka-ming", "Siu-fong", "Jun", "Wei", "Hua", "Lin", "Ming",
         "Paul", "Carol", "Bernadette", "Christopher", "Clement", "Grace", "Henry")
POSTS = ("Secretary for {topic}", "Director of {topic}", "Under Secretary for {topic}",
         "Deputy Mayor responsible for {topic}", "Commissioner for {topic}")

PLENARY_SIZE = 499
"""Records per synthetic plenary: 1 session, 20 areas, 400 measures, 30 officials,
40 agreements, 8 annexes."""


def _sentence(rng: random.Random, topic: str) -> str:
    sentence = (f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} in {topic.lower()}, "
                f"{rng.choice(VERBS).lower()} {rng.choice(OBJECTS)}")
    if rng.random() < 0.2:
        sentence += f" ({rng.choice(CHINESE)})"
    return sentence + "."


def synthetic_release(rng: random.Random, conference: str, ordinal: int,
                      areas: int = 20, measures: int = 20) -> Release:
    topics = rng.sample(TOPICS, k=min(areas, len(TOPICS)))
    while len(topics) < areas:
        topics.append(f"{rng.choice(TOPICS)} {len(topics) + 1}")
    parsed_areas = tuple(
        ParsedArea(topic, tuple(
            " ".join(_sentence(rng, topic) for _ in range(rng.randint(2, 5)))
            for _ in range(measures)))
        for topic in topics)
    sides = (*(conference_sides(conference) or (Side.HONG_KONG, Side.SHANGHAI)), Side.CENTRAL)
    officials = tuple(
        ParsedOfficial(rng.choice(("Mr", "Ms", "Professor", "Dr")),
                       f"{rng.choice(GIVEN)} {rng.choice(NAMES)}",
                       rng.choice(POSTS).format(topic=rng.choice(TOPICS)),
                       str(rng.choice(sides)),
                       (Role.LED if index < 2 else Role.ATTENDED).value)
        for index in range(30 if areas >= 20 else 0))
    agreements = tuple(
        ParsedAgreement(int_to_roman(number),
                        f"{kind} on {rng.choice(TOPICS)} Co-operation between the "
                        f"{rng.choice(TOPICS)} Bureau and the {rng.choice(TOPICS)} Council",
                        kind, number + 1 if number <= 8 else None)
        for number in range(1, (41 if areas >= 20 else 1))
        for kind in [rng.choice(AGREEMENT_KINDS)])
    annexes = tuple(ParsedAnnex(agreement.annex, agreement.title, "Chinese only")
                    for agreement in agreements if agreement.annex)
    place = rng.choice(PLACES)
    word = ORDINALS[(ordinal - 1) % len(ORDINALS)] if ordinal <= len(ORDINALS) else f"{ordinal}th"
    return Release(ordinal=ordinal, title=f"{word} Plenary Session of the {conference}",
                   place=place, month_day=None, officials=officials, areas=parsed_areas,
                   agreements=agreements, annexes=annexes, conference=conference)


def generate(path: Path, records: int = 100_000, seed: int = 2024,
             progress: Progress | None = None) -> int:
    """Write a new catalogue of about `records` records at `path`; returns the exact count.

    `progress(done, total)` may return False to cancel (Cancelled): then nothing is left
    at `path`.
    """
    if path.exists():
        raise storage.StoreError(translate(
            "Demo", "{path} already exists: demo data goes into a new file").format(path=path))
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with building(path) as partial:
        storage.create_schema(partial)
        engine = storage.make_engine(partial)
        try:
            written = _fill(engine, rng, records, progress)
        finally:
            engine.dispose()
        if not put_in_place(partial, path, replace=False):  # made meanwhile by someone else
            raise storage.StoreError(translate(
                "Demo", "{path} already exists: demo data goes into a new file").format(
                    path=path))
    return written


def _fill(engine: Engine, rng: random.Random, records: int, progress: Progress | None) -> int:
    """Import synthetic plenaries until `records` records are written."""
    written = plenaries = 0
    while written < records:
        remaining = records - written
        conference = CONFERENCES[plenaries % len(CONFERENCES)]
        ordinal = plenaries // len(CONFERENCES) + 1
        if remaining >= PLENARY_SIZE:
            release = synthetic_release(rng, conference, ordinal)
        else:  # the last plenary takes exactly what is left
            release = synthetic_release(rng, conference, ordinal, areas=1,
                                        measures=max(remaining - 2, 0))
        year = 2003 + ordinal
        import_release(engine, release, date=datetime.date(min(year, 2100), 4, 26))
        written += sum(release.record_counts().values())
        plenaries += 1
        report(progress, written, records)
    return written
