"""How a record is named, stated once: its reference, its label in the tree, the editor's
heading, the words questions use for it, and the texts of undo commands.

The tree, the dialogs, the controller, the CSV's portable writer and `catalogue search`
all name records through here, so a measure is "3.2" everywhere and translators see each
phrase once (context "Naming"). Qt-free: `values` are a record's fields as plain values.
"""

import json
import re
from collections.abc import Mapping
from typing import Any

from catalogue.i18n import QT_TRANSLATE_NOOP, day, spoken, translate
from catalogue.kinds import GROUPS, KINDS, Kind
from catalogue.vocabulary import CONFERENCE

Values = Mapping[str, Any]
SUMMARY_LENGTH = 90

REF_FIELDS = {Kind.SESSION: "ordinal", Kind.AREA: "position", Kind.OFFICIAL: "position",
              Kind.AGREEMENT: "numeral", Kind.ANNEX: "number", Kind.CONFERENCE: "name"}
"""The field that numbers a record (a measure's ref also carries its area's position)."""


def summary(text: str, length: int = SUMMARY_LENGTH) -> str:
    """A one-line summary for the tree; the whole text is in the editor and tooltip."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "\u2026"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def measure_ref(area_position: Any, position: Any) -> str:
    """'3.2': the area's position, then the measure's."""
    return f"{area_position}.{position}"


_MEASURE_REF = re.compile(r"([1-9][0-9]{0,3})\.([1-9][0-9]{0,3})")


_NUMBER_FORMS = str.maketrans("０１２３４５６７８９．。", "0123456789..")
"""A Chinese input method's digits and full stops: it types 4。3 or ４．３ for 4.3."""


def measure_number(word: str) -> tuple[int, int] | None:
    """The area's and the measure's positions a word such as '12.1' names (measure_ref
    read back), or None: officers find a measure by the number the press release gives."""
    matched = _MEASURE_REF.fullmatch(word.translate(_NUMBER_FORMS))
    return (int(matched[1]), int(matched[2])) if matched else None


def as_searched(word: str) -> str:
    """A word of a search as it is looked for (and marked): a measure's number typed with
    an input method's full stop or digits (4。3, ４．３) as the release writes it (4.3);
    any other word as it is."""
    number = measure_number(word)
    return measure_ref(*number) if number is not None else word


def reference(kind: str, values: Values) -> str:
    """What numbers a record, exactly as the CSV's `ref` and `catalogue search` print it:
    a plenary's ordinal, an area's or official's position, a measure's '3.2', an
    agreement's numeral, an annex's number."""
    if kind == Kind.MEASURE:
        if "area_position" in values:
            return measure_ref(values["area_position"], values["position"])
        return str(values.get("ref") or values.get("position", ""))
    return str(values.get(REF_FIELDS[kind], ""))  # type: ignore[index]


def shown(values: Values, name: str) -> str:
    """Field `name` in the window's language: the English field in an English window and
    its Chinese one (`name`_zh) in a Chinese window, the other when that one is empty."""
    english, chinese = str(values.get(name) or ""), str(values.get(f"{name}_zh") or "")
    return (english or chinese) if spoken() == "en" else (chinese or english)


def label(kind: str, values: Values, length: int = SUMMARY_LENGTH) -> str:
    """A record's line in the tree, in the window's language where the record has it; a
    long text cut to `length` letters (the filtered tree draws it whole, to show a word
    found past them)."""
    if kind == Kind.SESSION:  # one kind of dash, as officials' labels have
        title = session_name(values)
        if shown(values, "title") != values.get("title"):
            title = shown(values, "title")
        conference = str(values.get("conference_name") or CONFERENCE)
        if conference != CONFERENCE:  # other city-to-city conferences say which
            title += f" ({conference.split(' Co-operation')[0]})"
        return translate("Naming", "{title} \u2014 {date}, {place}").format(
            title=title, date=day(values["date"]), place=values["place"])
    if kind == Kind.AREA:
        return f"{values['position']}. {shown(values, 'name')}"
    if kind == Kind.MEASURE:
        return f"{reference(kind, values)}  {summary(shown(values, 'text'), length)}"
    if kind == Kind.OFFICIAL:
        if values.get("name") != shown(values, "name"):  # a Chinese name takes no honorific
            return f"{shown(values, 'name')} \u2014 {shown(values, 'post')}"
        return f"{values['honorific']} {values['name']} \u2014 {shown(values, 'post')}"
    if kind == Kind.AGREEMENT:
        return f"({values['numeral']}) {summary(shown(values, 'title'), length)}"
    if kind == Kind.ANNEX:
        return translate("Naming", "Annex {number}: {title}").format(
            number=values["number"], title=summary(shown(values, "title"), length))
    if kind == Kind.CONFERENCE:
        return str(values["name"])
    return str(kind)


