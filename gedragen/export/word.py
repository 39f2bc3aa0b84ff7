"""Word documents a school can edit: the protocol draft, the agreements and a letter to parents (.docx).

Three parts (`WORD_PARTS`), all built from the same plain `ReportData` as the PDFs:
- protocol: the agreements of one or more sessions under the five protocol sections, each with where it
  came from, and guiding questions for a section that has no agreement yet;
- agreements: the agreements grouped by theme, as an editable list;
- parents: a letter to parents (po or vo/mbo wording): the themes talked about, the agreements, how to help
  at home and where to get help; no names of pupils or teams, placeholders for greeting and signature.
Headings use Word's own styles (Title, Heading 1, Heading 2), so a table of contents and the school's
own template work. The module is called `word` so it never shadows the `docx` library it uses.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gedragen.core.errors import ExportError
from gedragen.export.help_card import HelpPlace
from gedragen.export.report_common import (
    SECTIONS,
    UNSECTIONED_LABEL,
    Outcome,
    Progress,
    ReportData,
    dutch_date,
    write_pdf_atomic,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

WORD_PARTS = ("protocol", "agreements", "parents")
PART_TITLES = {
    "protocol": "Concept-protocol sociale media",
    "agreements": "Onze afspraken",
    "parents": "Brief aan ouders",
}
# The school's contacts as the settings name them (key, role), in the order the help screen shows them.
SCHOOL_CONTACT_ROLES = (
    ("school/vertrouwenspersoon", "Vertrouwenspersoon"),
    ("school/anti_pestcoordinator", "Anti-pestcoördinator"),
    ("school/mentor", "Mentor"),
)

PROTOCOL_INTRO = (
    "Dit is een concept. De afspraken hieronder komen uit de gesprekken die leerlingen of collega's voerden "
    "met het spel Gedragen gedrag. Bespreek ze met het team, de leerlingenraad en de "
    "medezeggenschapsraad (MR) voordat ze in het protocol van de school komen. Je kunt alles in dit "
    "document aanpassen, aanvullen of weghalen."
)
EMPTY_SECTION = "Nog geen afspraken in dit onderdeel. Vragen om met het team te bespreken:"
UNSECTIONED_NOTE = (
    "Deze afspraken zijn nog niet bij een onderdeel van het protocol ingedeeld. Verplaats ze naar het "
    "onderdeel waar ze horen."
)
# Short guiding questions for a section that has no agreement yet.
GUIDING_QUESTIONS: dict[str, tuple[str, ...]] = {
    "gedragsregels": (
        "Welke omgangsregels gelden online, in groepsapps en op sociale media, voor leerlingen en voor "
        "medewerkers?",
        "Hoe spreken we elkaar aan als iemand zich er niet aan houdt?",
        "Wat verwachten we van medewerkers als voorbeeld?",
    ),
    "privacy": (
        "Wanneer mogen foto's en filmpjes van leerlingen en medewerkers gemaakt en gedeeld worden?",
        "Hoe vragen we toestemming aan leerlingen en ouders, en hoe leggen we die vast?",
        "Wat doen we als beelden of gegevens zonder toestemming rondgaan?",
    ),
    "contact": (
        "Via welke kanalen hebben leraren en leerlingen contact (schoolmail, leeromgeving, apps)?",
        "Mogen leraren en leerlingen elkaar volgen of bevrienden op sociale media?",
        "Op welke tijden sturen en beantwoorden we berichten?",
    ),
    "les": (
        "Wanneer gebruiken leerlingen hun telefoon en sociale media in de les, en wanneer niet?",
        "Hoe past dat bij de landelijke afspraak over mobiele telefoons in de klas?",
        "Hoe leren we leerlingen verstandig en veilig met sociale media om te gaan?",
    ),
    "handhaving": (
        "Wat gebeurt er als iemand zich niet aan de afspraken houdt, als leerling of als medewerker?",
        "Bij wie meld je iets, en wie houdt bij wat er gebeurt?",
        "Wanneer betrekken we ouders, en wanneer de politie?",
    ),
}
ADOPTION_LINES = (
    "Besproken met het team op: ",
    "Besproken met de leerlingenraad op: ",
    "Instemming van de medezeggenschapsraad (MR) op: ",
    "Gaat in op: ",
    "Evalueren op: ",
)

# Characters XML 1.0 cannot hold (C0 controls except tab and line breaks, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PLACEHOLDER = re.compile(r"(\[[^\]]*\])")


def clean_text(text: str) -> str:
    """Text as Word can hold it: line breaks made plain, characters XML forbids removed, the rest kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class SchoolHelp:
    """Where to get help, for the parent letter: the school's own contacts and the national places."""

    school: str = ""
    contacts: tuple[tuple[str, str], ...] = ()  # (role, name and how to reach them), only filled ones
    places: tuple[HelpPlace, ...] = ()


