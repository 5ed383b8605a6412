"""The real wordings of earlier releases (#14 items 5 and 6): each test release under
tests/data/releases is read and imported into a catalogue that already holds the seed, and
every record it makes is checked; the seed's own records stay as they were. Wordings are
also tried one at a time on the seed's text, and `catalogue import --dry-run` and
`--allow-unplaced` are run as real subprocesses."""

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from catalogue import workflows
from catalogue.release import (
    VIDEO_CONFERENCE,
    conference_sides,
    official_side,
    paragraphs,
    parse_release,
)
from catalogue.vocabulary import CONFERENCE, Role, Side
from tests.helpers import DATA, dump, file_digest, run

RELEASES = DATA / "releases"
HK, SH, CENTRAL = Side.HONG_KONG.value, Side.SHANGHAI.value, Side.CENTRAL.value
BJ, GD = "Beijing Municipal Government", "Guangdong Provincial Government"
LED, ATTENDED = Role.LED.value, Role.ATTENDED.value
GUANGDONG = "Hong Kong/Guangdong Co-operation Joint Conference"
BEIJING = "Hong Kong/Beijing Co-operation Conference"


def _release(name: str):
    return parse_release((RELEASES / name).read_text(encoding="utf-8"))


# -- what each file holds, record by record ---------------------------------------------------

