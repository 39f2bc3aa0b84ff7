"""WCAG 2 colour arithmetic on plain values: relative luminance and contrast ratio (one formula for all)."""

from __future__ import annotations


def linear(channel: float) -> float:
    """An sRGB channel (0 … 1) made linear."""
    return channel / 12.92 if channel <= 0.04045 else float(((channel + 0.055) / 1.055) ** 2.4)


def luminance_rgb(red: float, green: float, blue: float) -> float:
    """Relative luminance of a colour with channels 0 … 1 (0 black … 1 white)."""
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def relative_luminance(color: str) -> float:
    """Relative luminance of a '#RRGGBB' colour."""
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return luminance_rgb(red, green, blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two '#RRGGBB' colours (1 … 21), in either order."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