_UNIT_WORDS = ("", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
               "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth",
               "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth")
_TEN_WORDS = {20: ("Twentieth", "Twenty"), 30: ("Thirtieth", "Thirty"),
              40: ("Fortieth", "Forty"), 50: ("Fiftieth", "Fifty")}


def ordinal_word(number: int) -> str:
    """'Seventh', 'Twenty-first' (as releases spell plenaries, up to 59), else '60th'."""
    if 0 < number < 20:
        return _UNIT_WORDS[number]
    tens, unit = divmod(number, 10)
    if tens * 10 in _TEN_WORDS:
        whole, prefix = _TEN_WORDS[tens * 10]
        return whole if unit == 0 else f"{prefix}-{_UNIT_WORDS[unit].lower()}"
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(
        number % 10, "th")
    return f"{number}{suffix}"


def plenary_title(ordinal: int, conference: str) -> str:
    """A new plenary's title as releases give it: 'Seventh Plenary Session of the
    Hong Kong/Shanghai Co-operation Conference' (record text, so not translated)."""
    return f"{ordinal_word(ordinal)} Plenary Session of the {conference}"


def session_name(values: Values) -> str:
    """A plenary's short name: 'Sixth Plenary Session'."""
    return str(values.get("title", "")).split(" of the ")[0]


def group_label(group: str, count: int) -> str:
    """A group's line in the tree: 'Co-operation areas (15)'."""
    return translate("Naming", "{group} ({count})").format(
        group=GROUPS[group].name(), count=count)  # type: ignore[index]


def describe(kind: str, values: Values) -> str:
    """How questions, undo texts and the status bar name a record: 'measure 3.2',
    'co-operation area "Finance"', 'official Mr Paul Chan', 'agreement (xi)', 'annex 3'."""
    if kind == Kind.MEASURE:
        return translate("Naming", "measure {ref}").format(ref=reference(kind, values))
    if kind == Kind.AREA:
        return translate("Naming", "co-operation area \u201c{name}\u201d").format(
            name=shown(values, "name"))
    if kind == Kind.OFFICIAL:
        return translate("Naming", "official {honorific} {name}").format(
            honorific=values.get("honorific", ""), name=shown(values, "name")).strip()
    if kind == Kind.AGREEMENT:
        return translate("Naming", "agreement ({numeral})").format(
            numeral=values.get("numeral", ""))
    if kind == Kind.ANNEX:
        return translate("Naming", "annex {number}").format(number=values.get("number", ""))
    if kind == Kind.SESSION:
        title = shown(values, "title")  # Chinese quotes it, as an area's name
        return translate("Naming", "{title}", "a plenary named in a sentence").format(
            title=title) if title else KINDS[Kind.SESSION].name()
    if kind == Kind.CONFERENCE:
        return translate("Naming", "the {name}").format(name=shown(values, "name"))
    return str(kind)


def heading(kind: str, values: Values) -> str:
    """The editor's heading: the record type, then what names this record, in the
    window's language as the tree names it (a Chinese window headed an area by its
    English name: walk7)."""
    if kind == Kind.OFFICIAL:
        return translate("Naming", "Official: {honorific} {name}").format(
            honorific=values.get("honorific", ""), name=shown(values, "name"))
    if kind == Kind.AREA:
        return translate("Naming", "Co-operation area {position}: {name}").format(
            position=values.get("position", ""), name=shown(values, "name"))
    if kind == Kind.SESSION:
        return translate("Naming", "Plenary session: {title}").format(
            title=shown(values, "title"))
    if kind == Kind.CONFERENCE:
        return translate("Naming", "Conference: {name}").format(name=shown(values, "name"))
    return capitalised(describe(kind, values))