EXPECTED = {
    "hk-shanghai-4th-2018.txt": {
        "date": datetime.date(2018, 12, 6),
        "session": ("4th Plenary Session of Hong Kong/Shanghai Co-operation Conference",
                    CONFERENCE, 4, "Hong Kong"),
        "officials": [
            ("Mrs", "Carrie Lam", "Chief Executive", HK, LED),
            ("Mr", "Ying Yong", "Mayor of Shanghai", SH, LED),
            ("Mr", "Tan Tieniu", "Deputy Director of the Liaison Office of the Central "
             "People's Government in the HKSAR", CENTRAL, ATTENDED),
            ("Mr", "Wu Qing", "Vice Mayor of Shanghai", SH, ATTENDED),
            ("Ms", "Teresa Cheng, SC", "Secretary for Justice", HK, ATTENDED),
            ("Mr", "Patrick Nip", "Secretary for Constitutional and Mainland Affairs", HK,
             ATTENDED),
            ("Mr", "Chan Kwok-ki", "Director of the Chief Executive's Office", HK, ATTENDED),
        ],
        "areas": [("Belt and Road Initiative", 2), ("Trade and Investment", 1), ("Finance", 2),
                  ("Innovation and Technology", 1), ("Civil Aviation", 1),
                  ("Maritime Services", 1), ("Tourism", 1),
                  ("Cultural and Creative Industries", 2), ("Education", 1),
                  ("Youth Development", 1), ("Healthcare", 1), ("Sports", 1),
                  ("Legal Services", 1), ("Civil Service Exchanges", 1),
                  ("Environmental Protection", 1),
                  ("Facilitation Measures for Hong Kong People", 1)],
        "measures": {
            "1.1": "To strengthen co-operation between the two places in taking forward the "
                   "Belt and Road Initiative, and to encourage enterprises of the two places "
                   "to jointly explore markets along the Belt and Road.",
            "1.2": "To encourage professional services sectors of the two places to form "
                   "partnerships for projects along the Belt and Road.",
            "3.1": "To deepen the mutual access between the financial markets of the two "
                   "places.",
            "3.2": "To strengthen co-operation in financial regulation and in the development "
                   "of financial talents.",
            "8.2": "The West Kowloon Cultural District Authority signed co-operation "
                   "agreements with the Shanghai West Bund Development Group to promote "
                   "exchanges of the visual arts.",
            "16.1": "To facilitate Hong Kong people to study, work and live in Shanghai.",
        },
        "agreements": [
            ("i", "Memorandum of Understanding on Co-operation in Financial Regulation",
             "Memorandum of Understanding", None),
            ("ii", "Letter of Intent on Cultural Exchanges between the Home Affairs Bureau and "
             "the Shanghai Municipal Administration of Culture and Tourism", "Letter of Intent",
             2),
            ("iii", "Agreement on Youth Exchange between the Home Affairs Bureau and the "
             "Shanghai Municipal Committee of the Communist Youth League", "Agreement", 3),
            ("iv", "Memorandum of Understanding on Sports Exchanges",
             "Memorandum of Understanding", None),
        ],
        "annexes": [
            (1, "Co-operation Memorandum of the Fourth Plenary Session of the Hong "
             "Kong/Shanghai Co-operation Conference", "Chinese only"),
            (2, "Letter of Intent on Cultural Exchanges between the Home Affairs Bureau and "
             "the Shanghai Municipal Administration of Culture and Tourism", "Chinese only"),
            (3, "Agreement on Youth Exchange between the Home Affairs Bureau and the Shanghai "
             "Municipal Committee of the Communist Youth League", "Chinese only"),
        ],
        "unplaced": [],
    },
    "hk-shanghai-5th-2021-video.txt": {
        "date": datetime.date(2021, 8, 30),
        "session": ("5th Plenary Session of Hong Kong/Shanghai Co-operation Conference",
                    CONFERENCE, 5, VIDEO_CONFERENCE),
        "officials": [
            ("Mrs", "Carrie Lam", "Chief Executive of the Hong Kong Special Administrative "
             "Region (HKSAR)", HK, LED),
            ("Mr", "Gong Zheng", "Mayor of Shanghai", SH, LED),
            ("Mr", "Paul Chan", "Financial Secretary", HK, ATTENDED),
            ("Ms", "Teresa Cheng, SC", "Secretary for Justice", HK, ATTENDED),
            ("Mr", "Alfred Sit", "Secretary for Innovation and Technology", HK, ATTENDED),
            ("Professor", "Sophia Chan", "Secretary for Food and Health", HK, ATTENDED),
            ("Mr", "Huang Liuquan", "Deputy Director of the Hong Kong and Macao Affairs "
             "Office of the State Council", CENTRAL, ATTENDED),
            ("Mrs", "Zong Ming", "Vice Mayor of Shanghai", SH, ATTENDED),
        ],
        "areas": [("Belt and Road Initiative", 2), ("Commerce and Trade", 1), ("Finance", 2),
                  ("Innovation and Technology", 1), ("Civil Aviation", 1),
                  ("Maritime Services", 1), ("Culture, Tourism and Sports", 1),
                  ("Education", 1), ("Youth Development", 1), ("Healthcare", 1),
                  ("Legal Services", 1), ("Civil Service Exchanges", 1),
                  ("Facilitation Measures for Hong Kong People", 1)],
        "measures": {
            "1.1": "To strengthen co-operation between the two places in taking forward the "
                   "Belt and Road Initiative.",
            "1.2": "To encourage professional services sectors to jointly explore markets.",
            "3.2": "To strengthen co-operation in green finance.",
        },
        "agreements": [
            ("i", "Memorandum of Understanding on Co-operation in Innovation and Technology",
             "Memorandum of Understanding", None),
            ("ii", "Co-operation Agreement on Healthcare Exchanges", "Co-operation Agreement",
             None),
            ("iii", "Letter of Intent on Youth Exchange", "Letter of Intent", None),
        ],
        "annexes": [(1, "Co-operation Memorandum of the Fifth Plenary Session of the Hong "
                     "Kong/Shanghai Co-operation Conference", "Chinese only")],
        "unplaced": [],
    },
    "hk-guangdong-20th.txt": {
        "date": datetime.date(2017, 9, 13),
        "session": ("Twentieth Plenary of Hong Kong/Guangdong Co-operation Joint Conference",
                    GUANGDONG, 20, "Hong Kong"),
        "officials": [
            ("Mrs", "Carrie Lam", "Chief Executive", HK, LED),
            ("Mr", "Ma Xingrui", "Governor of Guangdong Province", GD, LED),
            ("Mr", "Lin Shaochun", "Executive Vice Governor of Guangdong Province", GD,
             ATTENDED),
            ("Mr", "Chen Liangxian", "Secretary-General of the Provincial People's Government",
             GD, ATTENDED),
            ("Mr", "Yang Jian", "Deputy Director of the Liaison Office of the Central People's "
             "Government in the HKSAR", CENTRAL, ATTENDED),
            ("Mr", "Paul Chan", "Financial Secretary", HK, ATTENDED),
            ("Mr", "Patrick Nip", "Secretary for Constitutional and Mainland Affairs", HK,
             ATTENDED),
        ],
        "areas": [("Greater Bay Area Development", 2), ("Innovation and Technology", 1),
                  ("Financial Services", 1)],
        "measures": {
            "1.2": "To strengthen co-operation in infrastructure connectivity.",
            "3.1": "To facilitate cross-boundary financial services for residents of the two "
                   "places.",
        },
        "agreements": [
            ("i", "Framework Agreement on Deepening Guangdong-Hong Kong-Macao Co-operation in "
             "the Development of the Greater Bay Area", "Framework Agreement", None),
            ("ii", "Memorandum of Understanding on Co-operation in Innovation and Technology",
             "Memorandum of Understanding", None),
        ],
        "annexes": [],
        "unplaced": [],
    },
    "hk-beijing-6th-unplaced.txt": {
        "date": datetime.date(2024, 5, 16),
        "session": ("Sixth Plenary Session of the Hong Kong/Beijing Co-operation Conference",
                    BEIJING, 6, "Beijing"),
        "officials": [
            ("Mr", "John Lee", "Chief Executive", HK, LED),
            ("Mr", "Yin Yong", "Mayor of Beijing", BJ, LED),
            ("Mr", "Sima Hong", "Vice Mayor of Beijing", BJ, ATTENDED),
            ("Mr", "Erick Tsang Kwok-wai", "Secretary for Constitutional and Mainland Affairs",
             HK, ATTENDED),
            ("Mr", "Algernon Yau", "Secretary for Commerce and Economic Development", HK,
             ATTENDED),
        ],
        "areas": [("Commerce and Trade", 1), ("Culture and Tourism", 2)],
        "measures": {"2.2": "To encourage exchanges of the performing arts groups of the two "
                            "places."},
        "agreements": [
            ("i", "Memorandum of Understanding on Co-operation in Commerce and Trade",
             "Memorandum of Understanding", None),
            ("ii", "Co-operation Agreement on Cultural Exchange", "Co-operation Agreement",
             None),
        ],
        "annexes": [],
        "unplaced": [
            (4, 7, "The two delegations toured the Beijing Economic-Technological Development "
                   "Area before the meeting and visited two enterprises there."),
            (15, 28, "A photo exhibition on the co-operation between the two places was held "
                     "after the signing."),
        ],
    },
}


