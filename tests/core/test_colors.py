"""WCAG 2 contrast, checked against known values."""

from __future__ import annotations

import pytest

from gedragen.core.colors import contrast_ratio, relative_luminance


def test_known_contrast_ratios() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#767676") == pytest.approx(4.54, abs=0.01)  # the smallest AA grey
    assert contrast_ratio("#767676", "#FFFFFF") == contrast_ratio("#FFFFFF", "#767676")
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)


def test_luminance_ends_and_order() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#00FF00") > relative_luminance("#FF0000") > relative_luminance("#0000FF")
