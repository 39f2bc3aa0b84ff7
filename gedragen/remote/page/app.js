/* Gedragen: de pagina voor Teams op eigen apparaat. ES5 zonder modules, zodat oude iPads meedoen.
 * De telefoon stuurt steeds het hele bord van zijn team; de app op de laptop beslist (dezelfde regels als typen).
 */
(function () {
  "use strict";

  var app = document.getElementById("app");
  var statusEl = document.getElementById("status");
  var teamEl = document.getElementById("team");
  var token = (location.pathname.split("/")[1] || "");
  var socket = null;
  var retry = 0;
  var view = null;        // the last view from the app
  var board = null;       // our board: one list of card ids per zone
  var selected = null;    // the tapped card id
  var sendTimer = null;
  var lastSent = "";
  var sortables = [];
  var notice = "";
  var memory = {};

  if (!token || !window.WebSocket) {
    if (!window.WebSocket) { app.innerHTML = ""; app.appendChild(panel("Deze browser is te oud om mee te doen. Vraag de begeleider om een ander apparaat.")); }
    return; // the code form in index.html does the rest
  }
  app.innerHTML = "";
  app.appendChild(panel("Even verbinden…"));
  takeHandOff();

  // a second device of a team opens the link with #team=…&sleutel=… (the fragment never reaches a server)
  function takeHandOff() {
    var parts = location.hash.replace(/^#/, "").split("&"), found = {}, i, pair;
    for (i = 0; i < parts.length; i++) {
      pair = parts[i].split("=");
      if (pair.length === 2) { found[pair[0]] = decodeURIComponent(pair[1]); }
    }
    if (found.team && found.sleutel) {
      store("team", found.team);
      store("sleutel", found.sleutel);
    }
    if (location.hash && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", location.pathname);
    }
  }
  function handOffLink() {
    return location.protocol + "//" + location.host + "/" + token + "/#team=" +
      encodeURIComponent(stored("team") || "") + "&sleutel=" + encodeURIComponent(stored("sleutel") || "");
  }
  var showHandOff = false;
  function handOff() {
    var box = el("div", "handoff");
    if (!showHandOff) {
      box.appendChild(button("link-button", "Ook op een tweede apparaat?", function () { showHandOff = true; render(); }));
      return box;
    }
    box.appendChild(el("p", null, "Open deze link op het tweede apparaat van je team (hoogstens twee apparaten):"));
    var input = el("input", "handoff-link");
    input.readOnly = true;
    input.value = handOffLink();
    input.addEventListener("focus", function () { input.select(); });
    box.appendChild(input);
    if (navigator.share) {
      box.appendChild(button("primary", "Delen", function () { navigator.share({ url: handOffLink() }); }));
    }
    box.appendChild(button("link-button", "Sluiten", function () { showHandOff = false; render(); }));
    return box;
  }

  // --- storage (private browsing may refuse localStorage) ----------------------------------------
  function store(name, value) {
    var key = "gedragen." + token + "." + name;
    try {
      if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); }
    } catch (e) {
      if (value === null) { delete memory[key]; } else { memory[key] = value; }
    }
  }
  function stored(name) {
    var key = "gedragen." + token + "." + name;
    try { return localStorage.getItem(key); } catch (e) { return memory[key] || null; }
  }
  function voterId() {
    var id = stored("stemmer");
    if (!id) {
      var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
      var bytes = [], i;
      if (window.crypto && window.crypto.getRandomValues) {
        var buf = new Uint8Array(22);
        window.crypto.getRandomValues(buf);
        for (i = 0; i < buf.length; i++) { bytes.push(buf[i]); }
      } else {
        for (i = 0; i < 22; i++) { bytes.push(Math.floor(Math.random() * 256)); }
      }
      id = "";
      for (i = 0; i < bytes.length; i++) { id += chars.charAt(bytes[i] % 64); }
      store("stemmer", id);
    }
    return id;
  }

  // --- small DOM helpers --------------------------------------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.appendChild(document.createTextNode(text)); }
    return node;
  }
  function button(cls, text, onClick, label) {
    var b = el("button", cls, text);
    b.type = "button";
    if (label) { b.setAttribute("aria-label", label); }
    b.addEventListener("click", function (ev) { ev.preventDefault(); ev.stopPropagation(); onClick(); });
    return b;
  }
  function panel(text) { var p = el("div", "panel"); p.appendChild(el("p", "big", text)); return p; }
  function clear() {
    var i;
    for (i = 0; i < sortables.length; i++) { sortables[i].destroy(); }
    sortables = [];
    app.innerHTML = "";
    app.className = "";
  }
  function setStatus(text, bad) {
    statusEl.textContent = text;
    statusEl.className = bad ? "status bad" : "status";
  }

  // --- connection ---------------------------------------------------------------------------------
  function connect() {
    setStatus("verbinden…", false);
    socket = new WebSocket("ws://" + location.host + "/" + token + "/ws");
    socket.onopen = function () {
      retry = 0;
      setStatus("verbonden", false);
      var team = stored("team"), key = stored("sleutel");
      if (team && key) { send({ type: "claim", team: team, key: key }); }
      else if (stored("stemmer")) { send({ type: "ping", voter: stored("stemmer") }); }
    };
    socket.onmessage = function (ev) {
      var msg;
      try { msg = JSON.parse(ev.data); } catch (e) { return; }
      receive(msg);
    };
    socket.onclose = function () {
      setStatus("verbinding weg, opnieuw proberen…", true);
      retry = Math.min(retry + 1, 5);
      setTimeout(connect, retry * 1000);
    };
  }
  function send(msg) {
    if (socket && socket.readyState === 1) { socket.send(JSON.stringify(msg)); }
  }

  function receive(msg) {
    if (msg.type === "claimed") {
      store("team", msg.team);
      store("sleutel", msg.key);
      notice = "";
    } else if (msg.type === "refused") {
      if (msg.team === stored("team")) { store("team", null); store("sleutel", null); }
      notice = msg.reason;
      if (view && view.type === "lobby") { render(); }
    } else if (msg.type === "released") {
      store("team", null); store("sleutel", null);
      notice = "De begeleider heeft je team vrijgegeven. Kies opnieuw je team.";
    } else {
      view = msg;
      if (msg.type === "round") { takeBoard(msg); }
      render();
    }
  }

  // --- views --------------------------------------------------------------------------------------
  var shownKind = "";
  function render() {
    clear();
    if (!view) { return; }
    var kind = view.type + ":" + (view.number || 0) + ":" + (view.revealed ? 1 : 0) + ":" + (view.phase || "");
    if (kind !== shownKind) { shownKind = kind; window.scrollTo(0, 0); }  // a new screen starts at the top
    teamEl.textContent = "";
    if (view.type === "lobby") { renderLobby(); }
    else if (view.type === "wait") { teamLabel(view.team_name); renderWait(); }
    else if (view.type === "round" && view.revealed) { teamLabel(view.team_name); renderCompare(); }
    else if (view.type === "round") { teamLabel(view.team_name); renderBoard(); }
    else if (view.type === "debate") { renderDebate(); }
  }

  function teamLabel(name) {
    teamEl.textContent = name ? "Team " + name : "";
  }

  function renderLobby() {
    var box = el("div", "panel");
    if (stored("team") && stored("sleutel") && !notice) {
      box.appendChild(el("p", "big", "Terug naar je team…"));
      app.appendChild(box);
      return;
    }
    box.appendChild(el("h1", null, "Kies je team"));
    if (notice) { box.appendChild(el("p", "notice", notice)); }
    var grid = el("div", "tiles");
    var i;
    for (i = 0; i < view.teams.length; i++) {
      (function (team) {
        var tile = button("tile" + (team.taken ? " taken" : ""), team.name, function () {
          if (team.taken) { notice = "Team " + team.name + " is al gekozen op een ander apparaat."; render(); return; }
          notice = "";
          send({ type: "claim", team: team.id, key: null });
        });
        tile.style.borderColor = team.color;
        tile.appendChild(el("span", "tile-state", team.taken ? "al gekozen" : "kies"));
        grid.appendChild(tile);
      })(view.teams[i]);
    }
    box.appendChild(grid);
    app.appendChild(box);
  }

  function renderWait() {
    var box = el("div", "panel center");
    box.appendChild(el("p", "big", "Wacht op de volgende ronde."));
    box.appendChild(el("p", null, "Kijk naar het scherm van de begeleider."));
    app.appendChild(box);
    app.appendChild(handOff());
  }

  // --- the board ----------------------------------------------------------------------------------
  function takeBoard(msg) {
    var i, fresh = [];
    for (i = 0; i < msg.zones.length; i++) { fresh.push((msg.board[i] || []).slice()); }
    board = fresh;
    lastSent = JSON.stringify(board);
    if (selected && cardById(selected) === null) { selected = null; }
  }
  function cardById(id) {
    var i;
    for (i = 0; i < view.cards.length; i++) { if (view.cards[i].id === id) { return view.cards[i]; } }
    return null;
  }
  function whereIs(id) {
    var z, o;
    for (z = 0; z < board.length; z++) {
      o = board[z].indexOf(id);
      if (o >= 0) { return { zone: z, order: o }; }
    }
    return null;
  }
  function unplaced() {
    var out = [], i;
    for (i = 0; i < view.cards.length; i++) { if (!whereIs(view.cards[i].id)) { out.push(view.cards[i].id); } }
    return out;
  }
  function placedCount() {
    var n = 0, z;
    for (z = 0; z < board.length; z++) { n += board[z].length; }
    return n;
  }
  function take(id) {
    var at = whereIs(id);
    if (at) { board[at.zone].splice(at.order, 1); }
    return at;
  }
  function changed() {
    render();
    var text = JSON.stringify(board);
    if (text === lastSent) { return; }
    if (sendTimer) { return; }
    sendTimer = setTimeout(function () {  // at most a few boards a second, always the latest
      sendTimer = null;
      var now = JSON.stringify(board);
      if (now !== lastSent) { lastSent = now; send({ type: "board", round: view.number, zones: board }); }
    }, 120);
  }

  function placeSelected(zone) {
    if (!selected) { return; }
    take(selected);
    board[zone].push(selected);
    selected = null;
    changed();
  }
  function move(id, step) {
    var at = take(id);
    if (!at) { return; }
    var zone = at.zone, order = at.order + step;
    if (order < 0) {
      if (zone === 0) { order = 0; } else { zone -= 1; order = board[zone].length; }
    } else if (order > board[zone].length) {
      if (zone === board.length - 1) { order = board[zone].length; } else { zone += 1; order = 0; }
    }
    board[zone].splice(order, 0, id);
    changed();
  }
  function unplace(id) { take(id); selected = null; changed(); }

  function cardNode(card, inZone) {
    var node = el("div", "card" + (selected === card.id ? " selected" : ""));
    node.setAttribute("data-id", card.id);
    node.style.borderLeftColor = card.color || "#888";
    var body = el("div", "card-body");
    var head = el("div", "card-head");
    head.appendChild(el("span", "card-number", String(card.number)));
    if (card.theme) { head.appendChild(el("span", "card-theme", card.theme)); }
    body.appendChild(head);
    body.appendChild(el("div", "card-text", card.text));
    node.appendChild(body);
    node.addEventListener("click", function () {
      selected = selected === card.id ? null : card.id;
      render();
    });
    if (inZone && selected === card.id) {
      var tools = el("div", "card-tools");
      if (view.variant !== "quick") {
        tools.appendChild(button("tool", "↑", function () { move(card.id, -1); }, "Hoger (meer gewenst)"));
        tools.appendChild(button("tool", "↓", function () { move(card.id, 1); }, "Lager (minder gewenst)"));
      }
      tools.appendChild(button("tool", "terug", function () { unplace(card.id); }, "Terug naar de stapel"));
      node.appendChild(tools);
    }
    return node;
  }

  function renderBoard() {
    var total = view.cards.length, done = placedCount(), i, z;
    var progress = el("div", "progress");
    progress.appendChild(el("span", "count", done + "/" + total + " gelegd"));
    var bar = el("span", "bar"), fill = el("span", "fill");
    fill.style.width = Math.round(100 * done / Math.max(total, 1)) + "%";
    bar.appendChild(fill);
    progress.appendChild(bar);
    app.appendChild(progress);
    app.className = selected ? "with-bar" : "";
    app.appendChild(el("p", "hint", selected
      ? "Tik nu op een vak (hieronder) om de kaart daar te leggen."
      : (done === total ? "Alles ligt. Schuiven mag tot de begeleider de ronde laat zien."
        : "Tik op een kaart en dan op een vak, of sleep de kaart.")));

    var rest = unplaced();
    var tray = el("section", "tray");
    tray.appendChild(el("h2", null, "Nog te leggen (" + rest.length + ")"));
    var trayList = el("div", "list");
    trayList.setAttribute("data-zone", "-1");
    for (i = 0; i < rest.length; i++) { trayList.appendChild(cardNode(cardById(rest[i]), false)); }
    if (!rest.length) { trayList.appendChild(el("div", "empty", "Alles ligt. Sleep een kaart hierheen om hem terug te leggen.")); }
    tray.appendChild(trayList);
    app.appendChild(tray);

    for (z = 0; z < view.zones.length; z++) {
      (function (zone) {
        var section = el("section", "zone zone-" + zone + "-of-" + view.zones.length);
        var head = button("zone-head" + (selected ? " ready" : ""), (zone + 1) + ". " + view.zones[zone],
          function () { placeSelected(zone); }, "Leg de gekozen kaart in " + view.zones[zone]);
        if (selected) { head.appendChild(el("span", "drop", "hier leggen")); }
        section.appendChild(head);
        var list = el("div", "list");
        list.setAttribute("data-zone", String(zone));
        for (i = 0; i < board[zone].length; i++) { list.appendChild(cardNode(cardById(board[zone][i]), true)); }
        if (!board[zone].length) { list.appendChild(el("div", "empty", "leeg")); }
        section.appendChild(list);
        app.appendChild(section);
      })(z);
    }
    app.appendChild(handOff());
    if (selected) { app.appendChild(placeBar()); }
    makeSortable();
  }

  // a bar at the bottom of the screen: on a phone the zones are often out of sight
  function placeBar() {
    var bar = el("div", "placebar"), row = el("div", "placebar-row"), z;
    var card = cardById(selected);
    bar.appendChild(el("div", "placebar-label", "Kaart " + card.number + (whereIs(selected) ? " verplaatsen naar:" : " leggen in:")));
    for (z = 0; z < view.zones.length; z++) {
      (function (zone) {
        row.appendChild(button("place place-" + zone + "-of-" + view.zones.length, view.zones[zone],
          function () { placeSelected(zone); }));
      })(z);
    }
    bar.appendChild(row);
    return bar;
  }

  function makeSortable() {
    if (!window.Sortable) { return; }
    var lists = app.querySelectorAll(".list"), i;
    for (i = 0; i < lists.length; i++) {
      sortables.push(window.Sortable.create(lists[i], {
        group: "kaarten",
        draggable: ".card",
        filter: ".tool",
        preventOnFilter: false,
        animation: 120,
        delay: 120,
        delayOnTouchOnly: true,
        fallbackTolerance: 4,
        onEnd: fromDom
      }));
    }
  }
  function fromDom() {
    var fresh = [], z, lists = app.querySelectorAll(".list"), i, j, zone, cards;
    for (z = 0; z < view.zones.length; z++) { fresh.push([]); }
    for (i = 0; i < lists.length; i++) {
      zone = parseInt(lists[i].getAttribute("data-zone"), 10);
      if (zone < 0) { continue; }
      cards = lists[i].querySelectorAll(".card");
      for (j = 0; j < cards.length; j++) { fresh[zone].push(cards[j].getAttribute("data-id")); }
    }
    board = fresh;
    selected = null;
    setTimeout(changed, 0);  // let Sortable finish with the DOM before we draw it anew
  }

  // --- after the reveal ---------------------------------------------------------------------------
  function renderCompare() {
    var box = el("div", "panel");
    box.appendChild(el("h1", null, "Zo hebben de teams gelegd"));
    var i, j, row, card, chips, z, chip;
    for (i = 0; i < view.compare.length; i++) {
      row = view.compare[i];
      card = cardById(row.card);
      var item = el("div", "compare");
      item.appendChild(el("div", "compare-card", card.number + ". " + card.text));
      chips = el("div", "chips");
      for (j = 0; j < row.zones.length; j++) {
        z = row.zones[j];
        chip = el("span", "chip" + (z.team === view.team ? " mine" : ""),
          z.name + ": " + (z.zone ? view.zones[z.zone - 1] : "niet gelegd"));
        chip.style.borderColor = z.color;
        chips.appendChild(chip);
      }
      item.appendChild(chips);
      box.appendChild(item);
    }
    box.appendChild(el("p", "hint", "Praat erover met de groep. Straks komt de volgende ronde."));
    app.appendChild(box);
  }

  // --- walking debate -----------------------------------------------------------------------------
  function renderDebate() {
    var box = el("div", "panel center");
    var card = view.card;
    var text = el("div", "card big-card");
    text.style.borderLeftColor = card.color || "#888";
    text.appendChild(el("div", "card-text", card.text));
    box.appendChild(text);
    if (!view.phase) {
      box.appendChild(el("p", "big", "Wacht tot de begeleider de stemming opent."));
      app.appendChild(box);
      return;
    }
    box.appendChild(el("h1", null, view.phase === "before" ? "Wat vind jij, vóór het gesprek?" : "En nu, na het gesprek?"));
    var row = el("div", "votes");
    var choices = [["gewenst", "Gewenst"], ["ongewenst", "Ongewenst"]], i;
    for (i = 0; i < choices.length; i++) {
      (function (value, label) {
        row.appendChild(button("vote vote-" + value + (view.choice === value ? " chosen" : ""), label, function () {
          send({ type: "vote", card: card.id, phase: view.phase, choice: value, voter: voterId() });
        }));
      })(choices[i][0], choices[i][1]);
    }
    box.appendChild(row);
    box.appendChild(el("p", "hint", view.choice ? "Je stem is geteld. Je mag nog wisselen." : "Tik op je keuze."));
    app.appendChild(box);
  }

  connect();
})();