def _records(engine, conference: str, ordinal: int) -> dict:
    """Every record of one plenary as stored, in the catalogue's order."""
    with engine.connect() as db:
        session = db.execute(text(
            "SELECT s.id, s.title, c.name AS conference, s.ordinal, s.place, s.date "
            "FROM plenary_session s JOIN conference c ON c.id = s.conference_id "
            "WHERE c.name = :c AND s.ordinal = :o"), {"c": conference, "o": ordinal}).one()
        sid = session.id
        areas = db.execute(text("SELECT id, position, name FROM area WHERE session_id = :s "
                                "ORDER BY position"), {"s": sid}).all()
        measures = {f"{area.position}.{row.position}": row.text for area in areas
                    for row in db.execute(text(
                        "SELECT position, text FROM measure WHERE area_id = :a "
                        "ORDER BY position"), {"a": area.id})}
        officials = db.execute(text(
            "SELECT honorific, name, post, side, role FROM official WHERE session_id = :s "
            "ORDER BY position"), {"s": sid}).all()
        agreements = db.execute(text(
            "SELECT agreement.numeral, agreement.title, agreement.kind, annex.number "
            "FROM agreement LEFT JOIN annex ON annex.id = agreement.annex_id "
            "WHERE agreement.session_id = :s ORDER BY agreement.position"), {"s": sid}).all()
        annexes = db.execute(text("SELECT number, title, language FROM annex WHERE "
                                  "session_id = :s ORDER BY number"), {"s": sid}).all()
    return {
        "session": (session.title, session.conference, session.ordinal, session.place),
        "date": session.date,
        "areas": [(area.name, sum(1 for ref in measures if ref.split(".")[0]
                                  == str(area.position))) for area in areas],
        "positions": [area.position for area in areas],
        "measures": measures,
        "officials": [tuple(row) for row in officials],
        "agreements": [tuple(row) for row in agreements],
        "annexes": [tuple(row) for row in annexes],
    }


