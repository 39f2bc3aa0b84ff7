"""One port on one chosen interface: the device page (served from memory) and its WebSocket.

`DeviceServer` runs the `websockets` threading server on its own thread. It checks every request before
anything else happens (Host, Origin, the secret token in the path, a cap on connections, a handshake
timeout), drops and counts every message that is too big, too frequent or malformed, and hands the rest
to a `Hub` (the host side, see `gedragen.remote.session`). Messages to a device go through a bounded
queue per connection with its own sender thread, so a slow device never blocks the host or other devices;
a device that falls too far behind is disconnected (its page reconnects and gets a fresh view).

Qt-free on purpose: the app connects the hub's callbacks to a queued Qt signal.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

from gedragen.core import devices as dv

MAX_CONNECTIONS = 64  # 8 teams × 2 devices and a class of voters, with room for reloads
HANDSHAKE_TIMEOUT = 5.0
HARD_MAX_SIZE = 64 * 1024  # beyond this websockets closes the connection; up to it we drop and count
OUTBOX_SIZE = 32
MAX_DROPPED_PER_DEVICE = 200  # a device that keeps sending junk is disconnected
WS_PATH = "ws"
ICON_PATH = "icon/"
ICON_TYPE = "image/svg+xml"

# The server's own pages (a wrong code or link) for a page in English
PAGES_EN = {
    "Dit adres hoort niet bij deze sessie.": "This address does not belong to this session.",
    "Geen pictogram.": "No icon.",
    "Deze code klopt niet (meer). Scan de QR-code of vraag de begeleider.":
        "This code is not (or no longer) right. Scan the QR code or ask the facilitator.",
    "Deze link klopt niet (meer). Scan de QR-code opnieuw.": "This link is not (or no longer) right. Scan the QR code again.",
    "Deze pagina bestaat niet.": "This page does not exist.",
    "Open de link zonder /ws aan het eind.": "Open the link without /ws at the end.",
    "Verbinding geweigerd.": "Connection refused.",
    "Er zijn te veel apparaten verbonden.": "Too many devices are connected.",
}


class Hub(Protocol):
    """The host side: what the server asks and tells about devices (called on connection threads)."""

    def device_opened(self, device: str) -> None:
        """A device connected (its id is the server's, never its address)."""

    def device_message(self, device: str, message: dv.Message) -> None:
        """A checked message; the hub applies the rules and raises DeviceError to refuse it."""

    def device_closed(self, device: str) -> None:
        """The device's connection is gone."""

    def code_entered(self, code: str) -> bool:
        """Whether a typed short code opens the lobby now."""


@dataclass(frozen=True, slots=True)
class PageFile:
    """A static file of the page, kept in memory."""

    body: bytes
    content_type: str


class Outbox:
    """Messages waiting for one device: notices in order, and only the latest view (a view is a whole
    snapshot, so an older one waiting is worthless). Bounded: a device that cannot keep up with notices
    is disconnected; a device that only falls behind on views just gets the latest."""

    def __init__(self, limit: int = OUTBOX_SIZE) -> None:
        self.limit = limit
        self._notices: deque[str] = deque()
        self._view: str | None = None
        self._closed = False
        self._ready = threading.Condition()

    def put(self, text: str, view: bool) -> bool:
        """Queue a message without waiting; False when the outbox is full (a closed one ignores it)."""
        with self._ready:
            if self._closed:
                return True
            if not view and len(self._notices) >= self.limit:
                return False
            if view:
                self._view = text
            else:
                self._notices.append(text)
            self._ready.notify()
            return True

    def get(self) -> str | None:
        """The next message to send (notices first), waiting for one; None once closed (after the notices
        if it was closed with `drain`)."""
        with self._ready:
            while not self._closed and not self._notices and self._view is None:
                self._ready.wait()
            if self._notices:
                return self._notices.popleft()
            if self._closed:
                return None
            text, self._view = self._view, None
            return text

    def close(self, drain: bool = False) -> None:
        """Wake the sender and let it end; with `drain` the notices still waiting go out first."""
        with self._ready:
            self._closed = True
            self._view = None
            if not drain:
                self._notices.clear()
            self._ready.notify_all()

    def __len__(self) -> int:
        with self._ready:
            return len(self._notices) + (self._view is not None)


@dataclass(eq=False)
class _Device:
    """One open WebSocket: its outbox, its sender thread and its rate-limit bucket."""

    id: str
    ws: ServerConnection
    outbox: Outbox = field(default_factory=Outbox)
    kicked: bool = False  # the server closes it (release, too slow), not the device
    bucket: dv.Bucket | None = None
    dropped: int = 0
    sender: threading.Thread | None = None


class DeviceServer:
    """The listening server for one session; `start()` binds, `stop()` closes everything."""

    def __init__(
        self,
        hub: Hub,
        files: Mapping[str, PageFile],
        token: str,
        *,
        max_connections: int = MAX_CONNECTIONS,
        handshake_timeout: float = HANDSHAKE_TIMEOUT,
        outbox_size: int = OUTBOX_SIZE,
        lang: str = "nl",
    ) -> None:
        self.hub = hub
        self.lang = lang
        self.files = dict(files)
        self.icons: dict[str, bytes] = {}  # theme id → SVG of the open round's themes (see set_icons)
        self.token = token
        self.max_connections = max_connections
        self.handshake_timeout = handshake_timeout
        self.outbox_size = outbox_size
        self.host = ""
        self.port = 0
        self.dropped: Counter[str] = Counter()  # reason → count, for the facilitator and the tests
        self._devices: dict[str, _Device] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._logger = logging.getLogger("gedragen.remote.server")
        self._logger.propagate = False  # library tracebacks never reach the app's log or the screen
        if not self._logger.handlers:
            self._logger.addHandler(logging.NullHandler())

    # --- life ------------------------------------------------------------------------------------

    def start(self, host: str, port: int = 0) -> int:
        """Listen on `host` (an address the facilitator picked) and `port` (0: any free); returns the port."""
        if host in ("", "0.0.0.0", "::"):
            raise dv.DeviceError("Kies één netwerk om op te luisteren, niet alle tegelijk.")
        try:
            self._server = self._serve(host, port)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise dv.DeviceError(f"Poort {port} is al in gebruik; kies een andere of laat de app er een kiezen.") from None
            raise dv.DeviceError(f"Op netwerkadres {host} kan de app niet luisteren: bestaat het nog op deze computer?") from None
        self.host = host
        self.port = int(self._server.socket.getsockname()[1])
        self._thread = threading.Thread(target=self._server.serve_forever, name="gedragen-remote", daemon=True)
        self._thread.start()
        return self.port

    def _serve(self, host: str, port: int) -> Server:
        return serve(
            self._handle,
            host,
            port,
            process_request=self._check_request,
            open_timeout=self.handshake_timeout,
            max_size=HARD_MAX_SIZE,
            max_queue=16,
            compression=None,  # no inflate bombs, less CPU
            server_header=None,
            ping_interval=20,
            ping_timeout=20,
            close_timeout=2,
            logger=self._logger,
        )

    def stop(self) -> None:
        """Close the port and every connection; returns when the threads are done (bounded)."""
        server, self._server = self._server, None
        if server is None:
            return
        with self._lock:
            devices = list(self._devices.values())
        for device in devices:
            self._end_sender(device)
        server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for device in devices:
            if device.sender is not None:
                device.sender.join(timeout=2)

    @property
    def running(self) -> bool:
        """Whether the port is open."""
        return self._server is not None

    @property
    def origin(self) -> str:
        """The only Origin a page of this server has."""
        return f"http://{self._authority()}"

    def _authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def connected(self) -> int:
        """Open WebSocket connections now."""
        with self._lock:
            return len(self._devices)

    def device_ids(self) -> list[str]:
        """Ids of the open connections."""
        with self._lock:
            return list(self._devices)

    def set_icons(self, icons: Mapping[str, bytes]) -> None:
        """The theme icons (SVG, theme id → bytes) devices may fetch now: those of the open round only."""
        with self._lock:
            self.icons = dict(icons)

    # --- sending ---------------------------------------------------------------------------------

    def send(self, device: str, payload: Mapping[str, Any], view: bool = False) -> bool:
        """Queue a message for a device without waiting. A `view` replaces the view still waiting; a device
        whose notices pile up is disconnected (its page reconnects and gets a fresh view)."""
        with self._lock:
            target = self._devices.get(device)
        if target is None:
            return False
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        if not target.outbox.put(text, view):
            self.dropped["te traag"] += 1
            self.disconnect(device, drain=False)
            return False
        return True

    def backlog(self) -> int:
        """The most messages waiting for any one device now."""
        with self._lock:
            return max((len(d.outbox) for d in self._devices.values()), default=0)

    def disconnect(self, device: str, drain: bool = True) -> None:
        """Close a device's connection (it may come back with its key); with `drain` after the notices
        already queued for it (such as "released")."""
        with self._lock:
            target = self._devices.get(device)
        if target is None:
            return
        target.kicked = True
        target.outbox.close(drain)
        if not drain:  # its sender may be stuck on a full socket: close from elsewhere
            threading.Thread(target=self._close_quietly, args=(target.ws,), daemon=True).start()

    @staticmethod
    def _close_quietly(ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed, OSError, RuntimeError):  # a broken socket changes nothing
            ws.close(1008)

    def _end_sender(self, device: _Device) -> None:
        device.outbox.close()

    def _send_loop(self, device: _Device) -> None:
        while True:
            text = device.outbox.get()
            if text is None:
                if device.kicked:
                    self._close_quietly(device.ws)
                return
            try:
                device.ws.send(text)
            except (ConnectionClosed, OSError, RuntimeError):
                return

    # --- requests --------------------------------------------------------------------------------

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """Everything before a WebSocket opens: Host, path, token, Origin, the connection cap."""
        if _one(request, "Host").lower() != self._authority().lower():
            self.dropped["verkeerd adres"] += 1
            return self._page(HTTPStatus.MISDIRECTED_REQUEST, "Dit adres hoort niet bij deze sessie.")
        parts = urlsplit(request.path)
        path = parts.path
        if path.startswith("/static/"):
            return self._file(path.removeprefix("/static/"))
        if path == "/favicon.ico":
            return self._page(HTTPStatus.NOT_FOUND, "Geen pictogram.")
        if path == "/":
            code = parse_qs(parts.query).get("code", [""])[0][:20]
            if code:
                if self.hub.code_entered(code):
                    return _redirect(f"/{self.token}/")
                self.dropped["verkeerde code"] += 1
                return self._page(HTTPStatus.FORBIDDEN, "Deze code klopt niet (meer). Scan de QR-code of vraag de begeleider.")
            return self._file("index.html")
        pieces = path.strip("/").split("/")
        if not pieces or not dv.same_secret(pieces[0], self.token):
            self.dropped["verkeerde link"] += 1
            return self._page(HTTPStatus.FORBIDDEN, "Deze link klopt niet (meer). Scan de QR-code opnieuw.")
        rest = "/".join(pieces[1:])
        if rest == "" and path.endswith("/"):
            return self._file("index.html")
        if rest.startswith(ICON_PATH) and rest.endswith(".svg"):
            with self._lock:
                icon = self.icons.get(rest.removeprefix(ICON_PATH).removesuffix(".svg"))
            if icon is None:
                return self._page(HTTPStatus.NOT_FOUND, "Geen pictogram.")
            response = _response(HTTPStatus.OK, icon, ICON_TYPE, "default-src 'none'; style-src 'unsafe-inline'")
            del response.headers["Cache-Control"]
            response.headers["Cache-Control"] = "private, max-age=600"  # a page redraws often: fetch once
            return response
        if rest != WS_PATH:
            return self._page(HTTPStatus.NOT_FOUND, "Deze pagina bestaat niet.")
        if _one(request, "Upgrade").lower() != "websocket":
            return self._page(HTTPStatus.UPGRADE_REQUIRED, "Open de link zonder /ws aan het eind.")
        if _one(request, "Origin") != self.origin:
            self.dropped["verkeerde herkomst"] += 1
            return self._page(HTTPStatus.FORBIDDEN, "Verbinding geweigerd.")
        if self.connected() >= self.max_connections:
            self.dropped["te veel verbindingen"] += 1
            return self._page(HTTPStatus.SERVICE_UNAVAILABLE, "Er zijn te veel apparaten verbonden.")
        return None

    def _page(self, status: HTTPStatus, text: str) -> Response:
        if self.lang == "en":
            return _page(status, PAGES_EN.get(text, text), "en")
        return _page(status, text)

    def _file(self, name: str) -> Response:
        page = self.files.get(name)
        if page is None:
            return self._page(HTTPStatus.NOT_FOUND, "Deze pagina bestaat niet.")
        return _response(HTTPStatus.OK, page.body, page.content_type, self._csp())

    def _csp(self) -> str:
        return (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src ws://{self._authority()}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        )

    # --- one connection --------------------------------------------------------------------------

    def _handle(self, ws: ServerConnection) -> None:
        device = _Device(id=f"d{next(self._ids)}", ws=ws, outbox=Outbox(self.outbox_size))
        with self._lock:
            if len(self._devices) >= self.max_connections:
                self.dropped["te veel verbindingen"] += 1
                return
            self._devices[device.id] = device
        device.sender = threading.Thread(target=self._send_loop, args=(device,), daemon=True)
        device.sender.start()
        try:
            self.hub.device_opened(device.id)
            for raw in ws:
                self._receive(device, raw)
                if device.dropped > MAX_DROPPED_PER_DEVICE:
                    self.dropped["afgesloten"] += 1
                    break
        except ConnectionClosed as exc:
            if exc.rcvd is None and exc.sent is not None and exc.sent.code == 1009:
                self.dropped["te groot"] += 1  # beyond the hard cap: websockets closed it
        finally:
            with self._lock:
                self._devices.pop(device.id, None)
            self._end_sender(device)
            try:
                self.hub.device_closed(device.id)
            finally:
                if device.sender is not None:
                    device.sender.join(timeout=1)

    def _receive(self, device: _Device, raw: str | bytes) -> None:
        device.bucket, allowed = dv.take(device.bucket, time.monotonic())
        if not allowed:
            self._drop(device, "te snel")
            return
        if len(raw) > dv.MAX_MESSAGE_BYTES:
            self._drop(device, "te groot")
            return
        try:
            message = dv.parse_message(raw)
        except dv.DeviceError:
            self._drop(device, "ongeldig bericht")
            return
        try:
            self.hub.device_message(device.id, message)
        except dv.DeviceError:
            self._drop(device, "geweigerd")

    def _drop(self, device: _Device, reason: str) -> None:
        device.dropped += 1
        self.dropped[reason] += 1


def _one(request: Request, name: str) -> str:
    """The value of a header that must appear exactly once ('' when missing or repeated)."""
    values = request.headers.get_all(name)
    return values[0] if len(values) == 1 else ""


def _response(status: HTTPStatus, body: bytes, content_type: str, csp: str | None = None) -> Response:
    headers = Headers(
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
            ("Referrer-Policy", "no-referrer"),  # the link's token never leaves in a Referer
            ("X-Content-Type-Options", "nosniff"),
            ("Connection", "close"),
        ]
    )
    if csp:
        headers["Content-Security-Policy"] = csp
    return Response(status.value, status.phrase, headers, body)


def _page(status: HTTPStatus, text: str, lang: str = "nl") -> Response:
    """A tiny page for a refused request, in the page's language (never a library's English text)."""
    body = (
        f"<!doctype html><html lang={lang}><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'>"
        f"<title>Gedragen</title><p style='font:1.4em sans-serif;margin:2em'>{text}</p></html>"
    ).encode()
    return _response(status, body, "text/html; charset=utf-8")


def _redirect(location: str) -> Response:
    response = _response(HTTPStatus.FOUND, b"", "text/plain; charset=utf-8")
    response.headers["Location"] = location
    return response