@dataclass(frozen=True)
class _Source:
    """Where an agreement came from: the session and the situation."""

    session: str
    when: str
    card_text: str


@dataclass
class _Item:
    """One agreement in the protocol, with every place it came from (the same text twice is one item)."""

    text: str
    sources: list[_Source] = field(default_factory=list)


def short_date(data: ReportData) -> str:
    """'23 november 2026' (no weekday), or '' when the session has no date."""
    full = dutch_date(data.started, with_time=False)
    return full.split(" ", 1)[1] if full else ""


def _source_name(data: ReportData) -> str:
    when = short_date(data)
    return f"{clean_text(data.name)} ({when})" if when else clean_text(data.name)


def protocol_items(sources: Sequence[ReportData]) -> list[tuple[str, str, list[_Item]]]:
    """[(section id, label, items)] for the five sections, then 'Nog in te delen' when anything is untagged.

    Agreements of all sessions are merged per section in session order; the same text (ignoring case and
    spacing) in one section is one item with all its sources.
    """
    known = dict(SECTIONS)
    groups: dict[str, list[_Item]] = {sid: [] for sid, _ in SECTIONS}
    groups[""] = []
    for data in sources:
        for outcome in data.agreements():
            sid = outcome.section if outcome.section in known else ""
            source = _Source(clean_text(data.name), short_date(data), clean_text(data.card(outcome.card).text))
            key = " ".join(clean_text(outcome.agreement).split()).casefold()
            same = next((i for i in groups[sid] if " ".join(i.text.split()).casefold() == key), None)
            if same is None:
                groups[sid].append(_Item(clean_text(outcome.agreement).strip(), [source]))
            elif source not in same.sources:
                same.sources.append(source)
    result = [(sid, label, groups[sid]) for sid, label in SECTIONS]
    if groups[""]:
        result.append(("", UNSECTIONED_LABEL, groups[""]))
    return result


# ---------------------------------------------------------------- the document basics