def _seed_rows(engine) -> dict[str, list[tuple]]:
    """The seed plenary's rows (the plenary with conference and ordinal 6 of Shanghai)."""
    rows = dump(engine)
    with engine.connect() as db:
        sid = db.execute(text("SELECT s.id FROM plenary_session s JOIN conference c ON "
                              "c.id = s.conference_id WHERE c.name = :c AND s.ordinal = 6"),
                         {"c": CONFERENCE}).scalar_one()
    return {"session": [row for row in rows["plenary_session"] if row[0] == sid],
            "area": [row for row in rows["area"] if row[1] == sid],
            "official": [row for row in rows["official"] if row[1] == sid],
            "agreement": [row for row in rows["agreement"] if row[1] == sid],
            "annex": [row for row in rows["annex"] if row[1] == sid]}


@pytest.mark.parametrize("name", EXPECTED)
def test_each_release_is_read_as_written(name):
    release = _release(name)
    expected = EXPECTED[name]
    title, conference, ordinal, place = expected["session"]
    assert (release.title, release.conference, release.ordinal, release.place) == (
        title, conference, ordinal, place)
    assert release.month_day == (expected["date"].month, expected["date"].day)
    assert [(o.honorific, o.name, o.post, o.side, o.role)
            for o in release.officials] == expected["officials"]
    assert [(a.name, len(a.measures)) for a in release.areas] == expected["areas"]
    assert [(a.numeral, a.title, a.kind, a.annex)
            for a in release.agreements] == expected["agreements"]
    assert [(a.number, a.title, a.language) for a in release.annexes] == expected["annexes"]
    assert [(p.number, p.line, p.text) for p in release.unplaced] == expected["unplaced"]
    said = ("Mrs Lam said, ", "Mrs Lam said that", "The Chief Executive said, ")
    assert [p.text.startswith(said) for p in release.remarks] == [True] * REMARKS[name]


REMARKS = {"hk-shanghai-4th-2018.txt": 1, "hk-shanghai-5th-2021-video.txt": 1,
           "hk-guangdong-20th.txt": 1, "hk-beijing-6th-unplaced.txt": 0}
"""Paragraphs of what a leader said: told apart, neither records nor unplaced."""


