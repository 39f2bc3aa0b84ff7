"""Hulp en melden as data: the help file's format and loader, the built-in fallback, and the help for the
letter to parents. Shared by the help screen and the summary's Word letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gedragen.core.errors import GedragenError
from gedragen.resources import assets_dir

HELP_FORMAT = "gedragen-help/1"


@dataclass(frozen=True)
class HelpPlace:
    """A national place to get help."""

    name: str
    phone: str
    web: str
    about: str


@dataclass(frozen=True)
class HelpInfo:
    """The contents of the Hulp en melden data file."""

    title: str
    intro: str
    now: tuple[str, ...]
    places: tuple[HelpPlace, ...]


# What the screen shows when the school's file cannot be read: the shipped file's contents, so the helplines
# are there exactly when someone needs them (tests/ui/test_help_fallback.py keeps the two the same).
BUILT_IN_HELP = HelpInfo(
    title="Hulp en melden",
    intro="Vertelt een deelnemer over iets wat is gebeurd, bijvoorbeeld pesten, online pesten of een foto die "
    "is doorgestuurd? Dan gaat dat voor. Het spel kan wachten.",
    now=(
        "Luister rustig en zonder oordeel. Bedank de ander dat die het vertelt.",
        "Beloof geen geheimhouding die je niet kunt waarmaken. Zeg eerlijk met wie je het gaat bespreken.",
        "Vraag of de ander nu veilig is en wat die nodig heeft. Bij direct gevaar bel je 112.",
        "Stuur foto's of filmpjes niet door en bewaar ze niet zelf, ook niet als bewijs. Laat ze via het "
        "platform of Helpwanted.nl verwijderen.",
        "Schakel dezelfde dag de vertrouwenspersoon of anti-pestcoördinator van de school in en volg de "
        "meldcode van de school.",
        "Schrijf kort op wat je hoorde en zag, met datum en tijd, in de woorden van de ander.",
        "Gaat het om seksueel misbruik van een leerling door een medewerker? Meld het meteen bij het "
        "schoolbestuur (meldplicht).",
    ),
    places=(
        HelpPlace("De Kindertelefoon", "0800-0432", "kindertelefoon.nl", "Gratis en anoniem bellen of chatten."),
        HelpPlace("Veilig Thuis", "0800-2000", "veiligthuis.nl", "Bij huiselijk geweld en kindermishandeling."),
        HelpPlace("Helpwanted.nl", "", "helpwanted.nl", "Hulp bij een gedeelde naaktfoto, ook anoniem."),
        HelpPlace("113 Zelfmoordpreventie", "0800-0113", "113.nl", "Praten over zelfdoding, gratis en anoniem."),
        HelpPlace("Centrum Seksueel Geweld", "0800-0188", "centrumseksueelgeweld.nl",
                  "Hulp na seksueel geweld, gratis, dag en nacht."),
        HelpPlace("Politie", "0900-8844", "politie.nl", "Aangifte of advies. Bij direct gevaar altijd 112."),
        HelpPlace("Meld Misdaad Anoniem", "0800-7000", "meldmisdaadanoniem.nl",
                  "Anoniem doorgeven wat je weet over een misdrijf."),
        HelpPlace("Halt", "", "halt.nl", "Jongeren van 12 tot 18 na een lichte overtreding."),
        HelpPlace("Discriminatie.nl", "", "discriminatie.nl", "Melden van en advies bij discriminatie."),
        HelpPlace("Vertrouwensinspecteur", "0900-111 3 111", "onderwijsinspectie.nl",
                  "Advies bij seksueel misbruik, ernstig geweld, discriminatie of radicalisering op school."),
    ),
)


def help_file() -> Path:
    """The editable data file with the help steps and national helplines."""
    return assets_dir() / "help" / "hulp-en-melden.yaml"


MAX_HELP_BYTES = 256 * 1024  # the shipped file is 2 KB


class _AliasRefused(Exception):
    """The help file uses an alias: refused, so no anchored text is repeated hundreds of times."""


def _help_loader() -> type:
    import yaml

    class HelpLoader(yaml.SafeLoader):
        """PyYAML's safe loader without aliases (`*naam`): the help file spells every text out."""

        def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
            if self.check_event(yaml.AliasEvent):
                raise _AliasRefused
            return super().compose_node(parent, index)

    return HelpLoader


