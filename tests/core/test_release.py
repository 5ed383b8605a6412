"""The press-release parser on the bundled release and on damaged variants of it."""

import re
import textwrap

import pytest

from catalogue.release import (
    ReleaseError,
    int_to_roman,
    number_from_words,
    ordinal_from_word,
    paragraphs,
    parse_release,
    roman_to_int,
)

AREAS = [
    ("Joint Pursuit of the Belt and Road Development and Business Investment", 3),
    ("Innovation and Technology", 3),
    ("Digital Economy", 2),
    ("Finance", 3),
    ("Civil Aviation, Maritime Transport and Logistics", 2),
    ("Cultural and Creative Industries", 3),
    ("Education and Talent Development", 3),
    ("Youth Development", 2),
    ("Legal Services", 2),
    ("Environmental Governance", 3),
    ("City Planning and Management", 2),
    ("Healthcare", 4),
    ("Sports", 1),
    ("Social Welfare Services", 1),
    ("Facilitation Measures for Hong Kong People in the Mainland", 1),
]

OFFICIALS = [
    ("Mr", "John Lee", "Chief Executive", "Hong Kong SAR Government", "Led a delegation"),
    ("Mr", "Gong Zheng", "Mayor of Shanghai", "Shanghai Municipal Government",
     "Led a delegation"),
    ("Mr", "Yin Zonghua",
     "Deputy Director of the Liaison Office of the Central People's Government in the HKSAR",
     "Central authorities", "Attended"),
    ("Mr", "Zou Jinsong",
     "Director of Bureau III of the Hong Kong and Macao Work Office of the Communist Party of "
     "China Central Committee and the Hong Kong and Macao Affairs Office of the State Council",
     "Central authorities", "Attended"),
    ("Mr", "Hua Yuan", "Vice Mayor of Shanghai", "Shanghai Municipal Government", "Attended"),
    ("Mr", "Paul Chan", "Financial Secretary", "Hong Kong SAR Government", "Attended"),
    ("Mr", "Paul Lam", "Secretary for Justice", "Hong Kong SAR Government", "Attended"),
    ("Mr", "Christopher Hui", "Secretary for the Financial Services and the Treasury",
     "Hong Kong SAR Government", "Attended"),
    ("Professor", "Lo Chung-mau", "Secretary for Health", "Hong Kong SAR Government",
     "Attended"),
    ("Ms", "Bernadette Linn", "Secretary for Development", "Hong Kong SAR Government",
     "Attended"),
    ("Ms", "Carol Yip", "Director of the Chief Executive's Office", "Hong Kong SAR Government",
     "Attended"),
    ("Mr", "Clement Woo", "Under Secretary for Constitutional and Mainland Affairs",
     "Hong Kong SAR Government", "Attended"),
]

BROKEN_MEASURE = (
    "Strengthen the co-operation between the two places on ecological and environmental "
    "industries, and promote the market matching and collaboration of ecological and "
    "environmental enterprises between the two places."
)
BROKEN_AGREEMENT = (
    "Memorandum of Understanding on Co-operation between Science and Technology Commission of "
    "Shanghai Municipality and Hong Kong Trade Development Council on Promoting Innovation and "
    "Development of Hong Kong and Shanghai Enterprises"
)