@pytest.mark.parametrize("name", EXPECTED)
def test_each_release_imports_beside_the_seed(engine, name):
    """Every record the import makes, checked; the seed's plenary untouched."""
    expected = EXPECTED[name]
    seed_before = _seed_rows(engine)
    release = _release(name)
    result = workflows.import_release(engine, workflows.prepare_import(
        release, expected["date"]))
    assert not result.replaced
    stored = _records(engine, expected["session"][1], expected["session"][2])
    assert stored["session"] == expected["session"]
    assert stored["date"] == expected["date"].isoformat()
    assert stored["areas"] == expected["areas"]
    assert stored["positions"] == list(range(1, len(expected["areas"]) + 1))
    assert len(stored["measures"]) == sum(count for _, count in expected["areas"])
    for ref, measure in expected["measures"].items():
        assert stored["measures"][ref] == measure
    assert all(not re.match(r"[-\u2022]", measure) for measure in stored["measures"].values())
    assert stored["officials"] == expected["officials"]
    assert stored["agreements"] == expected["agreements"]
    assert stored["annexes"] == expected["annexes"]
    assert result.counts == release.record_counts()
    assert _seed_rows(engine) == seed_before
    with engine.connect() as db:
        assert db.execute(text("SELECT count(*) FROM plenary_session")).scalar_one() == 2


def test_all_the_releases_sit_in_one_catalogue(engine):
    """Two Sixth plenaries (Shanghai's seed and Beijing's) and the rest, side by side."""
    for name, expected in EXPECTED.items():
        workflows.import_release(engine, workflows.prepare_import(_release(name),
                                                                  expected["date"]))
    with engine.connect() as db:
        rows = db.execute(text("SELECT c.name, s.ordinal FROM plenary_session s JOIN "
                               "conference c ON c.id = s.conference_id "
                               "ORDER BY c.name, s.ordinal")).all()
    assert [tuple(row) for row in rows] == [
        (BEIJING, 6), (GUANGDONG, 20), (CONFERENCE, 4), (CONFERENCE, 5), (CONFERENCE, 6)]


def test_another_conferences_plenary_gets_no_shanghai_curation(seed_release):
    """The bundled date and agreement links are the Shanghai Sixth's: the Beijing Sixth
    needs its own date, and its agreements get no Shanghai parties."""
    beijing = _release("hk-beijing-6th-unplaced.txt")
    assert workflows.known_date(beijing) is None
    assert workflows.curation_of(beijing).parties == {}
    assert workflows.known_date(seed_release) == datetime.date(2024, 4, 26)


# -- the seed stays as it was -------------------------------------------------------------------


def test_the_seed_has_nothing_unplaced_and_two_remarks(seed_release):
    assert seed_release.unplaced == ()
    assert [p.text.split(" ", 3)[:3] for p in seed_release.remarks] == [
        ["Mr", "Lee", "said"], ["Mr", "Lee", "added"]]
    assert seed_release.conference == CONFERENCE
    assert seed_release.sides == (HK, SH)


def test_conference_sides():
    assert conference_sides(CONFERENCE) == (HK, SH)
    assert conference_sides(BEIJING) == (HK, BJ)
    assert conference_sides(GUANGDONG) == (HK, GD)
    assert conference_sides("Hong Kong/Fujian Co-operation Conference") == (
        HK, "Fujian Provincial Government")
    assert conference_sides("the Hong Kong/Shenzhen Co-operation Meeting") == (
        HK, "Shenzhen Municipal Government")
    assert conference_sides("Beijing-Hong Kong Economic Co-operation Conference") == (BJ, HK)
    assert conference_sides("Pan-Pearl River Delta Forum") == (HK, "")


@pytest.mark.parametrize(("post", "sides", "side"), [
    ("Vice Mayor of Beijing", (HK, BJ), BJ),
    ("Governor of Guangdong Province", (HK, GD), GD),
    ("Secretary-General of the Provincial People's Government", (HK, GD), GD),
    ("Secretary for Justice", (HK, BJ), HK),
    ("Deputy Director of the Liaison Office of the Central People's Government in the HKSAR",
     (HK, BJ), CENTRAL),
    ("Vice Mayor of Shanghai", (HK, SH), SH),
    ("Mayor of Shanghai", (HK, BJ), BJ),  # a Mainland post at a Beijing plenary
])
def test_an_officials_side_comes_from_the_conference(post, sides, side):
    assert official_side(post, sides) == side


