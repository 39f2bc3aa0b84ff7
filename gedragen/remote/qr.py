"""The link as a QR code: a square of dark/light modules that the UI draws at a whole-number scale
(sharp on a projector). Made with `segno`; no image library, no file."""

from __future__ import annotations

from dataclasses import dataclass

import segno

QUIET_ZONE = 4  # modules of light border that scanners need around the code


@dataclass(frozen=True, slots=True)
class QrCode:
    """Rows of modules (True = dark), without the quiet zone; `size` modules a side."""

    modules: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules on one side."""
        return len(self.modules)

    def scale_for(self, pixels: int) -> int:
        """The largest whole-number module size that fits the code and its quiet zone into `pixels`."""
        return max(1, pixels // (self.size + 2 * QUIET_ZONE))


def qr_code(text: str) -> QrCode:
    """The QR code of `text` (error correction M or better, never a micro code)."""
    code = segno.make(text, error="m", micro=False, boost_error=True)
    return QrCode(tuple(tuple(bool(cell) for cell in row) for row in code.matrix))
