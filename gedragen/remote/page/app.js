/* Gedragen: de pagina voor Teams op eigen apparaat. ES5 zonder modules, zodat oude iPads meedoen.
 * De telefoon stuurt steeds het hele bord van zijn team; de app op de laptop beslist (dezelfde regels als typen).
 */
(function () {
  "use strict";

  // --- texts: the page speaks the app's language (the lang of index.html, set by the server) ------------
  var TEXTS = {
    nl: {
      oldBrowser: "Deze browser is te oud om mee te doen. Vraag de begeleider om een ander apparaat.",
      connecting: "Even verbinden…",
      secondDevice: "Ook op een tweede apparaat?",
      handOffHelp: "Open deze link op het tweede apparaat van je team (hoogstens twee apparaten):",
      share: "Delen",
      close: "Sluiten",
      statusConnecting: "verbinden…",
      statusConnected: "verbonden",
      statusLost: "verbinding weg, opnieuw proberen…",
      released: "De begeleider heeft je team vrijgegeven. Kies opnieuw je team.",
      team: "Team {0}",
      backToTeam: "Terug naar je team…",
      chooseTeam: "Kies je team",
      teamTaken: "Team {0} is al gekozen op een ander apparaat.",
      taken: "al gekozen",
      choose: "kies",
      waitRound: "Wacht op de volgende ronde.",
      lookAtScreen: "Kijk naar het scherm van de begeleider.",
      up: "Hoger (meer gewenst)",
      down: "Lager (minder gewenst)",
      back: "terug",
      backLabel: "Terug naar de stapel",
      placed: "{0} gelegd",
      hintZone: "Tik nu op een vak (hieronder) om de kaart daar te leggen.",
      hintDone: "Alles ligt. Schuiven mag tot de begeleider de ronde laat zien.",
      hintStart: "Tik op een kaart en dan op een vak, of sleep de kaart.",
      toPlace: "Nog te leggen ({0})",
      trayEmpty: "Alles ligt. Sleep een kaart hierheen om hem terug te leggen.",
      placeIn: "Leg de gekozen kaart in {0}",
      dropHere: "hier leggen",
      empty: "leeg",
      moveTo: "Kaart {0} verplaatsen naar:",
      putIn: "Kaart {0} leggen in:",
      compareTitle: "Zo hebben de teams gelegd",
      notPlaced: "niet gelegd",
      compareHint: "Praat erover met de groep. Straks komt de volgende ronde.",
      voteWait: "Wacht tot de begeleider de stemming opent.",
      voteBefore: "Wat vind jij, vóór het gesprek?",
      voteAfter: "En nu, na het gesprek?",
      wanted: "Gewenst",
      unwanted: "Ongewenst",
      voteCounted: "Je stem is geteld. Je mag nog wisselen.",
      voteTap: "Tik op je keuze."
    },
    en: {
      oldBrowser: "This browser is too old to take part. Ask the facilitator for another device.",
      connecting: "Connecting…",
      secondDevice: "Also on a second device?",
      handOffHelp: "Open this link on your team's second device (two devices at most):",
      share: "Share",
      close: "Close",
      statusConnecting: "connecting…",
      statusConnected: "connected",
      statusLost: "connection lost, trying again…",
      released: "The facilitator released your team. Choose your team again.",
      team: "Team {0}",
      backToTeam: "Back to your team…",
      chooseTeam: "Choose your team",
      teamTaken: "Team {0} has already been chosen on another device.",
      taken: "taken",
      choose: "choose",
      waitRound: "Wait for the next round.",
      lookAtScreen: "Look at the facilitator's screen.",
      up: "Higher (more acceptable)",
      down: "Lower (less acceptable)",
      back: "back",
      backLabel: "Back to the pile",
      placed: "{0} placed",
      hintZone: "Now tap a zone (below) to place the card there.",
      hintDone: "Everything is placed. You can move cards until the facilitator shows the round.",
      hintStart: "Tap a card and then a zone, or drag the card.",
      toPlace: "Still to place ({0})",
      trayEmpty: "Everything is placed. Drag a card here to take it back.",
      placeIn: "Place the chosen card in {0}",
      dropHere: "place here",
      empty: "empty",
      moveTo: "Move card {0} to:",
      putIn: "Place card {0} in:",
      compareTitle: "How the teams placed the cards",
      notPlaced: "not placed",
      compareHint: "Talk about it with the group. The next round comes soon.",
      voteWait: "Wait until the facilitator opens the vote.",
      voteBefore: "What do you think, before the discussion?",
      voteAfter: "And now, after the discussion?",
      wanted: "Acceptable",
      unwanted: "Unacceptable",
      voteCounted: "Your vote has been counted. You can still change it.",
      voteTap: "Tap your choice."
    }
  };
  var lang = document.documentElement.getAttribute("lang") === "en" ? "en" : "nl";
  function t(key, arg) {
    var text = TEXTS[lang][key];
    if (text === undefined) { text = TEXTS.nl[key] || key; }
    return arg === undefined ? text : text.replace("{0}", arg);
  }

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
    if (!window.WebSocket) { app.innerHTML = ""; app.appendChild(panel(t("oldBrowser"))); }
    return; // the code form in index.html does the rest
  }
  app.innerHTML = "";
  app.appendChild(panel(t("connecting")));
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
      box.appendChild(button("link-button", t("secondDevice"), function () { showHandOff = true; render(); }));
      return box;
    }
    box.appendChild(el("p", null, t("handOffHelp")));
    var input = el("input", "handoff-link");
    input.readOnly = true;
    input.value = handOffLink();
    input.addEventListener("focus", function () { input.select(); });
    box.appendChild(input);
    if (navigator.share) {
      box.appendChild(button("primary", t("share"), function () { navigator.share({ url: handOffLink() }); }));
    }
    box.appendChild(button("link-button", t("close"), function () { showHandOff = false; render(); }));
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
    setStatus(t("statusConnecting"), false);
    socket = new WebSocket("ws://" + location.host + "/" + token + "/ws");
    socket.onopen = function () {
      retry = 0;
      setStatus(t("statusConnected"), false);
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
      setStatus(t("statusLost"), true);
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
      notice = t("released");
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
    teamEl.textContent = name ? t("team", name) : "";
  }

  function renderLobby() {
    var box = el("div", "panel");
    if (stored("team") && stored("sleutel") && !notice) {
      box.appendChild(el("p", "big", t("backToTeam")));
      app.appendChild(box);
      return;
    }
    box.appendChild(el("h1", null, t("chooseTeam")));
    if (notice) { box.appendChild(el("p", "notice", notice)); }
    var grid = el("div", "tiles");
    var i;
    for (i = 0; i < view.teams.length; i++) {
      (function (team) {
        var tile = button("tile" + (team.taken ? " taken" : ""), team.name, function () {
          if (team.taken) { notice = t("teamTaken", team.name); render(); return; }
          notice = "";
          send({ type: "claim", team: team.id, key: null });
        });
        tile.style.borderColor = team.color;
        tile.appendChild(el("span", "tile-state", team.taken ? t("taken") : t("choose")));
        grid.appendChild(tile);
      })(view.teams[i]);
    }
    box.appendChild(grid);
    app.appendChild(box);
  }

  function renderWait() {
    var box = el("div", "panel center");
    box.appendChild(el("p", "big", t("waitRound")));
    box.appendChild(el("p", null, t("lookAtScreen")));
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
    if (card.icon) { head.appendChild(themeIcon(card.icon)); }
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
        tools.appendChild(button("tool", "↑", function () { move(card.id, -1); }, t("up")));
        tools.appendChild(button("tool", "↓", function () { move(card.id, 1); }, t("down")));
      }
      tools.appendChild(button("tool", t("back"), function () { unplace(card.id); }, t("backLabel")));
      node.appendChild(tools);
    }
    return node;
  }

  // the theme's icon (an SVG the server serves for the open round); gone quietly when it cannot be loaded
  function themeIcon(id) {
    var img = el("img", "card-icon");
    img.alt = "";
    img.setAttribute("aria-hidden", "true");
    img.onerror = function () { if (img.parentNode) { img.parentNode.removeChild(img); } };
    img.src = "/" + token + "/icon/" + encodeURIComponent(id) + ".svg";
    return img;
  }

  function renderBoard() {
    var total = view.cards.length, done = placedCount(), i, z;
    var progress = el("div", "progress");
    progress.appendChild(el("span", "count", t("placed", done + "/" + total)));
    var bar = el("span", "bar"), fill = el("span", "fill");
    fill.style.width = Math.round(100 * done / Math.max(total, 1)) + "%";
    bar.appendChild(fill);
    progress.appendChild(bar);
    app.appendChild(progress);
    app.className = selected ? "with-bar" : "";
    app.appendChild(el("p", "hint", selected
      ? t("hintZone")
      : (done === total ? t("hintDone")
        : t("hintStart"))));

    var rest = unplaced();
    var tray = el("section", "tray");
    tray.appendChild(el("h2", null, t("toPlace", String(rest.length))));
    var trayList = el("div", "list");
    trayList.setAttribute("data-zone", "-1");
    for (i = 0; i < rest.length; i++) { trayList.appendChild(cardNode(cardById(rest[i]), false)); }
    if (!rest.length) { trayList.appendChild(el("div", "empty", t("trayEmpty"))); }
    tray.appendChild(trayList);
    app.appendChild(tray);

    for (z = 0; z < view.zones.length; z++) {
      (function (zone) {
        var section = el("section", "zone zone-" + zone + "-of-" + view.zones.length);
        var head = button("zone-head" + (selected ? " ready" : ""), (zone + 1) + ". " + view.zones[zone],
          function () { placeSelected(zone); }, t("placeIn", view.zones[zone]));
        if (selected) { head.appendChild(el("span", "drop", t("dropHere"))); }
        section.appendChild(head);
        var list = el("div", "list");
        list.setAttribute("data-zone", String(zone));
        for (i = 0; i < board[zone].length; i++) { list.appendChild(cardNode(cardById(board[zone][i]), true)); }
        if (!board[zone].length) { list.appendChild(el("div", "empty", t("empty"))); }
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
    bar.appendChild(el("div", "placebar-label", t(whereIs(selected) ? "moveTo" : "putIn", String(card.number))));
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
    box.appendChild(el("h1", null, t("compareTitle")));
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
          z.name + ": " + (z.zone ? view.zones[z.zone - 1] : t("notPlaced")));
        chip.style.borderColor = z.color;
        chips.appendChild(chip);
      }
      item.appendChild(chips);
      box.appendChild(item);
    }
    box.appendChild(el("p", "hint", t("compareHint")));
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
      box.appendChild(el("p", "big", t("voteWait")));
      app.appendChild(box);
      return;
    }
    box.appendChild(el("h1", null, view.phase === "before" ? t("voteBefore") : t("voteAfter")));
    var row = el("div", "votes");
    var choices = [["gewenst", t("wanted")], ["ongewenst", t("unwanted")]], i;
    for (i = 0; i < choices.length; i++) {
      (function (value, label) {
        row.appendChild(button("vote vote-" + value + (view.choice === value ? " chosen" : ""), label, function () {
          send({ type: "vote", card: card.id, phase: view.phase, choice: value, voter: voterId() });
        }));
      })(choices[i][0], choices[i][1]);
    }
    box.appendChild(row);
    box.appendChild(el("p", "hint", view.choice ? t("voteCounted") : t("voteTap")));
    app.appendChild(box);
  }

  connect();
})();