def _new_document(title: str) -> DocxDocument:
    """An A4 document in Dutch with calm styles, a footer with the page number and the title set."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(22), Mm(22)
    # Dutch for the spelling check, on every text that does not say otherwise
    rpr = doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")
    if rpr:
        for old in rpr[0].findall(qn("w:lang")):
            rpr[0].remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")
        rpr[0].append(lang)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12.5)):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    styles["Heading 1"].paragraph_format.space_before = Pt(18)
    styles["Heading 1"].paragraph_format.space_after = Pt(6)
    styles["Heading 2"].paragraph_format.space_before = Pt(12)
    styles["Subtitle"].font.name = "Calibri"
    styles["Subtitle"].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    styles["List Bullet"].paragraph_format.space_after = Pt(3)
    source = styles.add_style("Bron", WD_STYLE_TYPE.PARAGRAPH)
    source.base_style = normal
    source.font.size = Pt(9)
    source.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    source.paragraph_format.left_indent = Mm(6.35)
    source.paragraph_format.space_after = Pt(6)
    question = styles.add_style("Gespreksvraag", WD_STYLE_TYPE.PARAGRAPH)
    question.base_style = styles["List Bullet"]
    question.font.italic = True
    question.font.color.rgb = RGBColor(0x33, 0x33, 0x33)

    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    run = footer.add_run(f"{title} · blad ")
    run.font.size = Pt(8)
    _add_page_field(footer)
    doc.core_properties.title = title
    doc.core_properties.author = "Gedragen gedrag"
    doc.core_properties.language = "nl-NL"
    return doc


def _add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field at the end of the paragraph (Word and LibreOffice fill in the page number)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def fld(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    begin = paragraph.add_run()
    begin._r.append(fld("begin"))
    instr = paragraph.add_run()
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = " PAGE "
    instr._r.append(code)
    paragraph.add_run()._r.append(fld("separate"))
    shown = paragraph.add_run("1")
    shown.font.size = Pt(8)
    paragraph.add_run()._r.append(fld("end"))


def _para(doc: DocxDocument, text: str, style: str | None = None) -> Paragraph:
    """A paragraph of plain text; parts in [square brackets] are placeholders, marked yellow to fill in."""
    from docx.enum.text import WD_COLOR_INDEX

    paragraph = doc.add_paragraph(style=style)
    for piece in _PLACEHOLDER.split(text):
        if not piece:
            continue
        run = paragraph.add_run(piece)
        if _PLACEHOLDER.fullmatch(piece):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return paragraph


def _typed(doc: DocxDocument, text: str, style: str | None = None) -> Paragraph:
    """A paragraph of text the school typed: kept as it is (brackets in it are no placeholders)."""
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(clean_text(text))
    return paragraph


def _labelled(doc: DocxDocument, label: str, text: str, style: str | None = None) -> Paragraph:
    """'Label: text' with the label in bold; text in [brackets] is a placeholder."""
    from docx.enum.text import WD_COLOR_INDEX

    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(label).bold = True
    run = paragraph.add_run(clean_text(text))
    if _PLACEHOLDER.fullmatch(text):
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return paragraph


def _save(doc: DocxDocument, out: Path) -> None:
    """Save the finished document atomically: the whole file is built in memory first."""
    buffer = io.BytesIO()
    doc.save(buffer)
    payload = buffer.getvalue()
    write_pdf_atomic(out, lambda handle: handle.write(payload))


# ---------------------------------------------------------------- the three documents


def build_protocol(sources: Sequence[ReportData], school: str = "") -> DocxDocument:
    """The protocol draft of one or more sessions, as a Word document."""
    title = PART_TITLES["protocol"]
    doc = _new_document(title)
    doc.add_paragraph(title, style="Title")
    _para(doc, f"{clean_text(school).strip() or '[Naam van de school]'} · concept", style="Subtitle")
    _para(doc, PROTOCOL_INTRO)

    doc.add_heading("Waar de afspraken vandaan komen", level=2)
    for data in sources:
        count = len(data.agreements())
        what = f"{count} afspraak" if count == 1 else f"{count} afspraken"
        _typed(doc, f"{_source_name(data)}: {clean_text(data.deck_title)}, {what}", style="List Bullet")
    merged = len(sources) > 1

    for sid, label, items in protocol_items(sources):
        doc.add_heading(label, level=1)
        if not sid:
            _para(doc, UNSECTIONED_NOTE)
        if not items:
            _para(doc, EMPTY_SECTION)
            for question in GUIDING_QUESTIONS.get(sid, ()):
                _para(doc, question, style="Gespreksvraag")
            continue
        for item in items:
            bullet = _typed(doc, item.text, style="List Bullet")
            bullet.paragraph_format.keep_with_next = True
            lines = []
            for source in item.sources:
                origin = f"Uit: {source.session}" + (f", {source.when}" if source.when else "")
                situation = f"bij de situatie: {source.card_text}"
                lines.append(f"{origin} – {situation}" if merged else situation[0].upper() + situation[1:])
            _typed(doc, "\n".join(lines), style="Bron")

    doc.add_heading("Vaststelling", level=1)
    for line in ADOPTION_LINES:
        _labelled(doc, line, "[datum]")
    _para(doc, "Gemaakt met Gedragen gedrag.", style="Bron")
    return doc


def build_agreements(data: ReportData) -> DocxDocument:
    """The session's agreements grouped by theme, as an editable list."""
    title = PART_TITLES["agreements"]
    doc = _new_document(title)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(_source_name(data), style="Subtitle")
    _para(doc, "Deze afspraken maakte de groep samen tijdens het gesprek met Gedragen gedrag.")
    _para(doc, "[Pas de afspraken gerust aan, vul ze aan of zet ze in de huisstijl van de school. Haal deze "
               "regel daarna weg.]")
    groups = data.agreements_by_theme()
    if not groups:
        _para(doc, "Er zijn in deze sessie nog geen afspraken vastgelegd.")
    for theme, outcomes in groups:
        doc.add_heading(clean_text(theme.label), level=1)
        for outcome in _unique(outcomes):
            _typed(doc, outcome.agreement.strip(), style="List Bullet")
    return doc


