<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="155"/>
        <source>Gegevensmap niet bruikbaar</source>
        <translation>Data folder not usable</translation>
    </message>
    <message>
        <location filename="../app.py" line="156"/>
        <source>De gegevensmap {0} kan niet worden gemaakt ({1}). Kies een andere map met --data-dir.</source>
        <translation>The data folder {0} cannot be created ({1}). Choose another folder with --data-dir.</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../session/presenter.py" line="184"/>
        <source>overzicht van de ronde</source>
        <translation>round overview</translation>
    </message>
    <message>
        <location filename="../session/presenter.py" line="178"/>
        <source>Ronde {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../session/presenter.py" line="182"/>
        <source>teams melden zich aan</source>
        <translation>teams are joining</translation>
    </message>
    <message>
        <location filename="../session/presenter.py" line="186"/>
        <source>kaart {0} van {1}</source>
        <translation>card {0} of {1}</translation>
    </message>
    <message>
        <location filename="../session/presenter.py" line="208"/>
        <source>Afspraak: {0}</source>
        <translation>Agreement: {0}</translation>
    </message>
    <message>
        <location filename="../session/presenter.py" line="256"/>
        <source>vóór</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../session/presenter.py" line="257"/>
        <source>na</source>
        <translation>after</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../session/presenter.py" line="289"/>
        <source>Gedragen – beeld voor de zaal</source>
        <translation>Gedragen – view for the room</translation>
    </message>
</context>
<context>
    <name>BlackScreen</name>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>B: beeld terug</source>
        <translation>B: picture back</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../decks/board_dialog.py" line="37"/>
        <source>Speelbord printen</source>
        <translation>Print game board</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="45"/>
        <source>A3, één vel (liggend)</source>
        <translation>A3, one sheet (landscape)</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="46"/>
        <source>A4, twee vellen om aan elkaar te plakken</source>
        <translation>A4, two sheets to tape together</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="53"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="56"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="63"/>
        <source>Vakken</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="64"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="70"/>
        <source>Voor groepen die aan tafel spelen: leg de geprinte kaarten op het bord, van gewenst (links) tot ongewenst (rechts).</source>
        <translation>For groups playing at a table: lay the printed cards on the board, from wanted (left) to unwanted (right).</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="94"/>
        <source>Speelbord opslaan</source>
        <translation>Save game board</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="94"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="112"/>
        <source>Bezig met het speelbord…</source>
        <translation>Making the game board…</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="124"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../decks/board_dialog.py" line="135"/>
        <source>Het speelbord is niet opgeslagen: {0}</source>
        <translation>The game board was not saved: {0}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../session/board.py" line="104"/>
        <source>Nog te leggen</source>
        <translation>Still to place</translation>
    </message>
    <message>
        <location filename="../session/board.py" line="129"/>
        <source>Bordregel (Ctrl+L): één cijfer per kaart, bijv. 313212</source>
        <translation>Board line (Ctrl+L): one digit per card, e.g. 313212</translation>
    </message>
    <message>
        <location filename="../session/board.py" line="144"/>
        <source>Onthullen en vergelijken</source>
        <translation>Reveal and compare</translation>
    </message>
    <message>
        <location filename="../session/board.py" line="145"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../session/board.py" line="274"/>
        <source>Nog {0} kaart(en) · toets 1–{1} legt de kaart · Tab: volgend team</source>
        <translation>{0} card(s) left · key 1–{1} places the card · Tab: next team</translation>
    </message>
    <message>
        <location filename="../session/board.py" line="276"/>
        <source>Alle kaarten liggen · Tab: volgend team</source>
        <translation>All cards placed · Tab: next team</translation>
    </message>
    <message>
        <location filename="../session/board.py" line="327"/>
        <source>{0}, vak {1} · Enter legt het bord</source>
        <translation>{0}, zone {1} · Enter places the board</translation>
    </message>
</context>
<context>
    <name>CardViewer</name>
    <message>
        <location filename="../decks/card_viewer.py" line="48"/>
        <source>Kaart – {0}</source>
        <translation>Card – {0}</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="71"/>
        <source>← →  bladeren</source>
        <translation>← →  browse</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="73"/>
        <location filename="../decks/card_viewer.py" line="131"/>
        <source>Vragen tonen (V)</source>
        <translation>Show questions (V)</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="74"/>
        <source>Terug (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="131"/>
        <source>Vragen verbergen (V)</source>
        <translation>Hide questions (V)</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="186"/>
        <source>Kaart {0} van {1}</source>
        <translation>Card {0} of {1}</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="190"/>
        <source>Vragen voor het gesprek</source>
        <translation>Questions for the discussion</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="191"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../decks/card_viewer.py" line="192"/>
        <source>Bij deze kaart staan geen vragen.</source>
        <translation>This card has no questions.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../common/widgets.py" line="258"/>
        <source>1 kaart</source>
        <translation>1 card</translation>
    </message>
    <message>
        <location filename="../common/widgets.py" line="258"/>
        <source>{0} kaarten</source>
        <translation>{0} cards</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../session/compare.py" line="186"/>
        <source>Overzicht van de ronde</source>
        <translation>Round overview</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="188"/>
        <source>Ctrl+O, of PageUp bij de eerste kaart</source>
        <translation>Ctrl+O, or PageUp at the first card</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="128"/>
        <source>Positie van de groep</source>
        <translation>The group&apos;s position</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="134"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="147"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="149"/>
        <source>Bijvoorbeeld: We spreken elkaar direct aan als …</source>
        <translation>For example: We speak to each other directly when …</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="157"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="166"/>
        <source>Afspraak opslaan</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="167"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="193"/>
        <source>Sessie afronden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="194"/>
        <source>Volgende ronde</source>
        <translation>Next round</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="195"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="234"/>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="236"/>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="307"/>
        <source>Overeenstemming tussen teams (τ): {0}</source>
        <translation>Agreement between teams (τ): {0}</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="343"/>
        <source>Kaart {0} · {1} · {2}</source>
        <translation>Card {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../session/compare.py" line="356"/>
        <location filename="../session/compare.py" line="389"/>
        <source>✓ Opgeslagen</source>
        <translation>✓ Saved</translation>
    </message>
</context>
<context>
    <name>Debate</name>
    <message>
        <location filename="../session/debate.py" line="32"/>
        <source>Verschuiving: 0 procentpunt, niemand ging om</source>
        <translation>Shift: 0 percentage points, nobody changed sides</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="34"/>
        <source>Verschuiving: +{0} procentpunt naar gewenst</source>
        <translation>Shift: +{0} percentage points towards wanted</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="35"/>
        <source>Verschuiving: −{0} procentpunt naar ongewenst</source>
        <translation>Shift: −{0} percentage points towards unwanted</translation>
    </message>
</context>
<context>
    <name>DebateView</name>
    <message>
        <location filename="../session/debate.py" line="99"/>
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="100"/>
        <source>Ongewenst</source>
        <translation>Unwanted</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="114"/>
        <source>Afspraak (mag leeg)</source>
        <translation>Agreement (may be empty)</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="125"/>
        <source>Telling vóór vastleggen</source>
        <translation>Record count before</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="126"/>
        <source>Telling na vastleggen</source>
        <translation>Record count after</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="127"/>
        <source>Sessie afronden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="128"/>
        <source>Volgende kaart</source>
        <translation>Next card</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="192"/>
        <source>kaart {0} van {1} in deze ronde</source>
        <translation>card {0} of {1} in this round</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="200"/>
        <source>vóór</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="201"/>
        <source>na</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="205"/>
        <source>{0}: {1} gewenst · {2} ongewenst</source>
        <translation>{0}: {1} wanted · {2} unwanted</translation>
    </message>
</context>
<context>
    <name>DeckBrowser</name>
    <message>
        <location filename="../decks/browser.py" line="138"/>
        <source>Kaartenset</source>
        <translation>Card set</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="143"/>
        <source>Zoeken in tekst, vragen en achtergrond…</source>
        <translation>Search text, questions and background…</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="145"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="177"/>
        <source>Alle kaarten tonen</source>
        <translation>Show all cards</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="230"/>
        <source>Groot tonen voor de groep (Enter)</source>
        <translation>Show large for the group (Enter)</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="156"/>
        <source>Kaartenset:</source>
        <translation>Card set:</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="181"/>
        <source>Thema&apos;s:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="186"/>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="193"/>
        <source>Niveau:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="198"/>
        <source>Inschatting:</source>
        <translation>Estimate:</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="199"/>
        <source>Waar de makers denken dat de meeste groepen de kaart leggen</source>
        <translation>Where the makers expect most groups to place the card</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="259"/>
        <source> · eigen kaartenset</source>
        <translation> · own card set</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="269"/>
        <source>Deze kaartensets konden niet worden geladen (verbeter het bestand en open dit scherm opnieuw):</source>
        <translation>These card sets could not be loaded (fix the file and open this screen again):</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="432"/>
        <source>Alleen kaarten over: {0}</source>
        <translation>Only cards about: {0}</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="444"/>
        <source>Kaarten voor {0} (en kaarten zonder niveau)</source>
        <translation>Cards for {0} (and cards without a level)</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="455"/>
        <source>⚠ Gevoelige kaart: kies bewust of je hem gebruikt</source>
        <translation>⚠ Sensitive card: choose deliberately whether to use it</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="457"/>
        <source>Inschatting van de makers: {0}</source>
        <translation>The makers&apos; estimate: {0}</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="460"/>
        <source>Niveau: {0}</source>
        <translation>Level: {0}</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="470"/>
        <source>{0} van {1} kaarten</source>
        <translation>{0} of {1} cards</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="490"/>
        <source>Geen kaarten gevonden. Zet een filter uit of zoek op een ander woord.</source>
        <translation>No cards found. Turn off a filter or search for another word.</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="496"/>
        <source>Vragen voor het gesprek</source>
        <translation>Questions for the discussion</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="497"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../decks/browser.py" line="498"/>
        <source>Bij deze kaart staan geen vragen.</source>
        <translation>This card has no questions.</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <location filename="../decks/editor.py" line="94"/>
        <source>Kaartenset bestaat al</source>
        <translation>Card set already exists</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="95"/>
        <source>Er is al een kaartenset met de id &apos;{0}&apos; ({1}). Wat wil je doen?</source>
        <translation>There is already a card set with the id &apos;{0}&apos; ({1}). What would you like to do?</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="101"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="102"/>
        <source>Als kopie toevoegen</source>
        <translation>Add as a copy</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="103"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="130"/>
        <location filename="../decks/editor.py" line="181"/>
        <location filename="../decks/problem_list.py" line="24"/>
        <source>Kaartenset</source>
        <translation>Card set</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="132"/>
        <source>Nieuwe kaartenset…</source>
        <translation>New card set…</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="134"/>
        <source>Kopie maken om te bewerken</source>
        <translation>Make a copy to edit</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="136"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="138"/>
        <source>Delen…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="140"/>
        <location filename="../decks/editor.py" line="489"/>
        <source>Kaartenset verwijderen</source>
        <translation>Delete card set</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="142"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="147"/>
        <source>Kaartenset:</source>
        <translation>Card set:</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="53"/>
        <source>Niveau toevoegen</source>
        <translation>Add level</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="54"/>
        <source>Niveau verwijderen</source>
        <translation>Remove level</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="58"/>
        <source>Bijvoorbeeld onderbouw, bovenbouw of mbo. Op een kaart vink je aan bij welke niveaus hij past.</source>
        <translation>For example lower years, upper years or vocational. On a card you tick the levels it fits.</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="130"/>
        <source>Nieuw niveau</source>
        <translation>New level</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="159"/>
        <source>po – basisonderwijs</source>
        <translation>primary school</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="160"/>
        <source>vo en mbo</source>
        <translation>secondary and vocational</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="161"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="172"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="173"/>
        <source>Id (voor bestanden)</source>
        <translation>Id (for files)</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="174"/>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="175"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="176"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="177"/>
        <source>Lege kaarten bij printen</source>
        <translation>Blank cards when printing</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="178"/>
        <source>Kaarten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="179"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="180"/>
        <source>Soorten kaarten</source>
        <translation>Kinds of cards</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="66"/>
        <source>Nieuwe kaart</source>
        <translation>New card</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="68"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="73"/>
        <location filename="../decks/theme_part.py" line="79"/>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="74"/>
        <location filename="../decks/theme_part.py" line="81"/>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="71"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="77"/>
        <source>Naar andere kaartenset…</source>
        <translation>To another card set…</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="100"/>
        <source>Beschrijf één situatie in één tot drie zinnen.</source>
        <translation>Describe one situation in one to three sentences.</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="112"/>
        <source>Eén vraag per regel</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="117"/>
        <source>Achtergrond voor de gespreksleider (mag leeg blijven)</source>
        <translation>Background for the facilitator (may be left empty)</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="122"/>
        <source>geen inschatting</source>
        <translation>no estimate</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="126"/>
        <source>Jouw verwachting: waar zetten de meeste teams deze kaart? De groep ziet dit nooit.</source>
        <translation>Your expectation: where will most teams put this card? The group never sees this.</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="132"/>
        <source>Gevoelige kaart</source>
        <translation>Sensitive card</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="134"/>
        <source>Staat in een Klas-sessie standaard uit; de gespreksleider ziet een ⚠ bij de kaart.</source>
        <translation>Off by default in a Class session; the facilitator sees a ⚠ with the card.</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="151"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="154"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="156"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="158"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="160"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="162"/>
        <source>Inschatting</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="165"/>
        <source>Gevoelig</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="168"/>
        <location filename="../decks/deck_fields.py" line="178"/>
        <source>Niveaus</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="171"/>
        <source>Code van de kaart</source>
        <translation>Card code</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="205"/>
        <source>(nog geen tekst)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="83"/>
        <source>Zo ziet de kaart eruit</source>
        <translation>This is how the card looks</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="75"/>
        <location filename="../decks/theme_part.py" line="293"/>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="77"/>
        <source>Thema verwijderen…</source>
        <translation>Delete theme…</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="99"/>
        <source>Kleur kiezen…</source>
        <translation>Choose colour…</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="107"/>
        <source>Eigen afbeelding…</source>
        <translation>Own image…</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="45"/>
        <location filename="../decks/kind_part.py" line="47"/>
        <location filename="../decks/theme_part.py" line="121"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="45"/>
        <location filename="../decks/kind_part.py" line="48"/>
        <location filename="../decks/theme_part.py" line="123"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="125"/>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="128"/>
        <source>Pictogram</source>
        <translation>Icon</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="33"/>
        <location filename="../decks/kind_part.py" line="111"/>
        <source>Nieuwe soort</source>
        <translation>New kind</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="35"/>
        <source>Soort verwijderen…</source>
        <translation>Delete kind…</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="39"/>
        <source>Licht (zoals teamkaarten)</source>
        <translation>Light (like team cards)</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="40"/>
        <source>Donker (zoals schoolkaarten)</source>
        <translation>Dark (like school cards)</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="49"/>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="50"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="204"/>
        <source>{0} (ingebouwd, alleen lezen)</source>
        <translation>{0} (built-in, read-only)</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="206"/>
        <source>{0} (eigen kaartenset)</source>
        <translation>{0} (own card set)</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="235"/>
        <source>{0} (nieuw)</source>
        <translation>{0} (new)</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="244"/>
        <source>{0} (kopie)</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="269"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="270"/>
        <source>De wijzigingen in &apos;{0}&apos; zijn nog niet opgeslagen. Weggooien?</source>
        <translation>The changes to &apos;{0}&apos; have not been saved yet. Discard them?</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="273"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="274"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="302"/>
        <source>&apos;{0}&apos; is een ingebouwde kaartenset en kan niet worden veranderd. Kies ‘Kopie maken om te bewerken’ om er je eigen versie van te maken.</source>
        <translation>&apos;{0}&apos; is a built-in card set and cannot be changed. Choose ‘Make a copy to edit’ to make your own version of it.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="357"/>
        <source>Er is nog geen kaartenset. Kies ‘Nieuwe kaartenset…’ of ‘Importeren…’.</source>
        <translation>There is no card set yet. Choose ‘New card set…’ or ‘Import…’.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="364"/>
        <source>Nog niet op te slaan: 1 punt te verbeteren.</source>
        <translation>Cannot be saved yet: 1 point to fix.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="366"/>
        <source>Nog niet op te slaan: {0} punten te verbeteren.</source>
        <translation>Cannot be saved yet: {0} points to fix.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="371"/>
        <source>Klik op een melding om ernaar toe te gaan.</source>
        <translation>Click a message to go to it.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="375"/>
        <source>Alles klopt. Vergeet niet op te slaan.</source>
        <translation>Everything is correct. Don&apos;t forget to save.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="378"/>
        <source>Opgeslagen. Alles klopt.</source>
        <translation>Saved. Everything is correct.</translation>
    </message>
    <message>
        <location filename="../decks/problem_list.py" line="18"/>
        <source>Kaart {0}</source>
        <translation>Card {0}</translation>
    </message>
    <message>
        <location filename="../decks/problem_list.py" line="20"/>
        <source>Thema {0}</source>
        <translation>Theme {0}</translation>
    </message>
    <message>
        <location filename="../decks/problem_list.py" line="22"/>
        <source>Soort &apos;{0}&apos;</source>
        <translation>Kind &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="422"/>
        <source>Opslaan lukt niet</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="443"/>
        <source>de kaartenset bevat nog fouten; verbeter die eerst</source>
        <translation>the card set still has errors; fix them first</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="458"/>
        <source>Deze kaartenset kan niet worden geïmporteerd</source>
        <translation>This card set cannot be imported</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="459"/>
        <source>Het bestand {0} heeft fouten:</source>
        <translation>The file {0} has errors:</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="476"/>
        <source>Importeren lukt niet</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="491"/>
        <source>De kaartenset &apos;{0}&apos; met {1} kaarten wordt verwijderd. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>The card set &apos;{0}&apos; with {1} cards will be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="362"/>
        <location filename="../decks/editor.py" line="493"/>
        <location filename="../decks/kind_part.py" line="123"/>
        <location filename="../decks/theme_part.py" line="311"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="363"/>
        <location filename="../decks/editor.py" line="494"/>
        <location filename="../decks/kind_part.py" line="124"/>
        <location filename="../decks/theme_part.py" line="312"/>
        <source>Niet verwijderen</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="512"/>
        <source>Kaartenset importeren</source>
        <translation>Import card set</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="512"/>
        <source>Kaartensets (*.yaml *.yml)</source>
        <translation>Card sets (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="521"/>
        <source>Kaartenset delen</source>
        <translation>Share card set</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="521"/>
        <source>Kaartensets (*.yaml)</source>
        <translation>Card sets (*.yaml)</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="530"/>
        <source>Delen lukt niet</source>
        <translation>Sharing failed</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="532"/>
        <source>De kaartenset is opgeslagen als {0}.</source>
        <translation>The card set has been saved as {0}.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="537"/>
        <source>Deze kaartenset gebruikt eigen afbeeldingen. Stuur deze bestanden mee, in dezelfde mappen naast het kaartensetbestand:</source>
        <translation>This card set uses its own images. Send these files along, in the same folders next to the card set file:</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="543"/>
        <source>Kaartenset gedeeld</source>
        <translation>Card set shared</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="208"/>
        <source>Deze kaart heeft iets te verbeteren</source>
        <translation>This card has something to fix</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="243"/>
        <source>{0} (niet meer in de kaartenset)</source>
        <translation>{0} (no longer in the card set)</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="255"/>
        <source>Niets aangevinkt: de kaart past bij elk niveau.</source>
        <translation>Nothing ticked: the card fits every level.</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="259"/>
        <source>Deze kaartenset heeft geen niveaus; je kunt ze toevoegen op het tabblad Kaartenset.</source>
        <translation>This card set has no levels; you can add them on the Card set tab.</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="309"/>
        <source>{0} / {1} tekens</source>
        <translation>{0} / {1} characters</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="312"/>
        <source>te lang</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="314"/>
        <source>past niet op een pokerkaart: maak de tekst korter</source>
        <translation>does not fit on a poker card: make the text shorter</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="316"/>
        <source>past op een pokerkaart ({0:g} pt)</source>
        <translation>fits on a poker card ({0:g} pt)</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="358"/>
        <source>Kaart verwijderen</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <location filename="../decks/card_part.py" line="359"/>
        <source>Kaart {0} verwijderen?

{1}</source>
        <translation>Delete card {0}?

{1}</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="618"/>
        <source>Eerst opslaan</source>
        <translation>Save first</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="618"/>
        <source>Verbeter en bewaar deze kaartenset eerst.</source>
        <translation>Fix and save this card set first.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="624"/>
        <source>het thema &apos;{0}&apos;</source>
        <translation>theme &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="626"/>
        <source>de soort &apos;{0}&apos;</source>
        <translation>kind &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="629"/>
        <location filename="../decks/editor.py" line="674"/>
        <source>Verplaatsen lukt niet</source>
        <translation>Moving failed</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="631"/>
        <source>De kaartenset &apos;{0}&apos; heeft geen {1}. Voeg dat daar eerst toe, of kies een andere kaartenset.</source>
        <translation>The card set &apos;{0}&apos; has no {1}. Add that there first, or choose another card set.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="632"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="643"/>
        <source>Kaartenset wordt leeg</source>
        <translation>Card set will be empty</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="645"/>
        <source>Dit is de laatste kaart van &apos;{0}&apos;. Na het verplaatsen wordt die lege kaartenset verwijderd.</source>
        <translation>This is the last card of &apos;{0}&apos;. After moving, that empty card set will be deleted.</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="647"/>
        <source>Verplaatsen en kaartenset verwijderen</source>
        <translation>Move and delete card set</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="648"/>
        <source>Niet verplaatsen</source>
        <translation>Don&apos;t move</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="684"/>
        <source>Geen andere eigen kaartenset</source>
        <translation>No other own card set</translation>
    </message>
    <message>
        <location filename="../decks/editor.py" line="685"/>
        <source>Maak eerst een eigen kaartenset om de kaart naartoe te verplaatsen.</source>
        <translation>First make an own card set to move the card to.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="217"/>
        <source>Contrast met witte tekst: {0} : 1 – goed leesbaar, ook op de beamer.</source>
        <translation>Contrast with white text: {0} : 1 – easy to read, on the projector too.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="222"/>
        <source>Contrast met witte tekst: {0} : 1 – leesbaar; op de beamer maakt Gedragen de kleur iets donkerder.</source>
        <translation>Contrast with white text: {0} : 1 – readable; on the projector Gedragen makes the colour a little darker.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="228"/>
        <source>Contrast met witte tekst: {0} : 1 – te licht: witte tekst is slecht te lezen. Kies een donkerdere kleur.</source>
        <translation>Contrast with white text: {0} : 1 – too light: white text is hard to read. Choose a darker colour.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="167"/>
        <source>(geen pictogram)</source>
        <translation>(no icon)</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="172"/>
        <location filename="../decks/theme_part.py" line="282"/>
        <source>eigen afbeelding: {0}</source>
        <translation>own image: {0}</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="209"/>
        <source>Zo ziet een kaart met dit thema eruit.</source>
        <translation>This is how a card with this theme looks.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="247"/>
        <source>Kleur van het thema</source>
        <translation>Theme colour</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="254"/>
        <source>Eigen pictogram kiezen</source>
        <translation>Choose own icon</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="255"/>
        <source>Afbeeldingen (*.svg *.png)</source>
        <translation>Images (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="265"/>
        <source>Geen bruikbare afbeelding</source>
        <translation>No usable image</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="268"/>
        <source>Kies een .svg- of .png-bestand.</source>
        <translation>Choose an .svg or .png file.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="303"/>
        <source>Het thema &apos;{0}&apos; verwijderen?</source>
        <translation>Delete the theme &apos;{0}&apos;?</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="305"/>
        <source>{0} kaarten hebben dit thema; die moet je daarna een ander thema geven.</source>
        <translation>{0} cards have this theme; you will then have to give them another theme.</translation>
    </message>
    <message>
        <location filename="../decks/theme_part.py" line="309"/>
        <source>Thema verwijderen</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="121"/>
        <source>Soort verwijderen</source>
        <translation>Delete kind</translation>
    </message>
    <message>
        <location filename="../decks/kind_part.py" line="122"/>
        <source>De soort &apos;{0}&apos; verwijderen?</source>
        <translation>Delete the kind &apos;{0}&apos;?</translation>
    </message>
    <message>
        <location filename="../decks/drafts.py" line="80"/>
        <source>gewenst</source>
        <translation>wanted</translation>
    </message>
    <message>
        <location filename="../decks/drafts.py" line="81"/>
        <source>grensgeval</source>
        <translation>borderline</translation>
    </message>
    <message>
        <location filename="../decks/drafts.py" line="82"/>
        <source>ongewenst</source>
        <translation>unwanted</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <location filename="../decks/page.py" line="25"/>
        <source>Kaartensets</source>
        <translation>Card sets</translation>
    </message>
    <message>
        <location filename="../decks/page.py" line="26"/>
        <source>Bekijken</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../decks/page.py" line="27"/>
        <source>Eigen kaartensets bewerken</source>
        <translation>Edit own card sets</translation>
    </message>
    <message>
        <location filename="../decks/page.py" line="28"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DeviceLobby</name>
    <message>
        <location filename="../session/device_lobby.py" line="38"/>
        <source>nog niet verbonden</source>
        <translation>not connected yet</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="40"/>
        <source>even weg (komt terug met de link)</source>
        <translation>away for a moment (comes back with the link)</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="42"/>
        <source>verbonden</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="44"/>
        <source>{0}/{1} gelegd</source>
        <translation>{0}/{1} placed</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="50"/>
        <source>Nog geen apparaat verbonden? Controleer: zitten de apparaten op hetzelfde wifi-netwerk als deze computer (niet het gastennetwerk, dat apparaten vaak van elkaar afschermt)? Heeft Windows gevraagd of Gedragen het netwerk mag gebruiken (kies dan &apos;Privénetwerken&apos;)? Lukt het niet, speel dan gewoon door: typ de borden zoals altijd, met de bordregel (Ctrl+L).</source>
        <translation>No device connected yet? Check: are the devices on the same Wi-Fi network as this computer (not the guest network, which often keeps devices apart)? Did Windows ask whether Gedragen may use the network (then choose &apos;Private networks&apos;)? If it does not work, just carry on: type the boards as always, with the board line (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="116"/>
        <source>{0}   code {1}</source>
        <translation>{0}   code {1}</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="117"/>
        <source>Scan de QR-code, of open het adres en typ de code. Tik dan op je team.</source>
        <translation>Scan the QR code, or open the address and type the code. Then tap your team.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../session/device_lobby.py" line="147"/>
        <source>Teams op eigen apparaat</source>
        <translation>Teams on their own device</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="156"/>
        <source>Adres: {0}</source>
        <translation>Address: {0}</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="158"/>
        <location filename="../session/device_lobby.py" line="227"/>
        <source>Code: {0}</source>
        <translation>Code: {0}</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="162"/>
        <source>Elk team scant de QR-code of opent het adres en tikt op zijn team. Een team dat een ander apparaat wil gebruiken, of dat per ongeluk het verkeerde team koos: geef het team vrij, dan kan het opnieuw kiezen.</source>
        <translation>Each team scans the QR code or opens the address and taps its team. A team that wants to use another device, or that chose the wrong team by mistake: release the team, then it can choose again.</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="178"/>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="180"/>
        <source>Koppel de apparaten van dit team los; het team kan opnieuw kiezen.</source>
        <translation>Disconnect this team&apos;s devices; the team can choose again.</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="188"/>
        <source>Stemming dicht</source>
        <translation>Voting closed</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="188"/>
        <source>Stemmen vóór het gesprek</source>
        <translation>Vote before the discussion</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="189"/>
        <source>Stemmen na het gesprek</source>
        <translation>Vote after the discussion</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="204"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="218"/>
        <source> · {0} apparaat/apparaten</source>
        <translation> · {0} device(s)</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="225"/>
        <source>Aanmelden sluiten (de zaal ziet weer de kaart)</source>
        <translation>Close joining (the room sees the card again)</translation>
    </message>
    <message>
        <location filename="../session/device_lobby.py" line="226"/>
        <source>Aanmelden weer openen (nieuwe code)</source>
        <translation>Open joining again (new code)</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../common/widgets.py" line="128"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EigenSituatieDialog</name>
    <message>
        <location filename="../session/dialogs.py" line="35"/>
        <source>Eigen situatie toevoegen</source>
        <translation>Add own situation</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="39"/>
        <source>Een situatie die de groep zelf inbrengt. Ze komt in de open ronde (tijdens het vergelijken: kies haar daarna met Kaarten kiezen) en wordt bewaard in de eigen kaartenset, voor latere sessies.</source>
        <translation>A situation the group brings in itself. It goes into the open round (while comparing: pick it afterwards with Pick cards) and is kept in the own card set for later sessions.</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="52"/>
        <source>Beschrijf de situatie in één tot drie zinnen, zonder echte namen.</source>
        <translation>Describe the situation in one to three sentences, without real names.</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="54"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="55"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="56"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="61"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="62"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="76"/>
        <source>Schrijf eerst de situatie op.</source>
        <translation>Write down the situation first.</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="79"/>
        <source>De tekst is {0} tekens; maak hem korter dan {1}.</source>
        <translation>The text has {0} characters; make it shorter than {1}.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../app.py" line="103"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../app.py" line="104"/>
        <source>Er ging iets onverwachts mis. Je sessie is bewaard en je kunt gewoon verder.
Blijft dit gebeuren, stuur dan het logbestand mee met je vraag:
{0}</source>
        <translation>Something unexpected went wrong. Your session has been saved and you can simply carry on.
If this keeps happening, send the log file along with your question:
{0}</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../common/widgets.py" line="227"/>
        <source>Zoeken in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../common/widgets.py" line="228"/>
        <source>Bestandsnaam:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../common/widgets.py" line="229"/>
        <source>Bestandstype:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../common/widgets.py" line="230"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../common/widgets.py" line="230"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../common/widgets.py" line="231"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandPickDialog</name>
    <message>
        <location filename="../session/dialogs.py" line="90"/>
        <source>Kaarten kiezen</source>
        <translation>Pick cards</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="94"/>
        <source>Vink de kaarten aan voor de volgende ronde.</source>
        <translation>Tick the cards for the next round.</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="98"/>
        <source>Zoek op code of tekst, bijv. vo-pes-02</source>
        <translation>Search by code or text, e.g. vo-pes-02</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="101"/>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="105"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="116"/>
        <source>Eigen situatie</source>
        <translation>Own situation</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="117"/>
        <source>gevoelig</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="144"/>
        <source>Nieuwe ronde met deze kaarten</source>
        <translation>New round with these cards</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="145"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../session/dialogs.py" line="159"/>
        <source>{0} van {1} kaarten · {2} gekozen</source>
        <translation>{0} of {1} cards · {2} chosen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../common/help_info.py" line="117"/>
        <source>Het hulpbestand {0} kan niet worden gelezen: het is niet als UTF-8 opgeslagen.</source>
        <translation>The help file {0} cannot be read: it is not saved as UTF-8.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="123"/>
        <source>Het hulpbestand {0} kan niet worden gelezen: het is te diep genest.</source>
        <translation>The help file {0} cannot be read: it is nested too deeply.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="128"/>
        <source>Het hulpbestand {0} kan niet worden gelezen: {1}.</source>
        <translation>The help file {0} cannot be read: {1}.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="134"/>
        <source>Het hulpbestand {0} kan niet worden gelezen: het gebruikt ankers en aliassen (&amp;naam, *naam); schrijf de tekst uit.</source>
        <translation>The help file {0} cannot be read: it uses anchors and aliases (&amp;name, *name); write the text out.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="143"/>
        <source>Het hulpbestand {0} kan niet worden gelezen: het is geen geldige YAML (regel {1}).</source>
        <translation>The help file {0} cannot be read: it is not valid YAML (line {1}).</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="150"/>
        <source>Het hulpbestand {0} kan niet worden gelezen: {1}</source>
        <translation>The help file {0} cannot be read: {1}</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="153"/>
        <source>Het hulpbestand {0} heeft niet de vorm {1}.</source>
        <translation>The help file {0} is not in the form {1}.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="157"/>
        <source>Het hulpbestand {0} heeft niet de vorm {1}: {2}</source>
        <translation>The help file {0} is not in the form {1}: {2}</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="205"/>
        <source>&apos;{0}&apos; moet een tekst zijn.</source>
        <translation>&apos;{0}&apos; must be a text.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="208"/>
        <source>&apos;now&apos; moet een lijst met stappen zijn.</source>
        <translation>&apos;now&apos; must be a list of steps.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="213"/>
        <source>&apos;places&apos; moet een lijst met hulplijnen zijn.</source>
        <translation>&apos;places&apos; must be a list of helplines.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="216"/>
        <source>hulplijn {0} onder &apos;places&apos; heeft geen naam.</source>
        <translation>helpline {0} under &apos;places&apos; has no name.</translation>
    </message>
    <message>
        <location filename="../common/help_info.py" line="219"/>
        <source>&apos;{0}&apos; van hulplijn {1} moet een tekst zijn.</source>
        <translation>&apos;{0}&apos; of helpline {1} must be a text.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../help_screens.py" line="117"/>
        <source>Hieronder staan de hulplijnen die in Gedragen zelf staan. Herstel het bestand of zet het originele terug.</source>
        <translation>Below are the helplines built into Gedragen. Repair the file or put the original back.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="166"/>
        <source>Wat doe je nu?</source>
        <translation>What do you do now?</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="173"/>
        <source>Op onze school</source>
        <translation>At our school</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="140"/>
        <source>Vertrouwenspersoon</source>
        <translation>Confidential adviser</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="141"/>
        <source>Anti-pestcoördinator</source>
        <translation>Anti-bullying coordinator</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="142"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="181"/>
        <source>Nog niet ingevuld. Vul de contactpersonen van de school één keer in bij Instellingen.</source>
        <translation>Not filled in yet. Enter the school&apos;s contact people once under Settings.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="183"/>
        <source>Naar Instellingen</source>
        <translation>Go to Settings</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="192"/>
        <source>Hulp buiten school</source>
        <translation>Help outside school</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="217"/>
        <source>Dit overzicht komt uit {0} in de gegevensmap (de versie van de school).</source>
        <translation>This overview comes from {0} in the data folder (the school&apos;s version).</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="219"/>
        <source>Een school past dit aan met een eigen {0} in de gegevensmap.</source>
        <translation>A school adapts this with its own {0} in the data folder.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="221"/>
        <source>Hulpkaart afdrukken (A5)</source>
        <translation>Print help card (A5)</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="224"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="251"/>
        <source>Hulpkaart opslaan</source>
        <translation>Save help card</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="252"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="268"/>
        <source>Hulpkaart opgeslagen: {0}</source>
        <translation>Help card saved: {0}</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="274"/>
        <source>Hulpkaart niet opgeslagen</source>
        <translation>Help card not saved</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="275"/>
        <source>Kies een andere map, bijvoorbeeld Documenten, en probeer het opnieuw.</source>
        <translation>Choose another folder, for example Documents, and try again.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../history/view.py" line="216"/>
        <source>Kies eerst een sessie.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="219"/>
        <source>Kies één sessie; alleen het concept-protocol kan meerdere sessies samen.</source>
        <translation>Choose one session; only the draft protocol can combine several sessions.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="222"/>
        <source>{0} sessies</source>
        <translation>{0} sessions</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="233"/>
        <source>Bezig met {0} …</source>
        <translation>Working on {0} …</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="237"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="245"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="246"/>
        <source>Kies een andere map, bijvoorbeeld Documenten, en probeer het opnieuw.</source>
        <translation>Choose another folder, for example Documents, and try again.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="72"/>
        <location filename="../history/view.py" line="129"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77"/>
        <source>Kaartenset</source>
        <translation>Card set</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77"/>
        <source>Werkvorm</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="99"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="100"/>
        <source>Verder spelen</source>
        <translation>Continue playing</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="101"/>
        <source>Twee sessies vergelijken</source>
        <translation>Compare two sessions</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="102"/>
        <location filename="../history/view.py" line="203"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="106"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="129"/>
        <source>Probeer het opnieuw of start Gedragen opnieuw.</source>
        <translation>Try again or restart Gedragen.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="142"/>
        <source>afgerond</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="142"/>
        <source>onderbroken</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="153"/>
        <source>{0} sessie(s)</source>
        <translation>{0} session(s)</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="155"/>
        <source>Nog geen sessies. Begin met Nieuwe sessie op het startscherm.</source>
        <translation>No sessions yet. Start with New session on the start screen.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="187"/>
        <source>Deze sessie is al afgerond; open hem om het verslag te maken.</source>
        <translation>This session has ended; open it to make the report.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="199"/>
        <source>Sessie verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="200"/>
        <source>De sessie &apos;{0}&apos; van {1} definitief verwijderen?</source>
        <translation>Delete the session &apos;{0}&apos; of {1} for good?</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="204"/>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="258"/>
        <source>Kies precies twee sessies (Ctrl+klik) om ze te vergelijken.</source>
        <translation>Choose exactly two sessions (Ctrl+click) to compare them.</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="278"/>
        <source>teams: {0}</source>
        <translation>teams: {0}</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="280"/>
        <source>groep: {0}</source>
        <translation>group: {0}</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="283"/>
        <source> (let op: andere groepsnamen)</source>
        <translation> (note: different group names)</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="285"/>
        <source>{0} ({1}) tegenover {2} ({3}){4}</source>
        <translation>{0} ({1}) against {2} ({3}){4}</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="292"/>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../history/view.py" line="302"/>
        <source>Deze twee sessies hebben geen kaarten gemeen.</source>
        <translation>These two sessions have no cards in common.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>Gedragen gedrag</source>
        <translation>Gedragen gedrag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>{0} kaartensets geladen</source>
        <translation>{0} card sets loaded</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source> · {0} kaartenset(s) met fouten: zie Kaartensets</source>
        <translation> · {0} card set(s) with errors: see Card sets</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Geschiedenis hersteld</source>
        <translation>History repaired</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Je kunt gewoon verder; het oude bestand is niet weggegooid.</source>
        <translation>You can simply carry on; the old file has not been thrown away.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Sessie niet gestart</source>
        <translation>Session not started</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>Controleer de keuzes en probeer opnieuw.</source>
        <translation>Check the choices and try again.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>Apparaten niet te verbinden</source>
        <translation>Devices cannot connect</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Gedragen kan het adres {0} niet openen ({1}).</source>
        <translation>Gedragen cannot open the address {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>Speel gewoon door en typ de borden, of kies in een nieuwe sessie een ander netwerk.</source>
        <translation>Just carry on and type the boards, or choose another network in a new session.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>Sessie niet te hervatten</source>
        <translation>Session cannot be resumed</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Open de sessie via Geschiedenis, of begin een nieuwe sessie.</source>
        <translation>Open the session from History, or start a new session.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>Niet gelukt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>De sessie loopt door. Probeer het nog eens; lukt het niet, maak dan een export via de samenvatting.</source>
        <translation>The session goes on. Try again; if it still fails, make an export from the summary.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="464"/>
        <source>Volledig scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="465"/>
        <source>Volledig scherm verlaten of terug</source>
        <translation>Leave full screen or go back</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="466"/>
        <source>Zwart scherm</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="468"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="469"/>
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
</context>
<context>
    <name>NewDeckDialog</name>
    <message>
        <location filename="../decks/deck_fields.py" line="248"/>
        <location filename="../decks/deck_fields.py" line="270"/>
        <source>Nieuwe kaartenset</source>
        <translation>New card set</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="250"/>
        <source>Bijvoorbeeld: Situaties van ons team</source>
        <translation>For example: Situations from our team</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="252"/>
        <source>Leeg beginnen (met de zes thema&apos;s en twee soorten)</source>
        <translation>Start empty (with the six themes and two kinds)</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="254"/>
        <source>Kopie van: {0}</source>
        <translation>Copy of: {0}</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="258"/>
        <source>Maken</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="259"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="263"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../decks/deck_fields.py" line="264"/>
        <source>Begin met</source>
        <translation>Start with</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../decks/print_dialog.py" line="179"/>
        <source>Kaarten printen</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="201"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="201"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="213"/>
        <location filename="../decks/print_dialog.py" line="224"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="215"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="217"/>
        <source>Soorten kaarten</source>
        <translation>Kinds of cards</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="253"/>
        <source> (standaard)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="259"/>
        <source>Dubbelzijdig, lange kant (meeste printers)</source>
        <translation>Double-sided, long edge (most printers)</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="260"/>
        <source>Dubbelzijdig, korte kant</source>
        <translation>Double-sided, short edge</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="261"/>
        <source>Enkelzijdig: voorkanten, dan achterkanten</source>
        <translation>Single-sided: fronts, then backs</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="262"/>
        <source>Snijtekens buiten de kaarten</source>
        <translation>Crop marks outside the cards</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="280"/>
        <source>Voor de drukkerij (elke kaart met afloop)</source>
        <translation>For the print shop (each card with bleed)</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="281"/>
        <source>Eerst een kalibratiepagina (achterkant uitlijnen)</source>
        <translation>First a calibration page (align the back)</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="283"/>
        <source>Printen</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="286"/>
        <source>Kaartformaat</source>
        <translation>Card size</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="287"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="288"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="290"/>
        <source>Afloop voorbij de snijlijn</source>
        <translation>Bleed beyond the cut line</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="292"/>
        <source>links/rechts</source>
        <translation>left/right</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="294"/>
        <source>op/neer</source>
        <translation>up/down</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="296"/>
        <source>Achterkant verschuiven</source>
        <translation>Shift the back</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="297"/>
        <source>Lege kaarten (zelf invullen)</source>
        <translation>Blank cards (fill in yourself)</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="223"/>
        <source>Kaartenset</source>
        <translation>Card set</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="325"/>
        <source>Kaarten maken: %v van %m</source>
        <translation>Making cards: %v of %m</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="326"/>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="327"/>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="337"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="341"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="343"/>
        <source>Speelbord…</source>
        <translation>Game board…</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="344"/>
        <source>Het speelbord met de vakken van gewenst tot ongewenst, op A3 of A4</source>
        <translation>The game board with the zones from wanted to unwanted, on A3 or A4</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="418"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="439"/>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="485"/>
        <source>Bezig met het maken van de kaarten…</source>
        <translation>Making the cards…</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="509"/>
        <source>{0} kaarten en {1} lege kaarten op {2} vellen ({3} per vel): {4} pagina&apos;s.</source>
        <translation>{0} cards and {1} blank cards on {2} sheets ({3} per sheet): {4} pages.</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="534"/>
        <source>
… en nog {0} meldingen</source>
        <translation>
… and {0} more messages</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="537"/>
        <source>Deze kaarten kunnen zo niet worden geprint:</source>
        <translation>These cards cannot be printed like this:</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="542"/>
        <source>Pas de kaart aan in de kaartenseteditor, kies een groter kaartformaat of laat het thema weg.</source>
        <translation>Adjust the card in the card set editor, choose a larger card size or leave out the theme.</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="547"/>
        <source>Geen voorbeeld</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="559"/>
        <source>Pagina {0} van {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="582"/>
        <source>er is nog geen PDF gemaakt</source>
        <translation>no PDF has been made yet</translation>
    </message>
    <message>
        <location filename="../decks/print_dialog.py" line="602"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>RevealStrip</name>
    <message>
        <location filename="../session/reveal_strip.py" line="160"/>
        <source>✓ Groep: {0}</source>
        <translation>✓ Group: {0}</translation>
    </message>
    <message>
        <location filename="../session/debate_bars.py" line="58"/>
        <location filename="../session/debate_bars.py" line="83"/>
        <source>vóór</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../session/debate_bars.py" line="58"/>
        <location filename="../session/debate_bars.py" line="83"/>
        <source>na</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../session/debate_bars.py" line="91"/>
        <source>nog niet geteld</source>
        <translation>not counted yet</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../common/labels.py" line="33"/>
        <source>geen onderdeel</source>
        <translation>no section</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="34"/>
        <source>Gedragsregels</source>
        <translation>Rules of conduct</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="35"/>
        <source>Privacy en gegevensbescherming</source>
        <translation>Privacy and data protection</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="36"/>
        <source>Contact tussen leerlingen en leraren</source>
        <translation>Contact between pupils and teachers</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="37"/>
        <source>Sociale media in de les</source>
        <translation>Social media in lessons</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="38"/>
        <source>Handhaving en consequenties</source>
        <translation>Enforcement and consequences</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../session/controller.py" line="90"/>
        <source>De kaartenset &apos;{0}&apos; van deze sessie is niet (meer) aanwezig.</source>
        <translation>The card set &apos;{0}&apos; of this session is not (or no longer) present.</translation>
    </message>
    <message>
        <location filename="../session/controller.py" line="143"/>
        <source>Deze sessie staat niet (meer) in de geschiedenis.</source>
        <translation>This session is not (or no longer) in the history.</translation>
    </message>
    <message>
        <location filename="../session/controller.py" line="182"/>
        <source>Maak ruimte vrij op de schijf (of start Gedragen later met een andere gegevensmap) en doe de stap daarna opnieuw.</source>
        <translation>Free up space on the disk (or start Gedragen later with another data folder) and then do the step again.</translation>
    </message>
    <message>
        <location filename="../session/controller.py" line="186"/>
        <source>Doe de stap zo nodig opnieuw.</source>
        <translation>Do the step again if needed.</translation>
    </message>
    <message>
        <location filename="../session/controller.py" line="188"/>
        <source>De geschiedenis kon niet worden bijgewerkt. {0} Het scherm toont weer wat wel bewaard is. {1}</source>
        <translation>The history could not be updated. {0} The screen again shows what has been saved. {1}</translation>
    </message>
    <message>
        <location filename="../session/controller.py" line="323"/>
        <source>De eigen situatie hoort bij deze sessie, maar kon niet in de eigen kaartenset worden bewaard: {0}</source>
        <translation>The own situation belongs to this session, but could not be kept in the own card set: {0}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../session/screen.py" line="72"/>
        <source>+ Eigen situatie</source>
        <translation>+ Own situation</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="72"/>
        <source>Een kaart van de groep toevoegen</source>
        <translation>Add a card from the group</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="74"/>
        <source>Kaart overslaan</source>
        <translation>Skip card</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="74"/>
        <source>De gekozen kaart uit deze ronde halen</source>
        <translation>Take the chosen card out of this round</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="76"/>
        <source>Kaarten kiezen</source>
        <translation>Pick cards</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="76"/>
        <source>De volgende ronde met de hand samenstellen</source>
        <translation>Put the next round together by hand</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="78"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="80"/>
        <source>Timer pauze</source>
        <translation>Pause timer</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="80"/>
        <source>De rondetimer stilzetten of laten doorlopen</source>
        <translation>Stop or continue the round timer</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="82"/>
        <source>Apparaten</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="82"/>
        <source>Teams op eigen apparaat: adres, teams, vrijgeven</source>
        <translation>Teams on their own device: address, teams, release</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="87"/>
        <source>Gesprekstips</source>
        <translation>Conversation tips</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="88"/>
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="90"/>
        <source>Pauzeren en naar start</source>
        <translation>Pause and go to start</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="91"/>
        <source>De sessie blijft bewaard en kan later verder</source>
        <translation>The session is kept and can continue later</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="153"/>
        <source>leggen</source>
        <translation>placing</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="153"/>
        <source>vergelijken</source>
        <translation>comparing</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="153"/>
        <source>overloopdebat</source>
        <translation>walking debate</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="154"/>
        <source>geen open ronde</source>
        <translation>no open round</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="156"/>
        <source>Ronde {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="244"/>
        <source>Er is geen open ronde. Kies kaarten met de hand, voeg een eigen situatie toe, of rond de sessie af.</source>
        <translation>There is no open round. Pick cards by hand, add an own situation, or end the session.</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="250"/>
        <source>Nieuwe ronde trekken</source>
        <translation>Draw a new round</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="252"/>
        <location filename="../session/screen.py" line="301"/>
        <source>Sessie afronden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="283"/>
        <source>Nog niet alles gelegd</source>
        <translation>Not everything placed yet</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="284"/>
        <source>Nog niet elk team heeft elke kaart gelegd. Toch onthullen?</source>
        <translation>Not every team has placed every card. Reveal anyway?</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="285"/>
        <source>Toch onthullen</source>
        <translation>Reveal anyway</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="285"/>
        <source>Verder leggen</source>
        <translation>Keep placing</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="302"/>
        <source>De sessie afronden? Daarna kun je niets meer leggen, wel het verslag maken.</source>
        <translation>End the session? After that you cannot place anything any more, but you can still make the report.</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="329"/>
        <source>De eigen situatie is bewaard. Kies haar met Kaarten kiezen (Ctrl+K) voor de volgende ronde.</source>
        <translation>The own situation has been saved. Pick it with Pick cards (Ctrl+K) for the next round.</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="303"/>
        <source>Afronden</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../session/screen.py" line="303"/>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <location filename="../session/setup.py" line="69"/>
        <source>Groep {0}</source>
        <translation>Group {0}</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="86"/>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="130"/>
        <source>bijvoorbeeld Team onderbouw of Klas 2B</source>
        <translation>for example Lower school team or Class 2B</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="131"/>
        <source>Sessie {0}</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="132"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="141"/>
        <source>Kaartenset</source>
        <translation>Card set</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="143"/>
        <source>Teamsessie</source>
        <translation>Team session</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="144"/>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="150"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="155"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="157"/>
        <source>Soorten kaarten</source>
        <translation>Kinds of cards</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="159"/>
        <source>Niveaus</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="167"/>
        <source>Gemengde rondes</source>
        <translation>Mixed rounds</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="169"/>
        <source>Een ronde van 3 of meer kaarten krijgt een kaart van elke inschatting (gewenst, grensgeval, ongewenst) die er nog is.</source>
        <translation>A round of 3 or more cards gets a card of every estimate (wanted, borderline, unwanted) that is still left.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="176"/>
        <source>Werkvorm</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="191"/>
        <source>Teams op eigen apparaat</source>
        <translation>Teams on their own device</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="193"/>
        <source>Teams leggen zelf op een tablet of telefoon (lokaal netwerk)</source>
        <translation>Teams place their own cards on a tablet or phone (local network)</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="196"/>
        <source>Gedragen opent dan een adres op het gekozen netwerk; er gaat niets naar internet. Je kunt borden ook dan gewoon typen.</source>
        <translation>Gedragen then opens an address on the chosen network; nothing goes to the internet. You can still type boards as well.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="199"/>
        <source>Netwerk voor de apparaten</source>
        <translation>Network for the devices</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="212"/>
        <source>Kaarten per ronde</source>
        <translation>Cards per round</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="215"/>
        <source>{0} vakken</source>
        <translation>{0} zones</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="217"/>
        <source>Vakken op het bord</source>
        <translation>Zones on the board</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="220"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="221"/>
        <source>geen timer</source>
        <translation>no timer</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="223"/>
        <source>Rondetimer</source>
        <translation>Round timer</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="227"/>
        <source>Aantal teams</source>
        <translation>Number of teams</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="233"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="241"/>
        <source>Naam van team {0}</source>
        <translation>Name of team {0}</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="254"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="255"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="290"/>
        <source>⚠ Gevoelige kaarten ({0})</source>
        <translation>⚠ Sensitive cards ({0})</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="292"/>
        <source>Kaarten die zorg vragen, zoals over misbruik of zelfbeschadiging. In een klas staan ze standaard uit.</source>
        <translation>Cards that need care, such as about abuse or self-harm. In a class they are off by default.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="358"/>
        <source>Er is geen kaartenset. Voeg een kaartenset toe via Kaartensets op het startscherm.</source>
        <translation>There is no card set. Add a card set under Card sets on the start screen.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="363"/>
        <source>Kies minstens één thema en één soort kaart.</source>
        <translation>Choose at least one theme and one kind of card.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="367"/>
        <source>Kies minstens één niveau.</source>
        <translation>Choose at least one level.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="375"/>
        <source>Met deze keuze blijven er geen kaarten over. Kies meer thema&apos;s, soorten of niveaus.</source>
        <translation>With this choice no cards are left. Choose more themes, kinds or levels.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="383"/>
        <source>Twee teams hebben dezelfde naam. Geef elk team een eigen naam.</source>
        <translation>Two teams have the same name. Give each team its own name.</translation>
    </message>
    <message>
        <location filename="../session/setup.py" line="387"/>
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="28"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="32"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Taal (na herstart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40"/>
        <source>Licht, hoog contrast</source>
        <translation>Light, high contrast</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="41"/>
        <source>Donker, hoog contrast</source>
        <translation>Dark, high contrast</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Kleuren</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="44"/>
        <source>Piepje als de rondetimer afloopt</source>
        <translation>Beep when the round timer runs out</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50"/>
        <source>Contactpersonen van de school (voor Hulp en melden)</source>
        <translation>The school&apos;s contact people (for Help and reporting)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="55"/>
        <source>Vertrouwenspersoon</source>
        <translation>Confidential adviser</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <source>Anti-pestcoördinator</source>
        <translation>Anti-bullying coordinator</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>naam en hoe bereikbaar, bijv. lokaal 12 of 06-…</source>
        <translation>name and how to reach them, e.g. room 12 or 06-…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../session/debate.py" line="76"/>
        <source>voor</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../session/debate.py" line="78"/>
        <source>na</source>
        <translation>after</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="30"/>
        <source>Gedragen gedrag</source>
        <translation>Gedragen gedrag</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="31"/>
        <source>Samen bepalen wat gewenst is, en daar afspraken over maken.</source>
        <translation>Deciding together what is wanted, and making agreements about it.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="41"/>
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="47"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="48"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="49"/>
        <source>Kaartensets</source>
        <translation>Card sets</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="50"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="51"/>
        <source>Gesprekstips</source>
        <translation>Conversation tips</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="52"/>
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="71"/>
        <source>F5 volledig scherm · Esc terug · Ctrl+Z ongedaan maken · F1 hulp en melden</source>
        <translation>F5 full screen · Esc back · Ctrl+Z undo · F1 help and reporting</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="83"/>
        <source>Verder met de onderbroken sessie: {0} ({1})</source>
        <translation>Continue the interrupted session: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../history/summary.py" line="64"/>
        <source>Concept-protocol sociale media</source>
        <translation>Draft social media protocol</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="66"/>
        <source>Brief aan ouders</source>
        <translation>Letter to parents</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="84"/>
        <source>Opslaan als Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="99"/>
        <source>Opslaan als Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="43"/>
        <source>Verslag (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="44"/>
        <source>Afsprakenposter A4 (PDF)</source>
        <translation>Agreements poster A4 (PDF)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="45"/>
        <source>Afsprakenposter A3 (PDF)</source>
        <translation>Agreements poster A3 (PDF)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="46"/>
        <source>Protocol (PDF)</source>
        <translation>Protocol (PDF)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="47"/>
        <source>Protocol (Markdown)</source>
        <translation>Protocol (Markdown)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="48"/>
        <source>Tabel (CSV)</source>
        <translation>Table (CSV)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="49"/>
        <source>Sessiebestand (JSON)</source>
        <translation>Session file (JSON)</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="154"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="180"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="182"/>
        <source>Naar het begin</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="196"/>
        <source>Niet gelukt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="198"/>
        <source>Probeer het opnieuw, of kies een andere map om in op te slaan.</source>
        <translation>Try again, or choose another folder to save in.</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="204"/>
        <source>Samenvatting: {0}</source>
        <translation>Summary: {0}</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="210"/>
        <source>{0} · {1} · kaartenset {2}</source>
        <translation>{0} · {1} · card set {2}</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="215"/>
        <source>Rondes: {0} · kaarten besproken: {1} · afspraken: {2}</source>
        <translation>Rounds: {0} · cards discussed: {1} · agreements: {2}</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="220"/>
        <source>Teams: {0}</source>
        <translation>Teams: {0}</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="222"/>
        <source>Deze sessie is nog niet afgerond.</source>
        <translation>This session has not ended yet.</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="65"/>
        <location filename="../history/summary.py" line="228"/>
        <source>Afspraken per thema</source>
        <translation>Agreements by theme</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="230"/>
        <source>Er zijn geen afspraken vastgelegd.</source>
        <translation>No agreements were recorded.</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="243"/>
        <source>bij: {0}</source>
        <translation>for: {0}</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="247"/>
        <source>Besproken kaarten</source>
        <translation>Cards discussed</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="250"/>
        <source>Ronde {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="274"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="311"/>
        <source>Bezig met {0} …</source>
        <translation>Working on {0} …</translation>
    </message>
    <message>
        <location filename="../history/summary.py" line="333"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../session/timer.py" line="114"/>
        <source> pauze</source>
        <translation> paused</translation>
    </message>
    <message>
        <location filename="../session/timer.py" line="116"/>
        <source>Resterende tijd {0}</source>
        <translation>Time left {0}</translation>
    </message>
    <message>
        <location filename="../session/timer.py" line="123"/>
        <source>Tijd is om</source>
        <translation>Time&apos;s up</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../help_screens.py" line="28"/>
        <source>Begin open</source>
        <translation>Start open</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="28"/>
        <source>Vraag eerst wat mensen zien en denken, zonder meteen te oordelen. Er zijn geen domme antwoorden.</source>
        <translation>First ask what people see and think, without judging right away. There are no stupid answers.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="30"/>
        <source>Vraag naar wat er online gebeurt</source>
        <translation>Ask what happens online</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="30"/>
        <source>Leerlingen weten vaak beter dan wij wat er in groepsapps en op sociale media speelt. Vraag ernaar.</source>
        <translation>Pupils often know better than we do what goes on in group chats and on social media. Ask them.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="32"/>
        <source>Laat de groep de afspraken maken</source>
        <translation>Let the group make the agreements</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="32"/>
        <source>Afspraken die de groep zelf formuleert, worden beter nageleefd dan regels van bovenaf.</source>
        <translation>Agreements the group words itself are kept better than rules from above.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="34"/>
        <source>Benoem waar de grens ligt</source>
        <translation>Say where the line is</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="34"/>
        <source>Nuance mag, maar zeg het duidelijk als iets niet kan, bijvoorbeeld omdat het strafbaar is of iemand schaadt.</source>
        <translation>Nuance is fine, but say clearly when something is not acceptable, for instance because it is a crime or harms someone.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="36"/>
        <source>Geef concrete plekken voor hulp</source>
        <translation>Give concrete places for help</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="36"/>
        <source>Noem wie op school helpt en welke hulplijnen er zijn. Het scherm Hulp en melden zet ze op een rij.</source>
        <translation>Name who helps at school and which helplines exist. The Help and reporting screen lists them.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="38"/>
        <source>Leer van de leerlingen</source>
        <translation>Learn from the pupils</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="38"/>
        <source>Wees nieuwsgierig naar hun ervaringen en hun taal. Je hoeft niet alles te weten.</source>
        <translation>Be curious about their experiences and their language. You do not have to know everything.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="40"/>
        <source>Let op je eigen voorbeeld</source>
        <translation>Mind your own example</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="40"/>
        <source>Hoe je zelf reageert en spreekt, telt meer dan elke regel op papier.</source>
        <translation>How you yourself respond and speak counts for more than any rule on paper.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="42"/>
        <source>Verschil is waardevol</source>
        <translation>Difference is valuable</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="42"/>
        <source>Waar teams het oneens zijn, valt het meest te leren. Begin daar: de vergelijking zet die kaarten bovenaan.</source>
        <translation>Where teams disagree there is the most to learn. Start there: the comparison puts those cards on top.</translation>
    </message>
</context>
<context>
    <name>TipsScreen</name>
    <message>
        <location filename="../help_screens.py" line="73"/>
        <source>Gesprekstips</source>
        <translation>Conversation tips</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="88"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Variant</name>
    <message>
        <location filename="../common/labels.py" line="24"/>
        <source>Op het bord (rangschikken)</source>
        <translation>On the board (ranking)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="25"/>
        <source>Snel sorteren</source>
        <translation>Quick sort</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="26"/>
        <source>Overloopdebat</source>
        <translation>Walking debate</translation>
    </message>
</context>
</TS>
