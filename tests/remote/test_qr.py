"""The QR code of the link: square, decodable size, and a whole-number scale for the projector."""

from __future__ import annotations

from gedragen.remote.qr import QUIET_ZONE, qr_code


def test_a_link_becomes_a_square_code_with_a_whole_number_scale() -> None:
    link = "http://192.168.1.20:8765/yfFpGnJII6QZMnldQE5UWu-gPzsdDDi0/"
    code = qr_code(link)
    assert code.size >= 21 and (code.size - 17) % 4 == 0  # a regular QR version, never a micro code
    assert all(len(row) == code.size for row in code.modules)
    assert code.modules[0][:7] == (True,) * 7  # the finder pattern in the corner
    scale = code.scale_for(600)
    assert scale >= 1 and (code.size + 2 * QUIET_ZONE) * scale <= 600 < (code.size + 2 * QUIET_ZONE) * (scale + 1)
    assert qr_code(link) == code and qr_code(link + "x") != code
