"""Labels shared by the features: a timestamp, a variant and a protocol section in the facilitator's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def when(iso: str) -> str:
    """'23-11-2026 20:15' from an ISO timestamp (as written by the core)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%d-%m-%Y %H:%M")


def variant_label(variant: str) -> str:
    """The Dutch name of a variant."""
    from gedragen.core.events import Variant

    return {
        Variant.BOARD: QCoreApplication.translate("Variant", "Op het bord (rangschikken)"),
        Variant.QUICK: QCoreApplication.translate("Variant", "Snel sorteren"),
        Variant.DEBATE: QCoreApplication.translate("Variant", "Overloopdebat"),
    }[Variant(variant)]


def section_labels() -> dict[str | None, str]:
    """The five protocol sections with their Dutch labels; None = no section."""
    return {
        None: QCoreApplication.translate("Sections", "geen onderdeel"),
        "gedragsregels": QCoreApplication.translate("Sections", "Gedragsregels"),
        "privacy": QCoreApplication.translate("Sections", "Privacy en gegevensbescherming"),
        "contact": QCoreApplication.translate("Sections", "Contact tussen leerlingen en leraren"),
        "les": QCoreApplication.translate("Sections", "Sociale media in de les"),
        "handhaving": QCoreApplication.translate("Sections", "Handhaving en consequenties"),
    }