def load_help(path: Path | None = None) -> HelpInfo:
    """Read the help data file; a missing or broken file raises GedragenError with a Dutch message."""
    import yaml

    from gedragen.core.errors import describe_os_error
    from gedragen.core.files import UnsafeFileError, read_bounded

    help_loader = _help_loader()

    path = path or help_file()
    try:
        # bounded and only a regular file: a FIFO or a link to /dev/zero must not hang the help screen
        raw = read_bounded(path, MAX_HELP_BYTES)
        # utf-8-sig: a file saved with Notepad's BOM is still fine; ANSI and UTF-16 are refused
        data = yaml.load(raw.decode("utf-8-sig"), Loader=help_loader)  # a safe loader without aliases
    except UnicodeError:
        raise GedragenError(
            QCoreApplication.translate(
                "Help", "Het hulpbestand {0} kan niet worden gelezen: het is niet als UTF-8 opgeslagen."
            ).format(path)
        ) from None
    except RecursionError:
        raise GedragenError(
            QCoreApplication.translate("Help", "Het hulpbestand {0} kan niet worden gelezen: het is te diep genest.")
            .format(path)
        ) from None
    except UnsafeFileError as exc:
        raise GedragenError(
            QCoreApplication.translate("Help", "Het hulpbestand {0} kan niet worden gelezen: {1}.").format(
                path, exc.dutch()
            )
        ) from None
    except _AliasRefused:
        raise GedragenError(
            QCoreApplication.translate(
                "Help", "Het hulpbestand {0} kan niet worden gelezen: het gebruikt ankers en aliassen (&naam, *naam); "
                "schrijf de tekst uit."
            ).format(path)
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + 1 if mark is not None else 1
        raise GedragenError(
            QCoreApplication.translate(
                "Help", "Het hulpbestand {0} kan niet worden gelezen: het is geen geldige YAML (regel {1})."
            ).format(path, where)
        ) from None
    except (OSError, yaml.YAMLError) as exc:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else "het is geen geldige YAML"
        raise GedragenError(
            QCoreApplication.translate("Help", "Het hulpbestand {0} kan niet worden gelezen: {1}").format(path, reason)
        ) from exc
    if not isinstance(data, dict) or data.get("format") != HELP_FORMAT:
        raise GedragenError(QCoreApplication.translate("Help", "Het hulpbestand {0} heeft niet de vorm {1}.").format(path, HELP_FORMAT))
    problem = _shape_problem(data)
    if problem:
        raise GedragenError(
            QCoreApplication.translate("Help", "Het hulpbestand {0} heeft niet de vorm {1}: {2}").format(
                path, HELP_FORMAT, problem
            )
        )
    places = tuple(
        HelpPlace(str(p["name"]), _text(p.get("phone")), _text(p.get("web")), _text(p.get("about")))
        for p in data.get("places") or ()
    )
    return HelpInfo(
        title=_text(data.get("title")) or "Hulp en melden",
        intro=_text(data.get("intro")).strip(),
        now=tuple(str(s) for s in data.get("now") or ()),
        places=places,
    )


def letter_help(data_dir: Path) -> object:
    """Where to get help, for the letter to parents: the school's contacts from the settings and the places
    of the help file (the school's own in the data folder, else the shipped one; the built-in list when
    it cannot be read, as on the Hulp en melden screen). Safe to call on a worker thread."""
    from gedragen.export.help_card import places_from
    from gedragen.export.word import SCHOOL_CONTACT_ROLES, SchoolHelp
    from gedragen.ui.common.settings import Settings

    settings = Settings(data_dir)
    own = data_dir / "hulp-en-melden.yaml"  # a school's own version, as in MainWindow.show_help
    try:
        info = load_help(own if own.is_file() else None)
    except GedragenError:
        info = BUILT_IN_HELP
    filled = ((role, str(settings.get(key)).strip()) for key, role in SCHOOL_CONTACT_ROLES)
    return SchoolHelp(school=str(settings.get("school/name")).strip(),
                      contacts=tuple((role, who) for role, who in filled if who),
                      places=places_from(info.places))


_SCALAR = (str, int, float, date)


def _text(value: object) -> str:
    """A scalar field as text; an empty field (None) is ''."""
    return "" if value is None else str(value)


def _shape_problem(data: dict[object, object]) -> str:
    """What is wrong with the structure of a gedragen-help/1 mapping (Dutch), or '' when it is fine."""
    for key in ("title", "intro"):
        if data.get(key) is not None and not isinstance(data[key], _SCALAR):
            return QCoreApplication.translate("Help", "'{0}' moet een tekst zijn.").format(key)
    now = data.get("now")
    if now is not None and not (isinstance(now, list) and all(isinstance(s, _SCALAR) for s in now)):
        return QCoreApplication.translate("Help", "'now' moet een lijst met stappen zijn.")
    places = data.get("places")
    if places is None:
        return ""
    if not isinstance(places, list):
        return QCoreApplication.translate("Help", "'places' moet een lijst met hulplijnen zijn.")
    for number, place in enumerate(places, start=1):
        if not isinstance(place, dict) or not isinstance(place.get("name"), _SCALAR):
            return QCoreApplication.translate("Help", "hulplijn {0} onder 'places' heeft geen naam.").format(number)
        for key in ("phone", "web", "about"):
            if place.get(key) is not None and not isinstance(place[key], _SCALAR):
                return QCoreApplication.translate("Help", "'{0}' van hulplijn {1} moet een tekst zijn.").format(
                    key, number
                )
    return ""