def counted(kind: Kind, count: int) -> str:
    """'1 measure', '3 measures': a numerus message per kind, so each language says its
    own plural (each text is written out for lupdate)."""
    match kind:
        case Kind.SESSION:
            return translate("Naming", "%n plenary session(s)", None, count)
        case Kind.AREA:
            return translate("Naming", "%n co-operation area(s)", None, count)
        case Kind.MEASURE:
            return translate("Naming", "%n measure(s)", None, count)
        case Kind.OFFICIAL:
            return translate("Naming", "%n official(s)", None, count)
        case Kind.AGREEMENT:
            return translate("Naming", "%n agreement(s)", None, count)
        case Kind.ANNEX:
            return translate("Naming", "%n annex(es)", None, count)
        case Kind.CONFERENCE:
            return translate("Naming", "%n conference(s)", None, count)
    raise ValueError(kind)


NAMING_FIELDS = {Kind.MEASURE: ("area_position", "position"), Kind.AREA: ("name", "name_zh"),
                 Kind.OFFICIAL: ("honorific", "name", "name_zh"), Kind.AGREEMENT: ("numeral",),
                 Kind.ANNEX: ("number",), Kind.SESSION: ("title", "title_zh"),
                 Kind.CONFERENCE: ("name", "name_zh")}
"""The fields `describe` names a record by: all a label keeps of the record."""


class Label(str):
    """What a change is called ("Edit measure 3.2"), remembering what it is made of.

    It reads as text in the language in use when it is made (undo menus, status lines),
    but the history keeps its recipe (`stored`), so every officer reads a change set in
    their own language, whichever language it was saved in. Recipes are plain JSON:
    {"do": action, "kind": ..., "what": naming fields, "of": an undone label's recipe, ...}.
    """

    recipe: dict[str, Any]

    def __new__(cls, recipe: dict[str, Any]) -> "Label":
        made = super().__new__(cls, _render(recipe))
        made.recipe = recipe
        return made

    @property
    def stored(self) -> str:
        return json.dumps(self.recipe, ensure_ascii=False, sort_keys=True, default=str)

    @classmethod
    def read(cls, stored: str) -> str:
        """A stored label in the current language (one saved as plain text, before labels
        kept their recipe, reads as it was saved)."""
        if stored.startswith("{"):
            try:
                return cls(json.loads(stored))
            except (ValueError, KeyError, TypeError, AttributeError):
                pass
        return stored

    def action(self) -> str:
        return str(self.recipe.get("do", ""))


def stored_label(label: str) -> str:
    """What the history keeps of a change's label: its recipe, or text as it was given."""
    return label.stored if isinstance(label, Label) else str(label)


def _kept(kind: str, values: Values) -> dict[str, Any]:
    return {name: values[name] for name in NAMING_FIELDS.get(kind, ())  # type: ignore[call-overload]
            if values.get(name) not in (None, "")}


def _render(recipe: Mapping[str, Any]) -> str:
    action = recipe["do"]
    kind, what = recipe.get("kind", ""), recipe.get("what", {})
    described = describe(kind, what) if kind else ""
    match action:
        case "edit":
            return translate("Naming", "Edit {what}").format(what=described)
        case "add":
            return translate("Naming", "Add {what}").format(what=KINDS[kind].name())
        case "delete":
            return translate("Naming", "Delete {what}").format(what=described)
        case "move":
            text = (translate("Naming", "Move {what} up") if recipe.get("by", 1) < 0
                    else translate("Naming", "Move {what} down"))
            return text.format(what=described)
        case "restore":
            return translate("Naming", "Restore {what}").format(what=described)
        case "restore_version":
            return translate("Naming", "Restore {what} as of {when}").format(
                what=described, when=recipe.get("when", ""))
        case "undo":
            return translate("Naming", "Undo {what}").format(what=_render(recipe["of"]))
        case "redo":
            return translate("Naming", "Redo {what}").format(what=_render(recipe["of"]))
        case "import":
            return translate("Naming", "Import {title}").format(title=recipe.get("title", ""))
        case "replace":
            return translate("Naming", "Replace {title}").format(title=recipe.get("title", ""))
        case "new_plenary":
            return translate("Naming", "New plenary")
        case "restore_backup":
            return translate("Naming", "Restore backup {name}").format(
                name=recipe.get("name", ""))
        case "attach":
            return translate("Naming", "Attach {name} to {owner}").format(
                name=recipe.get("name", ""), owner=described)
        case "remove_document":
            return translate("Naming", "Remove {name} from {owner}").format(
                name=recipe.get("name", ""), owner=described)
    return str(recipe.get("text", action))


