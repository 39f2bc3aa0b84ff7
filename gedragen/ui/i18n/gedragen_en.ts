<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="136" />
        <source>Gegevensmap niet bruikbaar</source>
        <translation>Data folder not usable</translation>
    </message>
    <message>
        <location filename="../app.py" line="137" />
        <source>De gegevensmap {0} kan niet worden gemaakt ({1}). Kies een andere map met --data-dir.</source>
        <translation>The data folder {0} cannot be created ({1}). Choose another folder with --data-dir.</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../presenter.py" line="137" />
        <source>Ronde {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../presenter.py" line="139" />
        <source>kaart {0} van {1}</source>
        <translation>card {0} of {1}</translation>
    </message>
    <message>
        <location filename="../presenter.py" line="165" />
        <source>Afspraak: {0}</source>
        <translation>Agreement: {0}</translation>
    </message>
    <message>
        <location filename="../presenter.py" line="181" />
        <source>vóór</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../presenter.py" line="182" />
        <source>na</source>
        <translation>after</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../presenter.py" line="207" />
        <source>Gedragen – beeld voor de zaal</source>
        <translation>Gedragen – view for the room</translation>
    </message>
</context>
<context>
    <name>BlackScreen</name>
    <message>
        <location filename="../main_window.py" line="31" />
        <source>B: beeld terug</source>
        <translation>B: picture back</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../board_view.py" line="94" />
        <source>Nog te leggen</source>
        <translation>Still to place</translation>
    </message>
    <message>
        <location filename="../board_view.py" line="119" />
        <source>Onthullen en vergelijken</source>
        <translation>Reveal and compare</translation>
    </message>
    <message>
        <location filename="../board_view.py" line="120" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../board_view.py" line="214" />
        <source>Nog {0} kaart(en) · toets 1–{1} legt de kaart · Tab: volgend team</source>
        <translation>{0} card(s) left · key 1–{1} places the card · Tab: next team</translation>
    </message>
    <message>
        <location filename="../board_view.py" line="216" />
        <source>Alle kaarten liggen · Tab: volgend team</source>
        <translation>All cards placed · Tab: next team</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../compare_view.py" line="113" />
        <source>Positie van de groep</source>
        <translation>The group's position</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="118" />
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="129" />
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="131" />
        <source>Bijvoorbeeld: We spreken elkaar direct aan als …</source>
        <translation>For example: We speak to each other directly when …</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="139" />
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="145" />
        <source>Afspraak opslaan</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="146" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="159" />
        <source>Sessie afronden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="160" />
        <source>Volgende ronde</source>
        <translation>Next round</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="161" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="199" />
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="201" />
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="250" />
        <source>Overeenstemming tussen teams (τ): {0}</source>
        <translation>Agreement between teams (τ): {0}</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="289" />
        <source>Kaart {0} · {1}</source>
        <translation>Card {0} · {1}</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="305" />
        <location filename="../compare_view.py" line="324" />
        <source>✓ Opgeslagen</source>
        <translation>✓ Saved</translation>
    </message>
</context>
<context>
    <name>Debate</name>
    <message>
        <location filename="../debate_view.py" line="32" />
        <source>Verschuiving: 0 procentpunt, niemand ging om</source>
        <translation>Shift: 0 percentage points, nobody changed sides</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="34" />
        <source>Verschuiving: +{0} procentpunt naar gewenst</source>
        <translation>Shift: +{0} percentage points towards wanted</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="35" />
        <source>Verschuiving: −{0} procentpunt naar ongewenst</source>
        <translation>Shift: −{0} percentage points towards unwanted</translation>
    </message>
</context>
<context>
    <name>DebateView</name>
    <message>
        <location filename="../debate_view.py" line="94" />
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="95" />
        <source>Ongewenst</source>
        <translation>Unwanted</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="109" />
        <source>Afspraak (mag leeg)</source>
        <translation>Agreement (may be empty)</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="117" />
        <source>Telling vóór vastleggen</source>
        <translation>Record count before</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="118" />
        <source>Telling na vastleggen</source>
        <translation>Record count after</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="119" />
        <source>Sessie afronden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="120" />
        <source>Volgende kaart</source>
        <translation>Next card</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="174" />
        <source>vóór</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="175" />
        <source>na</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="179" />
        <source>{0}: {1} gewenst · {2} ongewenst</source>
        <translation>{0}: {1} wanted · {2} unwanted</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <location filename="../decks_page.py" line="25" />
        <source>Kaartensets</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../decks_page.py" line="26" />
        <source>Bekijken</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../decks_page.py" line="27" />
        <source>Eigen kaartensets bewerken</source>
        <translation>Edit own decks</translation>
    </message>
    <message>
        <location filename="../decks_page.py" line="28" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>EigenSituatieDialog</name>
    <message>
        <location filename="../session_dialogs.py" line="31" />
        <source>Eigen situatie toevoegen</source>
        <translation>Add own situation</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="35" />
        <source>Een situatie die de groep zelf inbrengt. Ze komt in deze ronde en wordt bewaard in de eigen kaartenset, voor latere sessies.</source>
        <translation>A situation the group brings in itself. It joins this round and is kept in the own deck for later sessions.</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="47" />
        <source>Beschrijf de situatie in één tot drie zinnen, zonder echte namen.</source>
        <translation>Describe the situation in one to three sentences, without real names.</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="49" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="50" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="51" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="56" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="57" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="71" />
        <source>Schrijf eerst de situatie op.</source>
        <translation>Write down the situation first.</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="74" />
        <source>De tekst is {0} tekens; maak hem korter dan {1}.</source>
        <translation>The text has {0} characters; make it shorter than {1}.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../app.py" line="84" />
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../app.py" line="85" />
        <source>Er ging iets onverwachts mis. Uw sessie is bewaard en u kunt gewoon verder.
Blijft dit gebeuren, stuur dan het logbestand mee met uw vraag:
{0}</source>
        <translation>Something unexpected went wrong. Your session is saved and you can simply go on.
If this keeps happening, send the log file along with your question:
{0}</translation>
    </message>
</context>
<context>
    <name>HandPickDialog</name>
    <message>
        <location filename="../session_dialogs.py" line="84" />
        <source>Kaarten kiezen</source>
        <translation>Pick cards</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="88" />
        <source>Vink de kaarten aan voor de volgende ronde.</source>
        <translation>Tick the cards for the next round.</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="100" />
        <source>Nieuwe ronde met deze kaarten</source>
        <translation>New round with these cards</translation>
    </message>
    <message>
        <location filename="../session_dialogs.py" line="101" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../help_screens.py" line="54" />
        <source>Het hulpbestand {0} kan niet worden gelezen: {1}</source>
        <translation>The help file {0} cannot be read: {1}</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="57" />
        <source>Het hulpbestand {0} heeft niet de vorm {1}.</source>
        <translation>The help file {0} is not in the form {1}.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../help_screens.py" line="150" />
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="159" />
        <source>Wat doet u nu?</source>
        <translation>What do you do now?</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="163" />
        <source>Herstel het bestand of zet het originele terug.</source>
        <translation>Repair the file or put the original back.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="166" />
        <source>Op onze school</source>
        <translation>At our school</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="168" />
        <source>Vertrouwenspersoon</source>
        <translation>Confidential adviser</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="169" />
        <source>Anti-pestcoördinator</source>
        <translation>Anti-bullying coordinator</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="170" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="179" />
        <source>Nog niet ingevuld. Vul de contactpersonen van de school één keer in bij Instellingen.</source>
        <translation>Not filled in yet. Enter the school's contact people once under Settings.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="181" />
        <source>Naar Instellingen</source>
        <translation>Go to Settings</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="188" />
        <source>Hulp buiten school</source>
        <translation>Help outside school</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="204" />
        <source>Dit overzicht staat in {0}; de school kan het aanpassen.</source>
        <translation>This overview is kept in {0}; the school can edit it.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="206" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../history_view.py" line="101" />
        <location filename="../history_view.py" line="155" />
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="106" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="106" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="106" />
        <source>Kaartenset</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="106" />
        <source>Werkvorm</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="106" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="129" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="130" />
        <source>Verder spelen</source>
        <translation>Continue playing</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="131" />
        <source>Twee sessies vergelijken</source>
        <translation>Compare two sessions</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="132" />
        <location filename="../history_view.py" line="229" />
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="133" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="155" />
        <source>Probeer het opnieuw of start Gedragen opnieuw.</source>
        <translation>Try again or restart Gedragen.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="168" />
        <source>afgerond</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="168" />
        <source>onderbroken</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="179" />
        <source>{0} sessie(s)</source>
        <translation>{0} session(s)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="181" />
        <source>Nog geen sessies. Begin met Nieuwe sessie op het startscherm.</source>
        <translation>No sessions yet. Start with New session on the start screen.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="213" />
        <source>Deze sessie is al afgerond; open hem om het verslag te maken.</source>
        <translation>This session has ended; open it to make the report.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="225" />
        <source>Sessie verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="226" />
        <source>De sessie '{0}' van {1} definitief verwijderen?</source>
        <translation>Delete the session '{0}' of {1} for good?</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="230" />
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="241" />
        <source>Kies precies twee sessies (Ctrl+klik) om ze te vergelijken.</source>
        <translation>Choose exactly two sessions (Ctrl+click) to compare them.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="264" />
        <source>teams: {0}</source>
        <translation>teams: {0}</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="266" />
        <source>groep: {0}</source>
        <translation>group: {0}</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="269" />
        <source> (let op: andere groepsnamen)</source>
        <translation> (note: different group names)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="271" />
        <source>{0} ({1}) tegenover {2} ({3}){4}</source>
        <translation>{0} ({1}) against {2} ({3}){4}</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="278" />
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="288" />
        <source>Deze twee sessies hebben geen kaarten gemeen.</source>
        <translation>These two sessions have no cards in common.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="42" />
        <source>Gedragen gedrag</source>
        <translation>Gedragen gedrag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75" />
        <source>{0} kaartensets geladen</source>
        <translation>{0} decks loaded</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source> · {0} kaartenset(s) met fouten: zie Kaartensets</source>
        <translation> · {0} deck(s) with errors: see Decks</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97" />
        <source>Geschiedenis hersteld</source>
        <translation>History repaired</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98" />
        <source>U kunt gewoon verder; het oude bestand is niet weggegooid.</source>
        <translation>You can simply go on; the old file was not thrown away.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191" />
        <source>Sessie niet gestart</source>
        <translation>Session not started</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192" />
        <source>Controleer de keuzes en probeer opnieuw.</source>
        <translation>Check the choices and try again.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>Sessie niet te hervatten</source>
        <translation>Session cannot be resumed</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>Open de sessie via Geschiedenis, of begin een nieuwe sessie.</source>
        <translation>Open the session from History, or start a new session.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222" />
        <source>Niet gelukt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223" />
        <source>De sessie loopt door. Probeer het nog eens; lukt het niet, maak dan een export via de samenvatting.</source>
        <translation>The session goes on. Try again; if it still fails, make an export from the summary.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319" />
        <source>Afdrukken is in deze versie nog niet beschikbaar.</source>
        <translation>Printing is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>Gebruik de opdracht 'gedragen print' op de opdrachtregel.</source>
        <translation>Use the command 'gedragen print' on the command line.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Kaartensets</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Het overzicht van de kaartensets is in deze versie niet beschikbaar.</source>
        <translation>The deck overview is not available in this version.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334" />
        <source>Gebruik de opdracht 'gedragen decks' op de opdrachtregel.</source>
        <translation>Use the command 'gedragen decks' on the command line.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367" />
        <source>Volledig scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368" />
        <source>Volledig scherm verlaten</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369" />
        <source>Zwart scherm</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372" />
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373" />
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374" />
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../compare_view.py" line="37" />
        <source>geen onderdeel</source>
        <translation>no section</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="38" />
        <source>Gedragsregels</source>
        <translation>Rules of conduct</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="39" />
        <source>Privacy en gegevensbescherming</source>
        <translation>Privacy and data protection</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="40" />
        <source>Contact tussen leerlingen en leraren</source>
        <translation>Contact between pupils and teachers</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="41" />
        <source>Sociale media in de les</source>
        <translation>Social media in lessons</translation>
    </message>
    <message>
        <location filename="../compare_view.py" line="42" />
        <source>Handhaving en consequenties</source>
        <translation>Enforcement and consequences</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../controller.py" line="140" />
        <source>De kaartenset '{0}' van deze sessie is niet (meer) aanwezig.</source>
        <translation>The deck '{0}' of this session is not (or no longer) present.</translation>
    </message>
    <message>
        <location filename="../controller.py" line="190" />
        <source>Deze sessie staat niet (meer) in de geschiedenis.</source>
        <translation>This session is not (or no longer) in the history.</translation>
    </message>
    <message>
        <location filename="../controller.py" line="215" />
        <source>De geschiedenis kon niet worden bijgewerkt: {0}</source>
        <translation>The history could not be updated: {0}</translation>
    </message>
    <message>
        <location filename="../controller.py" line="310" />
        <source>De eigen situatie hoort bij deze sessie, maar kon niet in de eigen kaartenset worden bewaard: {0}</source>
        <translation>The own situation belongs to this session, but could not be kept in the own deck: {0}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../session_screen.py" line="59" />
        <source>+ Eigen situatie</source>
        <translation>+ Own situation</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="59" />
        <source>Een kaart van de groep toevoegen</source>
        <translation>Add a card from the group</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="61" />
        <source>Kaart overslaan</source>
        <translation>Skip card</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="61" />
        <source>De gekozen kaart uit deze ronde halen</source>
        <translation>Take the chosen card out of this round</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="63" />
        <source>Kaarten kiezen</source>
        <translation>Pick cards</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="63" />
        <source>De volgende ronde met de hand samenstellen</source>
        <translation>Put the next round together by hand</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="65" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="67" />
        <source>Timer pauze</source>
        <translation>Pause timer</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="67" />
        <source>De rondetimer stilzetten of laten doorlopen</source>
        <translation>Stop or continue the round timer</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="70" />
        <source>Gesprekstips</source>
        <translation>Conversation tips</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="71" />
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="73" />
        <source>Pauzeren en naar start</source>
        <translation>Pause and go to start</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="74" />
        <source>De sessie blijft bewaard en kan later verder</source>
        <translation>The session is kept and can continue later</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="124" />
        <source>leggen</source>
        <translation>placing</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="124" />
        <source>vergelijken</source>
        <translation>comparing</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="124" />
        <source>overloopdebat</source>
        <translation>walking debate</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="125" />
        <source>geen open ronde</source>
        <translation>no open round</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="127" />
        <source>Ronde {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="163" />
        <source>Er is geen open ronde. Kies kaarten met de hand, voeg een eigen situatie toe, of rond de sessie af.</source>
        <translation>There is no open round. Pick cards by hand, add an own situation, or end the session.</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="169" />
        <source>Nieuwe ronde trekken</source>
        <translation>Draw a new round</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="171" />
        <location filename="../session_screen.py" line="218" />
        <source>Sessie afronden</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="200" />
        <source>Nog niet alles gelegd</source>
        <translation>Not everything placed yet</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="201" />
        <source>Nog niet elk team heeft elke kaart gelegd. Toch onthullen?</source>
        <translation>Not every team has placed every card. Reveal anyway?</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="202" />
        <source>Toch onthullen</source>
        <translation>Reveal anyway</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="202" />
        <source>Verder leggen</source>
        <translation>Keep placing</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="219" />
        <source>De sessie afronden? Daarna kunt u niets meer leggen, wel het verslag maken.</source>
        <translation>End the session? Afterwards nothing can be placed any more, but you can make the report.</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="220" />
        <source>Afronden</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../session_screen.py" line="220" />
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <location filename="../session_setup.py" line="72" />
        <source>Groep {0}</source>
        <translation>Group {0}</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="89" />
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="102" />
        <source>bijvoorbeeld Team onderbouw of Klas 2B</source>
        <translation>for example Lower school team or Class 2B</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="103" />
        <source>Sessie {0}</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="104" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="107" />
        <source>{0} ({1} kaarten)</source>
        <translation>{0} ({1} cards)</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="113" />
        <source>Kaartenset</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="115" />
        <source>Teamsessie</source>
        <translation>Team session</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="116" />
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="122" />
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="125" />
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="128" />
        <source>Soorten kaarten</source>
        <translation>Kinds of cards</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="134" />
        <source>Werkvorm</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="152" />
        <source>Kaarten per ronde</source>
        <translation>Cards per round</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="155" />
        <source>{0} vakken</source>
        <translation>{0} zones</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="157" />
        <source>Vakken op het bord</source>
        <translation>Zones on the board</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="160" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="161" />
        <source>geen timer</source>
        <translation>no timer</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="163" />
        <source>Rondetimer</source>
        <translation>Round timer</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="167" />
        <source>Aantal teams</source>
        <translation>Number of teams</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="170" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="178" />
        <source>Naam van team {0}</source>
        <translation>Name of team {0}</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="190" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="191" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="278" />
        <source>Er is geen kaartenset. Voeg een kaartenset toe via Kaartensets op het startscherm.</source>
        <translation>There is no deck. Add a deck under Decks on the start screen.</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="283" />
        <source>Kies minstens één thema en één soort kaart.</source>
        <translation>Choose at least one theme and one kind of card.</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="286" />
        <source>Met deze keuze blijven er geen kaarten over. Kies meer thema's of soorten.</source>
        <translation>With this choice no cards are left. Choose more themes or kinds.</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="294" />
        <source>Twee teams hebben dezelfde naam. Geef elk team een eigen naam.</source>
        <translation>Two teams have the same name. Give each team its own name.</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="298" />
        <source>Sessie</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="28" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="32" />
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38" />
        <source>Taal (na herstart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40" />
        <source>Licht, hoog contrast</source>
        <translation>Light, high contrast</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="41" />
        <source>Donker, hoog contrast</source>
        <translation>Dark, high contrast</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43" />
        <source>Kleuren</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="44" />
        <source>Piepje als de rondetimer afloopt</source>
        <translation>Beep when the round timer runs out</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50" />
        <source>Contactpersonen van de school (voor Hulp en melden)</source>
        <translation>The school's contact people (for Help and reporting)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="55" />
        <source>Vertrouwenspersoon</source>
        <translation>Confidential adviser</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="56" />
        <source>Anti-pestcoördinator</source>
        <translation>Anti-bullying coordinator</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57" />
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61" />
        <source>naam en hoe bereikbaar, bijv. lokaal 12 of 06-…</source>
        <translation>name and how to reach them, e.g. room 12 or 06-…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../debate_view.py" line="71" />
        <source>voor</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../debate_view.py" line="73" />
        <source>na</source>
        <translation>after</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="30" />
        <source>Gedragen gedrag</source>
        <translation>Gedragen gedrag</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="31" />
        <source>Samen bepalen wat gewenst is, en daar afspraken over maken.</source>
        <translation>Deciding together what is wanted, and making agreements about it.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="41" />
        <source>Nieuwe sessie</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="47" />
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="48" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="49" />
        <source>Kaartensets</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="50" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="51" />
        <source>Gesprekstips</source>
        <translation>Conversation tips</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="52" />
        <source>Hulp en melden</source>
        <translation>Help and reporting</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="70" />
        <source>F5 volledig scherm · Esc terug · Ctrl+Z ongedaan maken · F1 hulp en melden</source>
        <translation>F5 full screen · Esc back · Ctrl+Z undo · F1 help and reporting</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="83" />
        <source>Verder met de onderbroken sessie: {0} ({1})</source>
        <translation>Continue the interrupted session: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../summary_view.py" line="31" />
        <source>Verslag (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="32" />
        <source>Afsprakenposter (PDF)</source>
        <translation>Agreements poster (PDF)</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="33" />
        <source>Protocol (PDF)</source>
        <translation>Protocol (PDF)</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="34" />
        <source>Protocol (Markdown)</source>
        <translation>Protocol (Markdown)</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="35" />
        <source>Tabel (CSV)</source>
        <translation>Table (CSV)</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="36" />
        <source>Sessiebestand (JSON)</source>
        <translation>Session file (JSON)</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="93" />
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="115" />
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="117" />
        <source>Naar het begin</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="130" />
        <source>Niet gelukt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="132" />
        <source>Probeer het opnieuw, of kies een andere map om in op te slaan.</source>
        <translation>Try again, or choose another folder to save in.</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="140" />
        <source>Samenvatting: {0}</source>
        <translation>Summary: {0}</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="147" />
        <source>{0} · {1} · kaartenset {2}</source>
        <translation>{0} · {1} · deck {2}</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="152" />
        <source>Rondes: {0} · kaarten besproken: {1} · afspraken: {2}</source>
        <translation>Rounds: {0} · cards discussed: {1} · agreements: {2}</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="157" />
        <source>Teams: {0}</source>
        <translation>Teams: {0}</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="159" />
        <source>Deze sessie is nog niet afgerond.</source>
        <translation>This session has not ended yet.</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="165" />
        <source>Afspraken per thema</source>
        <translation>Agreements by theme</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="167" />
        <source>Er zijn geen afspraken vastgelegd.</source>
        <translation>No agreements were recorded.</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="180" />
        <source>bij: {0}</source>
        <translation>for: {0}</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="184" />
        <source>Besproken kaarten</source>
        <translation>Cards discussed</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="187" />
        <source>Ronde {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="210" />
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="236" />
        <source>Bezig met {0} …</source>
        <translation>Working on {0} …</translation>
    </message>
    <message>
        <location filename="../summary_view.py" line="260" />
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../timer.py" line="112" />
        <source> pauze</source>
        <translation> paused</translation>
    </message>
    <message>
        <location filename="../timer.py" line="114" />
        <source>Resterende tijd {0}</source>
        <translation>Time left {0}</translation>
    </message>
    <message>
        <location filename="../timer.py" line="121" />
        <source>Tijd is om</source>
        <translation>Time's up</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../help_screens.py" line="75" />
        <source>Begin open</source>
        <translation>Start open</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="75" />
        <source>Vraag eerst wat mensen zien en denken, zonder meteen te oordelen. Er zijn geen domme antwoorden.</source>
        <translation>First ask what people see and think, without judging right away. There are no stupid answers.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="77" />
        <source>Vraag naar wat er online gebeurt</source>
        <translation>Ask what happens online</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="77" />
        <source>Leerlingen weten vaak beter dan wij wat er in groepsapps en op sociale media speelt. Vraag ernaar.</source>
        <translation>Pupils often know better than we do what goes on in group chats and on social media. Ask them.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="79" />
        <source>Laat de groep de afspraken maken</source>
        <translation>Let the group make the agreements</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="79" />
        <source>Afspraken die de groep zelf formuleert, worden beter nageleefd dan regels van bovenaf.</source>
        <translation>Agreements the group words itself are kept better than rules from above.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="81" />
        <source>Benoem waar de grens ligt</source>
        <translation>Say where the line is</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="81" />
        <source>Nuance mag, maar zeg het duidelijk als iets niet kan, bijvoorbeeld omdat het strafbaar is of iemand schaadt.</source>
        <translation>Nuance is fine, but say clearly when something is not acceptable, for instance because it is a crime or harms someone.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="83" />
        <source>Geef concrete plekken voor hulp</source>
        <translation>Give concrete places for help</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="83" />
        <source>Noem wie op school helpt en welke hulplijnen er zijn. Het scherm Hulp en melden zet ze op een rij.</source>
        <translation>Name who helps at school and which helplines exist. The Help and reporting screen lists them.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="85" />
        <source>Leer van de leerlingen</source>
        <translation>Learn from the pupils</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="85" />
        <source>Wees nieuwsgierig naar hun ervaringen en hun taal. U hoeft niet alles te weten.</source>
        <translation>Be curious about their experiences and their language. You don't have to know everything.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="87" />
        <source>Let op uw eigen voorbeeld</source>
        <translation>Mind your own example</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="87" />
        <source>Hoe u zelf reageert en spreekt, telt meer dan elke regel op papier.</source>
        <translation>How you react and speak yourself counts for more than any rule on paper.</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="89" />
        <source>Verschil is waardevol</source>
        <translation>Difference is valuable</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="89" />
        <source>Waar teams het oneens zijn, valt het meest te leren. Begin daar: de vergelijking zet die kaarten bovenaan.</source>
        <translation>Where teams disagree there is the most to learn. Start there: the comparison puts those cards on top.</translation>
    </message>
</context>
<context>
    <name>TipsScreen</name>
    <message>
        <location filename="../help_screens.py" line="111" />
        <source>Gesprekstips</source>
        <translation>Conversation tips</translation>
    </message>
    <message>
        <location filename="../help_screens.py" line="126" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Variant</name>
    <message>
        <location filename="../session_setup.py" line="64" />
        <source>Op het bord (rangschikken)</source>
        <translation>On the board (ranking)</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="65" />
        <source>Snel sorteren</source>
        <translation>Quick sort</translation>
    </message>
    <message>
        <location filename="../session_setup.py" line="66" />
        <source>Overloopdebat</source>
        <translation>Walking debate</translation>
    </message>
</context>
</TS>