def _unique(outcomes: Sequence[Outcome]) -> list[Outcome]:
    """The outcomes without a second copy of the same agreement text (case and spacing ignored)."""
    seen: set[str] = set()
    kept = []
    for outcome in outcomes:
        key = " ".join(clean_text(outcome.agreement).split()).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(outcome)
    return kept


def _letter_wording(data: ReportData) -> dict[str, Any]:
    """The wording of the parent letter by the deck's audience: po (children) or vo/mbo (young people)."""
    po = data.deck_audience == "po"
    child = "uw kind" if po else "uw zoon of dochter"
    # always the class: a session file does not carry its audience, and the letter is for a class's parents
    who, group = ("de kinderen" if po else "de leerlingen"), "In de klas"
    when = f" op {dutch_date(data.started, with_time=False)}" if data.started else ""
    if po:
        intro = (
            f"{group} hebben we{when} gepraat over hoe we met elkaar omgaan, op school en online. Dat deden "
            f"we met het spel Gedragen gedrag. {who[0].upper() + who[1:]} bekeken situaties die op school of "
            "op internet kunnen gebeuren, en bespraken samen of ze die gewenst of ongewenst vinden. Er waren "
            "geen goede of foute antwoorden: iedereen mocht zeggen wat hij of zij vond, en we luisterden "
            "naar elkaar."
        )
        home = (
            f"Vraag {child} wat het van het gesprek vond en welke situatie het bijbleef.",
            f"Praat over wat {child} online doet: welke apps en spelletjes, en met wie het in groepsapps zit.",
            f"Spreek samen af wat {child} doet als het iets naars ziet of meemaakt: het mag altijd bij u of "
            "bij de leerkracht komen, zonder dat het straf krijgt.",
            "Vraag zelf toestemming voordat u een foto van uw kind of van andere kinderen deelt. Zo geeft u "
            "het goede voorbeeld.",
        )
    else:
        intro = (
            f"{group} hebben we{when} gesproken over omgangsvormen op school en online. Dat deden we met "
            f"het spel Gedragen gedrag. {who[0].upper() + who[1:]} bespraken situaties uit het dagelijks "
            "leven op school en op sociale media, en zochten samen uit waar voor hen de grens ligt tussen "
            "gewenst en ongewenst gedrag. Er waren geen goede of foute antwoorden; het ging om het gesprek."
        )
        home = (
            f"Vraag {child} hoe het gesprek was, zonder meteen te oordelen. Luisteren helpt meer dan een preek.",
            f"Blijf nieuwsgierig naar wat {child} online doet en ziet, ook als u de apps zelf niet gebruikt.",
            "Praat over het delen van foto's en berichten: wat je doorstuurt, ben je kwijt. Het maken of "
            "doorsturen van naaktbeelden van minderjarigen is strafbaar, ook als het om een grap gaat.",
            f"Laat weten dat {child} altijd bij u terechtkan, ook als er online iets is misgegaan.",
        )
    return {"intro": intro, "home": home, "who": who, "child": child}