def edit_text(kind: str, values: Values) -> Label:
    """The undo text of saving a record: 'Edit measure 3.2'."""
    return Label({"do": "edit", "kind": str(kind), "what": _kept(kind, values)})


def add_text(kind: str) -> Label:
    """The undo text of adding a record: 'Add co-operation area'."""
    return Label({"do": "add", "kind": str(kind)})


def delete_text(kind: str, values: Values) -> Label:
    """The undo text of deleting a record: 'Delete annex 3'."""
    return Label({"do": "delete", "kind": str(kind), "what": _kept(kind, values)})


def move_text(kind: str, values: Values, delta: int) -> Label:
    """The undo text of moving a record: 'Move measure 3.2 up' (delta -1) or 'down'."""
    return Label({"do": "move", "kind": str(kind), "what": _kept(kind, values),
                  "by": -1 if delta < 0 else 1})


def restore_text(kind: str, values: Values) -> Label:
    """The label of putting a deleted record back: 'Restore measure 3.2'."""
    return Label({"do": "restore", "kind": str(kind), "what": _kept(kind, values)})


def restore_version_text(kind: str, values: Values, when: str) -> Label:
    """The label of putting back an earlier version: 'Restore measure 3.2 as of 2024-04-26
    08:30'."""
    return Label({"do": "restore_version", "kind": str(kind), "what": _kept(kind, values),
                  "when": when})


def undo_text(text: str) -> Label:
    """The label of an undo in the history: 'Undo Edit measure 3.2'."""
    return _taking(text, "undo")


def redo_text(text: str) -> Label:
    """The label of a redo in the history: 'Redo Edit measure 3.2' (not the edit again)."""
    return _taking(text, "redo")


def _taking(text: str, action: str) -> Label:
    """An undo or redo of the change named `text` (a Label, or plain text kept as it is)."""
    of = text.recipe if isinstance(text, Label) else {"do": "text", "text": str(text)}
    return Label({"do": action, "of": of})


def new_plenary_text() -> Label:
    """The undo text of starting a plenary (and its conference, when new)."""
    return Label({"do": "new_plenary"})


def attach_text(name: str, kind: str, values: Values) -> Label:
    """The undo text of attaching a file or web address: 'Attach report.pdf to annex 3'."""
    return Label({"do": "attach", "name": name, "kind": str(kind), "what": _kept(kind, values)})


def remove_document_text(name: str, kind: str, values: Values) -> Label:
    """The undo text of removing a document: 'Remove report.pdf from annex 3'."""
    return Label({"do": "remove_document", "name": name, "kind": str(kind),
                  "what": _kept(kind, values)})


def backup_restored_text(name: str) -> Label:
    """The label of putting a backup in the catalogue's place: 'Restore backup
    catalogue-20240426-083000-manual.db' (the backup's file name, no folder)."""
    return Label({"do": "restore_backup", "name": name})


def import_text(title: str, replace: bool) -> Label:
    """The label of an import: 'Import Sixth Plenary Session ...', or 'Replace ...'."""
    return Label({"do": "replace" if replace else "import", "title": title})


# -- an official's side and role, as the window's language names them ------------------------