# -- each wording alone, on the seed's text ----------------------------------------------------

OPENING = ("The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, "
           "leading the delegations of the governments of Hong Kong Special Administrative "
           "Region (HKSAR) and Shanghai respectively, held the Sixth Plenary Session of the "
           "Hong Kong/Shanghai Co-operation Conference (the plenary) in Hong Kong today "
           "(April 26).")
TITLE = ("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference held in Hong "
         "Kong (with photos/video)")


def _numbered(seed: str, style: str) -> str:
    """The seed's agreements numbered (1), 1. or only bulleted instead of (i)."""
    from catalogue.release import roman_to_int

    def renumber(match: re.Match[str]) -> str:
        number = roman_to_int(match["numeral"])
        return {"parens": f"({number}) ", "dotted": f"{number}. ", "bullets": "- "}[style]

    return re.sub(r"^(?:- )?\((?P<numeral>[ivx]+)\) ", renumber, seed, flags=re.MULTILINE)


def _bulleted_measures(seed: str) -> str:
    start, end = seed.index("Joint Pursuit"), seed.index("Co-operation Memorandum Signing")
    measures = "\n\n".join(f"- {p}" if p.endswith(".") and p[:1].isupper() else p
                           for p in seed[start:end].split("\n\n"))
    return seed[:start] + measures + seed[end:]


WORDINGS = {
    "numeric ordinal, no 'the'": lambda t: t.replace(TITLE, "6th Plenary Session of Hong "
                                                     "Kong/Shanghai Co-operation Conference "
                                                     "(with photos/video)"),
    "co-chaired": lambda t: t.replace(OPENING, "The Chief Executive, Mr John Lee, and the "
                                      "Mayor of Shanghai, Mr Gong Zheng, co-chaired the Sixth "
                                      "Plenary Session in Hong Kong today (April 26)."),
    "convened, each joined by their delegation": lambda t: t.replace(
        OPENING, "The Chief Executive, Mr John Lee, and the Mayor of Shanghai, Mr Gong Zheng, "
        "each joined by their respective delegation, convened the plenary in Hong Kong today "
        "(April 26)."),
    "areas in words": lambda t: t.replace("following 15 co-operation", "following fifteen "
                                          "co-operation"),
    "bulleted measures": _bulleted_measures,
    "agreements numbered (1)": lambda t: _numbered(t, "parens").replace(
        "agreements (ii) to (viii)", "agreements (2) to (8)"),
    "agreements numbered 1.": lambda t: _numbered(t, "dotted"),
    "agreements only bulleted": lambda t: _numbered(t, "bullets"),
    "items ending with a full stop": lambda t: t.replace("Law;\n", "Law.\n").replace(
        "Co-operation;\n", "Co-operation.\n"),
    "signed the following": lambda t: t.replace(
        "In addition, twenty co-operation agreements were signed by government departments, "
        "statutory bodies and relevant organisations of the two places:",
        "Government departments, statutory bodies and relevant organisations of the two "
        "places signed the following twenty co-operation agreements:"),
    "closing lines": lambda t: t + "\nEnds/Friday, April 26, 2024\nIssued at HKT 20:17\n\nNNNN\n",
}


@pytest.mark.parametrize("wording", WORDINGS, ids=list(WORDINGS))
def test_each_wording_reads_the_seeds_records(seed_text, seed_release, wording):
    changed = WORDINGS[wording](seed_text)
    assert changed != seed_text
    release = parse_release(changed)
    assert release.unplaced == ()
    assert release.areas == seed_release.areas
    assert release.agreements == seed_release.agreements
    assert release.annexes == seed_release.annexes
    assert [(o.name, o.post, o.side) for o in release.officials] == [
        (o.name, o.post, o.side) for o in seed_release.officials]
    assert [o.role for o in release.officials][:2] == [LED, LED]
    assert release.conference == CONFERENCE and release.ordinal == 6