def test_seed_session(seed_release):
    assert seed_release.ordinal == 6
    assert seed_release.title == (
        "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
    assert seed_release.place == "Hong Kong"
    assert seed_release.month_day == (4, 26)


def test_seed_officials_in_order_with_posts(seed_release):
    found = [(o.honorific, o.name, o.post, o.side, o.role) for o in seed_release.officials]
    assert found == OFFICIALS


def test_seed_areas_and_measures(seed_release):
    assert [(a.name, len(a.measures)) for a in seed_release.areas] == AREAS
    assert sum(len(a.measures) for a in seed_release.areas) == 35
    environment = seed_release.areas[9]
    assert environment.measures[2] == BROKEN_MEASURE
    for area in seed_release.areas:
        for measure in area.measures:
            assert measure.endswith(".")
            assert "  " not in measure and "\n" not in measure


def test_seed_agreements(seed_release):
    agreements = seed_release.agreements
    assert [a.numeral for a in agreements] == [int_to_roman(n) for n in range(1, 21)]
    assert agreements[10].title == BROKEN_AGREEMENT
    assert agreements[0].title.startswith("Arrangement on Legal Exchange")
    assert agreements[0].kind == "Arrangement"
    assert agreements[1].kind == "Agreement"
    assert agreements[3].kind == "Letter of Intent"
    assert agreements[9].kind == "Co-operation Agreement"
    assert agreements[19].kind == "Memorandum of Co-operation"
    assert agreements[18].title.endswith("Hong Kong Quantum AI Lab Ltd.")
    assert agreements[19].title.endswith("Hong Kong Maritime Museum")
    for agreement in agreements:
        assert not agreement.title.endswith((";", "; and"))
        assert "  " not in agreement.title
    assert {a.numeral: a.annex for a in agreements if a.annex} == {
        "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


def test_seed_annexes(seed_release):
    annexes = seed_release.annexes
    assert [a.number for a in annexes] == list(range(1, 9))
    assert annexes[0].title == ("Co-operation Memorandum of the Sixth Plenary Session "
                                "Hong Kong/Shanghai Co-operation Conference")
    assert {a.language for a in annexes} == {"Chinese only"}
    by_numeral = {a.numeral: a.title for a in seed_release.agreements}
    assert [a.title for a in annexes[1:]] == [by_numeral[int_to_roman(n)] for n in range(2, 9)]


def _hard_wrap(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width, break_on_hyphens=False, break_long_words=False)
        for line in text.split("\n"))


def _drop_bullets(text: str) -> str:
    return re.sub(r"^- ", "", text, flags=re.MULTILINE)


def _add_bullets(text: str) -> str:
    return re.sub(r"^\((?=[ivx]+\))", "- (", text, flags=re.MULTILINE)


DAMAGES = {
    "windows line endings": lambda t: t.replace("\n", "\r\n"),
    "old mac line endings": lambda t: t.replace("\n", "\r"),
    "non-breaking spaces": lambda t: t.replace(" ", "\u00a0", 400).replace(", ", ",\u202f"),
    "runs of blank lines": lambda t: t.replace("\n\n", "\n\n\n\n \n\t\n"),
    "indentation": lambda t: "\n".join("    " + line if line else line
                                       for line in t.split("\n")),
    "trailing spaces": lambda t: "\n".join(line + "  \t" for line in t.split("\n")),
    "hard-wrapped at 72": lambda t: _hard_wrap(t, 72),
    "hard-wrapped at 40": lambda t: _hard_wrap(t, 40),
    "no bullets": _drop_bullets,
    "all bullets": _add_bullets,
    "unicode bullets": lambda t: _add_bullets(t).replace("- (", "\u2022 ("),
    "byte order mark and zero-width spaces": lambda t: "\ufeff" + t.replace(
        "Finance\n", "Fin\u200bance\n"),
    "a stray blank line in another measure": lambda t: t.replace(
        "the Shanghai market and integrate", "the Shanghai market and\n\nintegrate"),
    "double spaces": lambda t: t.replace(" ", "  ", 300),
    "everything at once": lambda t: _hard_wrap(_add_bullets(t), 50).replace(
        "\n", "\r\n").replace(" ", "\u00a0", 200),
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_damaged_variants_read_the_same(seed_text, seed_release, damage):
    damaged = DAMAGES[damage](seed_text)
    assert damaged != seed_text
    assert parse_release(damaged) == seed_release


def test_paragraphs_mend_a_sentence_cut_by_a_blank_line():
    text = "Heading\n\nOne sentence that goes on and\n\non to its end.\n\nNext."
    assert paragraphs(text) == ["Heading", "One sentence that goes on and on to its end.",
                                "Next."]


@pytest.mark.parametrize(("text", "missing"), [
    ("", "empty"),
    ("Minutes of a board meeting\n\nNothing here.", "title"),
    ("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference held in "
     "Hong Kong\n\nA short note.", "co-operation areas"),
])
def test_not_a_press_release_says_what_is_missing(text, missing):
    with pytest.raises(ReleaseError, match=missing):
        parse_release(text)


def test_area_count_must_match_the_stated_count(seed_text):
    without_sports = seed_text.replace("Sports\n\nPromote the cultivation of high quality "
                                       "sports talents", "Promote the cultivation of high "
                                       "quality sports talents")
    with pytest.raises(ReleaseError, match="states 15 co-operation areas but 14"):
        parse_release(without_sports)


def test_agreement_count_must_match_the_stated_count(seed_text):
    damaged = seed_text.replace("(xx) Memorandum of Co-operation between Shanghai History "
                                "Museum and Hong Kong Maritime Museum.\n", "")
    with pytest.raises(ReleaseError, match="states 20 agreements but 19"):
        parse_release(damaged)


def test_agreements_out_of_order_are_refused(seed_text):
    with pytest.raises(ReleaseError, match=r"\(xiv\) is out of order"):
        parse_release(seed_text.replace("(xiii) Memorandum", "(xiv) Memorandum"))


def test_a_measure_that_lost_its_full_stop_is_refused_not_misread(seed_text):
    damaged = seed_text.replace("development of public hospitals.", "development of public "
                                "hospitals")
    with pytest.raises(ReleaseError):
        parse_release(damaged)


def test_the_year_comes_from_outside_and_must_match(seed_release):
    import datetime

    with pytest.raises(ReleaseError, match="--date"):
        seed_release.resolve_date(None)
    with pytest.raises(ReleaseError, match="does not match"):
        seed_release.resolve_date(datetime.date(2024, 5, 1))
    assert seed_release.resolve_date(datetime.date(2024, 4, 26)) == datetime.date(2024, 4, 26)


def test_numbers_ordinals_and_numerals():
    assert number_from_words("fifteen") == 15
    assert number_from_words("twenty") == 20
    assert number_from_words("twenty-one") == 21
    assert number_from_words("15") == 15
    assert number_from_words("many") is None
    assert ordinal_from_word("Sixth") == 6
    assert ordinal_from_word("6th") == 6
    assert ordinal_from_word("Twenty-first") == 21
    assert ordinal_from_word("Last") is None
    for value in range(1, 200):
        assert roman_to_int(int_to_roman(value)) == value
    for bad in ("iiii", "vx", "", "abc", "il"):
        assert roman_to_int(bad) is None


# -- facts stated twice, differently: refused naming both, never one kept silently ---------

OFFICIALS_END = "Mr Clement Woo, etc."
SIGNED_MEMORANDUM = "The document (Chinese only) is at Annex 1."


def test_an_agreement_at_two_annexes_is_refused(seed_text):
    damaged = seed_text + "\nThe co-operation agreement (ii) (Chinese only) is at Annex 9.\n"
    with pytest.raises(ReleaseError, match=r"^agreement \(ii\) is said to be at Annex 2 "
                       r"\(Chinese only\) and at Annex 9 \(Chinese only\)$"):
        parse_release(damaged)


def test_an_agreement_stated_twice_at_the_same_annex_is_read(seed_text, seed_release):
    again = seed_text + "\nThe co-operation agreement (ii) (Chinese only) is at Annex 2.\n"
    assert parse_release(again) == seed_release


def test_two_documents_at_one_annex_are_named(seed_text):
    damaged = seed_text + "\nThe co-operation agreement (i) is at Annex 1.\n"
    with pytest.raises(ReleaseError, match=r"^Annex 1 is said to hold both 'Co-operation "
                       r"Memorandum of the Sixth .*' and 'Arrangement on Legal Exchange .*'$"):
        parse_release(damaged)


def test_a_second_memorandum_is_not_dropped(seed_text):
    second = seed_text.replace(SIGNED_MEMORANDUM, SIGNED_MEMORANDUM + ' They also signed the '
                               '"Memorandum on Youth Exchange". The document is at Annex 9.')
    annexes = parse_release(second).annexes
    assert [(a.number, a.title) for a in annexes][-1] == (9, "Memorandum on Youth Exchange")
    clash = seed_text.replace(SIGNED_MEMORANDUM, SIGNED_MEMORANDUM + ' They also signed the '
                              '"Memorandum on Youth Exchange". The document is at Annex 1.')
    with pytest.raises(ReleaseError, match=r"^Annex 1 is said to hold both 'Co-operation "
                       r"Memorandum of the Sixth .*' and 'Memorandum on Youth Exchange'$"):
        parse_release(clash)


def test_an_official_with_two_posts_is_refused(seed_text):
    damaged = seed_text.replace(OFFICIALS_END, OFFICIALS_END + " The Secretary for Housing, "
                                "Mr Paul Chan, also spoke.")
    with pytest.raises(ReleaseError, match=r"^Paul Chan is named twice differently: 'Mr Paul "
                       r"Chan, Financial Secretary' and 'Mr Paul Chan, Secretary for Housing'$"):
        parse_release(damaged)
    honorific = seed_text.replace(OFFICIALS_END, OFFICIALS_END + " The Financial Secretary, "
                                  "Dr Paul Chan, also spoke.")
    with pytest.raises(ReleaseError, match="'Mr Paul Chan, Financial Secretary' and 'Dr Paul "
                       "Chan, Financial Secretary'"):
        parse_release(honorific)


def test_an_official_named_twice_alike_is_read_once(seed_text, seed_release):
    again = seed_text.replace(OFFICIALS_END, OFFICIALS_END + " The Financial Secretary, "
                              "Mr Paul Chan, also spoke.")
    assert parse_release(again).officials == seed_release.officials


def test_an_area_listed_twice_is_refused(seed_text):
    damaged = seed_text.replace("following 15 co-operation", "following 16 co-operation").replace(
        "Sports\n", "Finance\n\nPromote sports finance.\n\nSports\n")
    with pytest.raises(ReleaseError, match=r"^the co-operation area 'Finance' is listed twice$"):
        parse_release(damaged)


def test_two_dates_are_refused(seed_text):
    damaged = seed_text.replace(OFFICIALS_END, OFFICIALS_END + " They met again today "
                                "(April 27).")
    with pytest.raises(ReleaseError, match=r"^the release gives two dates for the plenary: "
                       r"April 26 and April 27$"):
        parse_release(damaged)