_NAMED_AS_THEY_ARE = frozenset((
    QT_TRANSLATE_NOOP("Naming", "Hong Kong SAR Government"),
    QT_TRANSLATE_NOOP("Naming", "Macao SAR Government"),
    QT_TRANSLATE_NOOP("Naming", "Central authorities"),
    QT_TRANSLATE_NOOP("Naming", "Led a delegation"),
    QT_TRANSLATE_NOOP("Naming", "Attended"),
))
"""The sides and roles (vocabulary.Side, vocabulary.Role, government_of) named whole."""
_PLACES = frozenset((
    # the municipalities and cities of the conferences followed
    QT_TRANSLATE_NOOP("Places", "Beijing"), QT_TRANSLATE_NOOP("Places", "Shanghai"),
    QT_TRANSLATE_NOOP("Places", "Tianjin"), QT_TRANSLATE_NOOP("Places", "Chongqing"),
    QT_TRANSLATE_NOOP("Places", "Shenzhen"), QT_TRANSLATE_NOOP("Places", "Guangzhou"),
    # vocabulary's provinces and autonomous regions
    QT_TRANSLATE_NOOP("Places", "Hebei"), QT_TRANSLATE_NOOP("Places", "Shanxi"),
    QT_TRANSLATE_NOOP("Places", "Liaoning"), QT_TRANSLATE_NOOP("Places", "Jilin"),
    QT_TRANSLATE_NOOP("Places", "Heilongjiang"), QT_TRANSLATE_NOOP("Places", "Jiangsu"),
    QT_TRANSLATE_NOOP("Places", "Zhejiang"), QT_TRANSLATE_NOOP("Places", "Anhui"),
    QT_TRANSLATE_NOOP("Places", "Fujian"), QT_TRANSLATE_NOOP("Places", "Jiangxi"),
    QT_TRANSLATE_NOOP("Places", "Shandong"), QT_TRANSLATE_NOOP("Places", "Henan"),
    QT_TRANSLATE_NOOP("Places", "Hubei"), QT_TRANSLATE_NOOP("Places", "Hunan"),
    QT_TRANSLATE_NOOP("Places", "Guangdong"), QT_TRANSLATE_NOOP("Places", "Hainan"),
    QT_TRANSLATE_NOOP("Places", "Sichuan"), QT_TRANSLATE_NOOP("Places", "Guizhou"),
    QT_TRANSLATE_NOOP("Places", "Yunnan"), QT_TRANSLATE_NOOP("Places", "Shaanxi"),
    QT_TRANSLATE_NOOP("Places", "Gansu"), QT_TRANSLATE_NOOP("Places", "Qinghai"),
    QT_TRANSLATE_NOOP("Places", "Taiwan"), QT_TRANSLATE_NOOP("Places", "Inner Mongolia"),
    QT_TRANSLATE_NOOP("Places", "Guangxi"), QT_TRANSLATE_NOOP("Places", "Tibet"),
    QT_TRANSLATE_NOOP("Places", "Ningxia"), QT_TRANSLATE_NOOP("Places", "Xinjiang"),
))
"""The places whose governments (government_of's forms) have a name in each language."""


def side_or_role(value: str) -> str:
    """An official's side or role in the window's language ("Shanghai Municipal
    Government": 上海市人民政府). What is stored, exported and compared stays the English
    value; a government of a place not listed here is shown as stored, never half
    translated."""
    if value in _NAMED_AS_THEY_ARE:
        return translate("Naming", value)
    government = _government(value)
    if government is None or government[0] not in _PLACES:
        return value
    place, form = government
    named = translate("Places", place)
    if form == "Municipal":
        return translate("Naming", "{place} Municipal Government").format(place=named)
    if form == "Provincial":
        return translate("Naming", "{place} Provincial Government").format(place=named)
    return translate("Naming", "{place} Autonomous Region Government").format(place=named)


NAMED_FIELDS: dict[str, frozenset[str]] = {Kind.OFFICIAL: frozenset({"side", "role"})}
"""Fields stored in English and shown in the window's language, as the editor's combo
boxes name them (side_or_role)."""


def named_value(kind: str, name: str, value: Any) -> Any:
    """A stored value as the editor shows it: an official's side and role named in the
    window's language; any other as it is. The History tab and the conflict dialog said
    "Shanghai Municipal Government" beside an editor saying 上海市人民政府 (walk8)."""
    if isinstance(value, str) and name in NAMED_FIELDS.get(kind, ()):
        return side_or_role(value)
    return value


def _government(value: str) -> tuple[str, str] | None:
    """(place, form) when `value` is a government as vocabulary.government_of makes it."""
    for form, ending in (("Municipal", " Municipal Government"),
                         ("Provincial", " Provincial Government"),
                         ("Autonomous", " Autonomous Region Government")):
        if value.endswith(ending) and len(value) > len(ending):
            return value[:-len(ending)], form
    return None