def test_a_video_conference_has_no_city():
    release = _release("hk-shanghai-5th-2021-video.txt")
    assert release.place == VIDEO_CONFERENCE
    assert "through video conferencing today (August 30)" in paragraphs(
        (RELEASES / "hk-shanghai-5th-2021-video.txt").read_text(encoding="utf-8"))[1]


def test_a_paragraph_it_cannot_place_is_kept_with_its_position(seed_text):
    stray = "The delegation also visited the West Kowloon Cultural District in the afternoon."
    changed = seed_text.replace("Hong Kong and Shanghai reached consensus",
                                f"{stray}\n\nHong Kong and Shanghai reached consensus")
    release = parse_release(changed)
    [unplaced] = release.unplaced
    assert unplaced.text == stray
    assert changed.splitlines()[unplaced.line - 1] == stray
    assert paragraphs(changed)[unplaced.number - 1] == stray
    assert release.areas == parse_release(seed_text).areas
    tail = parse_release(seed_text + "\nThe plenary ended with a luncheon.\n").unplaced
    assert [p.text for p in tail] == ["The plenary ended with a luncheon."]
    ceremony = "A signing ceremony was held after the meeting."
    signing = parse_release(seed_text.replace("Co-operation Memorandum Signing Ceremony",
                                              f"{ceremony}\n\nSigning Ceremony"))
    assert [p.text for p in signing.unplaced] == [ceremony]
    assert signing.areas == parse_release(seed_text).areas


def test_a_memorandum_at_no_annex_is_not_dropped(seed_text):
    """Without 'The document is at Annex 1' there is no record to hold the leaders'
    memorandum: its paragraph is listed as not placed, never lost."""
    changed = seed_text.replace(" The document (Chinese only) is at Annex 1.", "")
    release = parse_release(changed)
    assert [p.text[:16] for p in release.unplaced] == ["At the meeting, "]
    assert [a.number for a in release.annexes] == list(range(2, 9))


# -- the summary and the command line ---------------------------------------------------------


def test_the_summary_says_what_is_added_and_what_is_not_placed():
    release = _release("hk-beijing-6th-unplaced.txt")
    summary = workflows.import_summary(workflows.prepare_import(
        release, datetime.date(2024, 5, 16)))
    assert "Date: 2024-05-16    Place: Beijing" in summary
    for count in ("1 plenary session", "2 co-operation areas", "3 measures", "5 officials",
                  "2 agreements", "0 annexes"):
        assert f"  {count}\n" in summary
    assert "      2 Culture and Tourism\n        2.1 To strengthen co-operation" in summary
    assert "Mr Yin Yong, Mayor of Beijing (Beijing Municipal Government; Led a delegation)" \
        in summary
    assert "Not placed in any record: 2 paragraphs" in summary
    assert ("  paragraph 4, line 7: The two delegations toured the Beijing "
            "Economic-Technological Development Area") in summary
    assert "  paragraph 15, line 28: A photo exhibition" in summary


@pytest.fixture
def cli_db(catalogue_file) -> Path:
    return catalogue_file