def build_parent_letter(data: ReportData, help_info: SchoolHelp | None = None) -> DocxDocument:
    """A letter to parents about the session: themes, agreements, help at home, where to get help.

    It names no pupils and no teams, and shows no card texts (only themes): the teacher adds the
    greeting and the signature where the yellow placeholders are.
    """
    from docx.shared import Pt

    help_info = help_info or SchoolHelp()
    words = _letter_wording(data)
    doc = _new_document(PART_TITLES["parents"])
    school = clean_text(help_info.school).strip()
    _para(doc, "[Lees de brief na voordat je hem verstuurt: staan er geen namen van leerlingen in? Vul de "
               "gele stukken in en haal deze regel weg.]")
    _para(doc, school or "[Naam van de school]").runs[0].bold = True
    _para(doc, "[Plaats], [datum]")
    subject = doc.add_paragraph(style="Title")
    subject.add_run("Gesprek over gedrag op school en online").font.size = Pt(18)  # a letter's subject, not a cover
    _para(doc, "[Beste ouders en verzorgers,]")
    _para(doc, words["intro"])

    doc.add_heading("Waar we het over hadden", level=2)
    played = {data.card(card).theme for rnd in data.rounds for card in rnd.cards}
    themes = [t for t in data.themes if t.id in played]
    if themes:
        _para(doc, "In het gesprek kwamen deze onderwerpen aan bod:").paragraph_format.keep_with_next = True
        for theme in themes:
            _typed(doc, theme.label, style="List Bullet")
        _para(doc, f"Sommige onderwerpen kunnen thuis vragen oproepen. Wat anderen in de klas vertelden, blijft "
                   f"in de klas; {words['who']} hoeven daar thuis niets over te vertellen.")
    else:
        _para(doc, "[Schrijf hier kort over welke onderwerpen het gesprek ging.]")

    doc.add_heading("Wat we hebben afgesproken", level=2)
    agreements = _unique(data.agreements())
    if agreements:
        _para(doc, "Samen hebben we deze afspraken gemaakt:").paragraph_format.keep_with_next = True
        for outcome in agreements:
            _typed(doc, outcome.agreement.strip(), style="List Bullet")
    else:
        _para(doc, "In dit gesprek zijn nog geen afspraken vastgelegd.")

    doc.add_heading("Zo kunt u thuis helpen", level=2)
    for line in words["home"]:
        _para(doc, line, style="List Bullet")

    doc.add_heading("Waar u terechtkunt", level=2)
    _para(doc, f"Maakt u zich zorgen, of vertelt {words['child']} iets wat u niet loslaat? Op school kunt u "
               "terecht bij:").paragraph_format.keep_with_next = True
    if help_info.contacts:
        for role, who in help_info.contacts:
            _labelled(doc, f"{clean_text(role)}: ", who.strip(), style="List Bullet")
    else:
        for _key, role in SCHOOL_CONTACT_ROLES[:2]:
            _labelled(doc, f"{role}: ", "[naam en hoe u deze persoon bereikt]", style="List Bullet")
    if help_info.places:
        _para(doc, "Hulp buiten school, ook anoniem:").paragraph_format.keep_with_next = True
        for place in help_info.places:
            reach = " · ".join(clean_text(p) for p in (place.phone, place.web) if p.strip())
            paragraph = doc.add_paragraph(style="List Bullet")
            paragraph.add_run(clean_text(place.name)).bold = True
            if reach:
                paragraph.add_run(f" ({reach})")
            if place.about.strip():
                paragraph.add_run(f": {clean_text(place.about).strip()}")
        if not any("112" in f"{p.phone} {p.about}" for p in help_info.places):
            _para(doc, "Bij direct gevaar belt u altijd 112.")

    _para(doc, "Heeft u vragen over het gesprek of over de afspraken? Neem dan gerust contact met mij op.")
    closing = _para(doc, "Met vriendelijke groet,")
    closing.paragraph_format.space_before = Pt(12)
    closing.paragraph_format.keep_with_next = True
    signature = _para(doc, "[Naam]")
    signature.paragraph_format.space_before = Pt(30)  # room for a signature
    signature.paragraph_format.keep_with_next = True
    _para(doc, "[Functie, bijvoorbeeld leerkracht van groep 7 of mentor van klas 2B]")
    return doc


def write_word(
    sources: ReportData | Sequence[ReportData],
    out: str | Path,
    part: str = "protocol",
    help_info: SchoolHelp | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write one Word document to `out` atomically and return the path.

    `sources` is one session's report data, or several for a merged protocol (the other parts take one
    session). `help_info` gives the school's name and contacts and the national help places (parent
    letter; the protocol uses the school's name). Raises ExportError for a bad part, several sessions for a
    part that takes one, or a file that cannot be written.
    """
    datas = [sources] if isinstance(sources, ReportData) else list(sources)
    target = Path(out)
    if part not in WORD_PARTS:
        raise ExportError(f"onbekend onderdeel '{part}' voor Word: kies protocol, agreements of parents")
    if not datas:
        raise ExportError("geen sessie gekozen")
    if part != "protocol" and len(datas) > 1:
        raise ExportError("alleen het concept-protocol kan afspraken uit meerdere sessies samenvoegen")
    unique = list({d.session_id: d for d in datas}.values())
    if progress:
        progress(0, 2)
    if part == "protocol":
        doc = build_protocol(unique, school=help_info.school if help_info else "")
    elif part == "agreements":
        doc = build_agreements(unique[0])
    else:
        doc = build_parent_letter(unique[0], help_info)
    if progress:
        progress(1, 2)
    _save(doc, target)
    if progress:
        progress(2, 2)
    return target