def test_dry_run_prints_the_summary_and_writes_nothing(cli_db):
    before = file_digest(cli_db)
    files = sorted(path.name for path in cli_db.parent.iterdir())
    result = run("import", "--db", str(cli_db), "--dry-run", "--date", "2021-08-30",
                 str(RELEASES / "hk-shanghai-5th-2021-video.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("5th Plenary Session of Hong Kong/Shanghai Co-operation "
                                    "Conference (Hong Kong/Shanghai Co-operation Conference)\n")
    assert "  13 co-operation areas\n" in result.stdout
    assert "Every paragraph was placed." in result.stdout
    assert "Dry run: nothing was written." in result.stdout
    assert file_digest(cli_db) == before
    # no other file, no backup; a reader of a WAL file may leave SQLite's shared index
    # (-shm) and an empty -wal beside it, as `catalogue export` does: no data in either
    made = {path.name for path in cli_db.parent.iterdir()} - set(files)
    assert made <= {"catalogue.db-shm", "catalogue.db-wal"}
    wal = cli_db.parent / "catalogue.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_dry_run_on_no_catalogue_makes_none(tmp_path):
    missing = tmp_path / "none.db"
    result = run("import", "--db", str(missing), "--dry-run", "--date", "2017-09-13",
                 str(RELEASES / "hk-guangdong-20th.txt"))
    assert result.returncode == 0, result.stderr
    assert "Twentieth Plenary" in result.stdout
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_unplaced_paragraphs_need_allow_unplaced(cli_db):
    release = str(RELEASES / "hk-beijing-6th-unplaced.txt")
    before = file_digest(cli_db)
    refused = run("import", "--db", str(cli_db), "--date", "2024-05-16", release)
    assert refused.returncode == 1
    assert refused.stderr == ("catalogue: 2 paragraphs of the release could not be placed in "
                              "any record: see them with --dry-run, or import anyway with "
                              "--allow-unplaced\n")
    assert refused.stdout == ""
    assert file_digest(cli_db) == before

    dry = run("import", "--db", str(cli_db), "--date", "2024-05-16", "--dry-run", release)
    assert dry.returncode == 1 and dry.stderr.count("\n") == 1
    assert "--allow-unplaced" in dry.stderr
    assert "  paragraph 4, line 7: The two delegations toured" in dry.stdout
    assert file_digest(cli_db) == before

    done = run("import", "--db", str(cli_db), "--date", "2024-05-16", "--allow-unplaced",
               release)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported Sixth Plenary Session of the Hong Kong/Beijing")
    assert "Not placed in any record (add what they say by hand):\n  paragraph 4, line 7: " \
           "The two delegations toured" in done.stdout
    assert "  paragraph 15, line 28: A photo exhibition" in done.stdout
    # and the catalogue keeps them: the plenary's notes (they were dropped on import)
    exported = run("export", "--db", str(cli_db), "--conference", "beijing", "-")
    plenary = next(row for row in csv.DictReader(io.StringIO(exported.stdout.lstrip("\ufeff")))
                   if row["record_type"] == "session")
    assert plenary["notes"].startswith("Not placed in any record when the press release was "
                                       "imported:")
    assert "[paragraph 4, line 7] The two delegations toured" in plenary["notes"]
    assert "[paragraph 15, line 28] A photo exhibition" in plenary["notes"]

    again = run("import", "--db", str(cli_db), "--date", "2024-05-16", "--dry-run",
                "--allow-unplaced", release)
    assert again.returncode == 1
    assert "is already catalogued (use --replace" in again.stderr


def test_the_seed_imports_without_the_flag(cli_db, seed_text, tmp_path):
    release = tmp_path / "sixth.txt"
    release.write_text(seed_text, encoding="utf-8")
    result = run("import", "--db", str(cli_db), "--replace", str(release))
    assert result.returncode == 0, result.stderr
    assert "Not placed" not in result.stdout


@pytest.mark.parametrize("name", EXPECTED)
def test_each_release_reads_the_same_hard_wrapped_with_windows_line_endings(name):
    import dataclasses
    import textwrap

    written = (RELEASES / name).read_text(encoding="utf-8")
    wrapped = "\r\n".join(textwrap.fill(line, 60, break_on_hyphens=False,
                                        break_long_words=False) if line.strip() else ""
                          for line in written.split("\n")).replace("\n", "\r\n").replace(
                              "\r\r\n", "\r\n")
    assert wrapped.count("\r\n") > written.count("\n") + 10
    release, again = _release(name), parse_release(wrapped)
    assert dataclasses.replace(again, unplaced=()) == dataclasses.replace(release, unplaced=())
    assert [p.text for p in again.unplaced] == [p.text for p in release.unplaced]
