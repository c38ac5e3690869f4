<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AfterAction</name>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>response: sever %1</source>
        <translation>Maßnahme: %1 trennen</translation>
    </message>
    <message>
        <source>end of the exercise</source>
        <translation>Ende des Planspiels</translation>
    </message>
    <message>
        <source># After-action record: %1</source>
        <translation># Nachbereitungsbericht: %1</translation>
    </message>
    <message>
        <source>untitled model</source>
        <translation>unbenanntes Modell</translation>
    </message>
    <message>
        <source>| Exercise | |</source>
        <translation>| Planspiel | |</translation>
    </message>
    <message>
        <source>| Breached vendor | %1 |</source>
        <translation>| Kompromittierter Anbieter | %1 |</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>| Breach (t = 0) | %1 |</source>
        <translation>| Sicherheitsvorfall (t = 0) | %1 |</translation>
    </message>
    <message>
        <source>no start chosen</source>
        <translation>kein Beginn gewählt</translation>
    </message>
    <message>
        <source>| Timeline | 0 to %1 in steps of %2 |</source>
        <translation>| Zeitleiste | 0 bis %1 in Schritten von %2 |</translation>
    </message>
    <message>
        <source>| Record made | %1 |</source>
        <translation>| Bericht erstellt | %1 |</translation>
    </message>
    <message>
        <source>## Responses</source>
        <translation>## Maßnahmen</translation>
    </message>
    <message>
        <source>No responses.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>| # | Sever | at t | Exercise clock |</source>
        <translation>| # | Trennen | bei t | Planspieluhr |</translation>
    </message>
    <message>
        <source>## Decision log</source>
        <translation>## Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>| Wall clock | Exercise clock | t | Entry |</source>
        <translation>| Echtzeit | Planspieluhr | t | Eintrag |</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Zeitleiste</translation>
    </message>
    <message>
        <source>No projection was computed.</source>
        <translation>Es wurde keine Prognose berechnet.</translation>
    </message>
    <message>
        <source>*The projection below was computed before the latest change of the model or the exercise settings.*</source>
        <translation>*Die folgende Prognose wurde vor der letzten Änderung des Modells oder der Planspieleinstellungen berechnet.*</translation>
    </message>
    <message>
        <source>Probabilities are the fraction of %1 simulated trials in which a node was compromised (an asset exposed) by t, with the responses above in force.</source>
        <translation>Die Wahrscheinlichkeiten geben den Anteil der %1 simulierten Durchläufe an, in denen ein Knoten bis t kompromittiert (bzw. ein Datenbestand exponiert) wurde, mit den oben genannten Maßnahmen in Kraft.</translation>
    </message>
    <message>
        <source>### t = %1 — %2</source>
        <translation>### t = %1 — %2</translation>
    </message>
    <message>
        <source>*%1.* Expected compromised nodes: %2; expected records exposed: %3.</source>
        <translation>*%1.* Erwartete kompromittierte Knoten: %2; erwartete exponierte Datensätze: %3.</translation>
    </message>
    <message>
        <source>| Most likely compromised | P |</source>
        <translation>| Am wahrscheinlichsten kompromittiert | P |</translation>
    </message>
    <message>
        <source>| Data asset exposed | Category | P | Records | Expected records |</source>
        <translation>| Exponierter Datenbestand | Kategorie | P | Datensätze | Erwartete Datensätze |</translation>
    </message>
    <message>
        <source>No data asset exposed.</source>
        <translation>Kein Datenbestand exponiert.</translation>
    </message>
    <message>
        <source>After-action record</source>
        <translation>Nachbereitungsbericht</translation>
    </message>
    <message>
        <source>| Projection | %1 trials, random seed %2 (the same seed gives the same numbers) |</source>
        <translation>| Projektion | %1 Durchläufe, Zufalls-Seed %2 (derselbe Seed ergibt dieselben Zahlen) |</translation>
    </message>
    <message>
        <source>## The supply chain at t = %1</source>
        <translation>## Die Lieferkette bei t = %1</translation>
    </message>
    <message>
        <source>*%1.* Each node is coloured by its probability of compromise by then, with the responses in force at the time.</source>
        <translation>*%1.* Jeder Knoten ist nach seiner Wahrscheinlichkeit gefärbt, bis dahin kompromittiert zu sein, mit den zu dieser Zeit geltenden Reaktionen.</translation>
    </message>
    <message>
        <source>The supply chain at t = %1</source>
        <translation>Die Lieferkette bei t = %1</translation>
    </message>
    <message>
        <source>## Notification clocks</source>
        <translation>## Meldefristen</translation>
    </message>
    <message>
        <source>*Decision support, not legal advice.* Rules as of %1. Each obligation after the breach at t = 0, with the notifications the decision log reports; the exercise ended at t = %2.</source>
        <translation>*Entscheidungshilfe, keine Rechtsberatung.* Regeln mit Stand %1. Jede Meldepflicht nach dem Sicherheitsvorfall bei t = 0, mit den Meldungen, die das Entscheidungsprotokoll verzeichnet; das Planspiel endete bei t = %2.</translation>
    </message>
    <message>
        <source>No notification obligation follows from this breach in the model.</source>
        <translation>Aus diesem Sicherheitsvorfall ergibt sich im Modell keine Meldepflicht.</translation>
    </message>
    <message>
        <source>| Party | Regime | Notify | Due | Outcome | Citation |</source>
        <translation>| Partei | Regelwerk | Zu melden an | Fällig | Ergebnis | Fundstelle |</translation>
    </message>
    <message>
        <source>**met** at %1</source>
        <translation>**eingehalten** bei %1</translation>
    </message>
    <message>
        <source>**met late** at %1, %2 after the due time</source>
        <translation>**verspätet erfüllt** bei %1, %2 nach Fristablauf</translation>
    </message>
    <message>
        <source>**missed**</source>
        <translation>**versäumt**</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Met: %1 · met late: %2 · missed: %3 · open: %4.</source>
        <translation>Eingehalten: %1 · verspätet: %2 · versäumt: %3 · offen: %4.</translation>
    </message>
</context>
<context>
    <name>TabletopOverlay</name>
    <message>
        <source>Compromised by %1</source>
        <translation>Kompromittiert bis %1</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Planspiel</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>data asset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>Change %1 of %2 &quot;%3&quot;</source>
        <translation>%1 von %2 „%3“ ändern</translation>
    </message>
    <message>
        <source>no such element</source>
        <translation>Element nicht gefunden</translation>
    </message>
    <message>
        <source>Change %1 of node &quot;%2&quot;</source>
        <translation>%1 von Knoten „%2“ ändern</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>Add node &quot;%1&quot;</source>
        <translation>Knoten „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Connect &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ mit „%2“ verbinden</translation>
    </message>
    <message>
        <source>Add data asset &quot;%1&quot;</source>
        <translation>Datenbestand „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete 1 element</source>
        <translation>1 Element löschen</translation>
    </message>
    <message>
        <source>Delete %1 elements</source>
        <translation>%1 Elemente löschen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown node id &quot;%1&quot;</source>
        <translation>unbekannte Knoten-ID „%1“</translation>
    </message>
    <message>
        <source>Sever &quot;%1&quot; at %2</source>
        <translation>„%1“ bei %2 trennen</translation>
    </message>
    <message>
        <source>Remove response &quot;sever %1 at %2&quot;</source>
        <translation>Maßnahme „%1 bei %2 trennen“ entfernen</translation>
    </message>
    <message>
        <source>a log entry needs some text</source>
        <translation>Ein Protokolleintrag braucht einen Text</translation>
    </message>
    <message>
        <source>Log &quot;%1&quot;</source>
        <translation>„%1“ protokollieren</translation>
    </message>
    <message>
        <source>Delete log entry &quot;%1&quot;</source>
        <translation>Protokolleintrag „%1“ löschen</translation>
    </message>
    <message>
        <source>no such log entry</source>
        <translation>Protokolleintrag nicht gefunden</translation>
    </message>
    <message>
        <source>Edit log entry &quot;%1&quot;</source>
        <translation>Protokolleintrag „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>Ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <source>there is already a scenario named &quot;%1&quot;</source>
        <translation>Es gibt bereits ein Szenario namens „%1“</translation>
    </message>
    <message>
        <source>trials must be at least 1</source>
        <translation>Die Anzahl der Durchläufe muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the horizon must be a finite number of hours, at least 0</source>
        <translation>Der Horizont muss eine endliche Stundenzahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>annual mode takes no seed nodes</source>
        <translation>Im Modus „Jährlich“ gibt es keine Startknoten</translation>
    </message>
    <message>
        <source>a node id must not be empty</source>
        <translation>Eine Knoten-ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>the time of &quot;%1&quot; must be a finite number of hours, at least 0</source>
        <translation>Der Zeitpunkt von „%1“ muss eine endliche Stundenzahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>no such place in the list</source>
        <translation>ungültige Position in der Liste</translation>
    </message>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ löschen</translation>
    </message>
    <message>
        <source>no such scenario</source>
        <translation>Szenario nicht gefunden</translation>
    </message>
    <message>
        <source>the node would be removed</source>
        <translation>der Knoten würde entfernt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given two awareness times</source>
        <translation>„%1“ hat zwei Zeitpunkte der Kenntnisnahme</translation>
    </message>
    <message>
        <source>Set When Parties Learnt of &quot;%1&quot;</source>
        <translation>Kenntnisnahme zu „%1“ festlegen</translation>
    </message>
    <message>
        <source>there is already a snapshot named &quot;%1&quot;</source>
        <translation>es gibt bereits einen Schnappschuss namens „%1“</translation>
    </message>
    <message>
        <source>Take snapshot &quot;%1&quot;</source>
        <translation>Schnappschuss „%1“ aufnehmen</translation>
    </message>
    <message>
        <source>Delete snapshot &quot;%1&quot;</source>
        <translation>Schnappschuss „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>exercise</name>
    <message>
        <source>the exercise length must be a finite number of hours above 0</source>
        <translation>Die Planspieldauer muss eine endliche Stundenzahl über 0 sein</translation>
    </message>
    <message>
        <source>the time step must be a finite number of hours above 0</source>
        <translation>Die Schrittweite muss eine endliche Stundenzahl über 0 sein</translation>
    </message>
    <message>
        <source>the timeline would have more than %1 points: choose a larger step or a shorter exercise</source>
        <translation>Die Zeitleiste hätte mehr als %1 Punkte: Wählen Sie eine größere Schrittweite oder ein kürzeres Planspiel</translation>
    </message>
    <message>
        <source>trials must be at least 1</source>
        <translation>Die Anzahl der Durchläufe muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>a response needs a node</source>
        <translation>Eine Maßnahme braucht einen Knoten</translation>
    </message>
    <message>
        <source>the time of the response &quot;%1&quot; must be a finite number of hours, at least 0</source>
        <translation>Der Zeitpunkt der Maßnahme „%1“ muss eine endliche Stundenzahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>a log entry needs a valid wall-clock time</source>
        <translation>Ein Protokolleintrag braucht eine gültige Echtzeit</translation>
    </message>
    <message>
        <source>the exercise time of a log entry must be a finite number of hours, at least 0</source>
        <translation>Die Planspielzeit eines Protokolleintrags muss eine endliche Stundenzahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>a notification in the log needs the party&apos;s node and the rule</source>
        <translation>Eine Meldung im Protokoll braucht den Knoten der Partei und die Regel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Map and stress-test an AI supply chain.</source>
        <translation>Eine KI-Lieferkette abbilden und einem Stresstest unterziehen.</translation>
    </message>
    <message>
        <source>A .weaklink document or model JSON to open.</source>
        <translation>Ein zu öffnendes .weaklink-Dokument oder Modell-JSON.</translation>
    </message>
    <message>
        <source>Save a picture of the window, with the diagram laid out, to OUT.png and exit.</source>
        <translation>Ein Bild des Fensters mit angeordnetem Diagramm in OUT.png speichern und beenden.</translation>
    </message>
    <message>
        <source>Show the heatmap of METRIC (likelihood, exposure, risk, time-to-compromise, blast-radius) on the canvas.</source>
        <translation>Die Heatmap von METRIC (likelihood, exposure, risk, time-to-compromise, blast-radius) auf der Zeichenfläche zeigen.</translation>
    </message>
    <message>
        <source>Use language CODE (en, de) this time, instead of the one chosen with Help ▸ Language or the system&apos;s.</source>
        <translation>Diesmal die Sprache CODE (en, de) verwenden statt der unter Hilfe ▸ Sprache gewählten oder der des Systems.</translation>
    </message>
    <message>
        <source>Open the unsaved changes kept in the recovery copy COPY (after a crash, Weaklink offers them at start).</source>
        <translation>Die ungesicherten Änderungen aus der Wiederherstellungskopie COPY öffnen (nach einem Absturz bietet Weaklink sie beim Start an).</translation>
    </message>
</context>
<context>
    <name>obligations</name>
    <message>
        <source>Choose the breached vendor: the clocks start at its breach.</source>
        <translation>Wählen Sie den kompromittierten Anbieter: Die Fristen beginnen mit seinem Sicherheitsvorfall.</translation>
    </message>
    <message>
        <source>The breached vendor “%1” is not in the model.</source>
        <translation>Der kompromittierte Anbieter „%1“ ist nicht im Modell enthalten.</translation>
    </message>
</context>
<context>
    <name>snapshot</name>
    <message>
        <source>a snapshot needs a name</source>
        <translation>Ein Schnappschuss braucht einen Namen</translation>
    </message>
    <message>
        <source>a snapshot needs a valid date</source>
        <translation>Ein Schnappschuss braucht ein gültiges Datum</translation>
    </message>
    <message>
        <source>a snapshot needs the model</source>
        <translation>Ein Schnappschuss braucht das Modell</translation>
    </message>
    <message>
        <source>trials must be at least 1</source>
        <translation>Die Anzahl der Durchläufe muss mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>wl::AnalysisPanels</name>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Why Affected?</source>
        <translation>Warum betroffen?</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <source>Tabletop Exercise</source>
        <translation>Planspiel</translation>
    </message>
    <message>
        <source>Heatmap &amp;Legend</source>
        <translation>&amp;Heatmap-Legende</translation>
    </message>
</context>
<context>
    <name>wl::BoardReportExporter</name>
    <message>
        <source>Board Report</source>
        <translation>Vorstandsbericht</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter …</translation>
    </message>
    <message>
        <source>A PDF for the board: the figures in plain language, the map, the charts and how the numbers were made (10,000 trials, random seed 1).</source>
        <translation>Ein PDF für den Vorstand: die Zahlen in einfachen Worten, die Karte, die Grafiken und wie die Zahlen entstanden sind (10.000 Durchläufe, Zufalls-Seed 1).</translation>
    </message>
    <message>
        <source>Save Board Report</source>
        <translation>Vorstandsbericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Computing the report&apos;s figures…</source>
        <translation>Die Zahlen des Berichts werden berechnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Abgebrochen: Es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Board report written to %1.</source>
        <translation>Vorstandsbericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>wl::ChainView</name>
    <message>
        <source>Notification chain</source>
        <translation>Meldekette</translation>
    </message>
    <message>
        <source>learnt %1</source>
        <translation>erfahren %1</translation>
    </message>
    <message>
        <source>No notification chain</source>
        <translation>Keine Meldekette</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>wl::CompareWindow</name>
    <message>
        <source>Change in risk</source>
        <translation>Veränderung des Risikos</translation>
    </message>
    <message>
        <source>Since %1 · annual baselines · %2 trials · rng seed %3</source>
        <translation>Seit %1 · Jahres-Basislinien · %2 Durchläufe · Seed %3</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 — Weaklink</source>
        <translation>Änderungen von %1 zu %2 — Weaklink</translation>
    </message>
    <message>
        <source>Green: added · grey ghosts: removed · purple outline: changed · fill: the change in risk (records × sensitivity) a year. Read-only.</source>
        <translation>Grün: hinzugefügt · graue Schatten: entfernt · violette Umrandung: geändert · Füllung: die Veränderung des Risikos (Datensätze × Sensibilität) pro Jahr. Nur lesen.</translation>
    </message>
</context>
<context>
    <name>wl::DiagramAccessible</name>
    <message>
        <source>ours</source>
        <translation>eigener Dienst</translation>
    </message>
    <message>
        <source>not connected to our services</source>
        <translation>nicht mit unseren Diensten verbunden</translation>
    </message>
    <message>
        <source>tier %1 vendor</source>
        <translation>Anbieter der Stufe %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges; the arrow keys move between nodes, Enter shows the selected node&apos;s properties, F2 renames it</source>
        <translation>%1 Knoten und %2 Kanten; die Pfeiltasten wechseln zwischen Knoten, Eingabe zeigt die Eigenschaften des gewählten Knotens, F2 benennt ihn um</translation>
    </message>
    <message>
        <source>%1, %2, %3, likelihood %4 %</source>
        <translation>%1, %2, %3, Wahrscheinlichkeit %4 %</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>GDPR %1</source>
        <translation>DSGVO %1</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>Rechtsraum %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) in</source>
        <translation>
            <numerusform>%n Kante herein</numerusform>
            <numerusform>%n Kanten herein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) out</source>
        <translation>
            <numerusform>%n Kante hinaus</numerusform>
            <numerusform>%n Kanten hinaus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::DiagramEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>P&amp;in Selected Nodes</source>
        <translation>Ausgewählte Knoten fi&amp;xieren</translation>
    </message>
    <message>
        <source>Automatic layout with neato or fdp keeps pinned nodes in place</source>
        <translation>Das automatische Layout mit neato oder fdp lässt fixierte Knoten an ihrem Platz</translation>
    </message>
    <message>
        <source>U&amp;npin Selected Nodes</source>
        <translation>Fixierung ausgewählter Knoten auf&amp;heben</translation>
    </message>
    <message>
        <source>&amp;Connect Mode</source>
        <translation>&amp;Verbindungsmodus</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Cannot add the node: %1</source>
        <translation>Der Knoten kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>A node cannot be connected to itself.</source>
        <translation>Ein Knoten kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Move node &quot;%1&quot;</source>
        <translation>Knoten „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move %1 nodes</source>
        <translation>%1 Knoten verschieben</translation>
    </message>
    <message>
        <source>Copied 1 node.</source>
        <translation>1 Knoten kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 nodes.</source>
        <translation>%1 Knoten kopiert.</translation>
    </message>
    <message>
        <source>Cut 1 node</source>
        <translation>1 Knoten ausschneiden</translation>
    </message>
    <message>
        <source>Cut %1 nodes</source>
        <translation>%1 Knoten ausschneiden</translation>
    </message>
    <message>
        <source>The clipboard holds no nodes to paste.</source>
        <translation>Die Zwischenablage enthält keine Knoten zum Einfügen.</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Pin 1 node</source>
        <translation>1 Knoten fixieren</translation>
    </message>
    <message>
        <source>Pin %1 nodes</source>
        <translation>%1 Knoten fixieren</translation>
    </message>
    <message>
        <source>Unpin 1 node</source>
        <translation>Fixierung von 1 Knoten aufheben</translation>
    </message>
    <message>
        <source>Unpin %1 nodes</source>
        <translation>Fixierung von %1 Knoten aufheben</translation>
    </message>
    <message>
        <source>Click a node, then the node it connects to, or drag from one to the other (Shift+drag works outside this mode too)</source>
        <translation>Einen Knoten anklicken, dann den Knoten, mit dem er verbunden wird, oder von einem zum anderen ziehen (Umschalt+Ziehen geht auch außerhalb dieses Modus)</translation>
    </message>
    <message>
        <source>Connect Mode: click the source node, then the target (or drag from one to the other). Esc leaves Connect Mode.</source>
        <translation>Verbindungsmodus: den Quellknoten anklicken, dann das Ziel (oder von einem zum anderen ziehen). Esc beendet den Verbindungsmodus.</translation>
    </message>
    <message>
        <source>Connecting from “%1”: click the target node. Esc cancels.</source>
        <translation>Verbindung von „%1“: den Zielknoten anklicken. Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>wl::DiagramExporter</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export Diagram as %1</source>
        <translation>Diagramm als %1 exportieren</translation>
    </message>
    <message>
        <source>Cannot export the diagram to %1</source>
        <translation>Das Diagramm konnte nicht nach %1 exportiert werden</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Print Diagram</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>Cannot print the diagram</source>
        <translation>Das Diagramm kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Sent the diagram to %1</source>
        <translation>Diagramm an %1 gesendet</translation>
    </message>
</context>
<context>
    <name>wl::DiagramScene</name>
    <message>
        <source>A node cannot be connected to itself: release the drag on another node.</source>
        <translation>Ein Knoten kann nicht mit sich selbst verbunden werden: Lassen Sie die Maustaste über einem anderen Knoten los.</translation>
    </message>
</context>
<context>
    <name>wl::DiagramView</name>
    <message>
        <source>Wheel: zoom · middle button or Space + drag: pan · Shift + drag from a node: connect</source>
        <translation>Mausrad: zoomen · mittlere Maustaste oder Leertaste + Ziehen: verschieben · Umschalt + Ziehen von einem Knoten: verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %Ln node(s)…</source>
        <translation>
            <numerusform>%Ln Knoten wird gezeichnet …</numerusform>
            <numerusform>%Ln Knoten werden gezeichnet …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::DocumentController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.
Do you want to save them?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen.
Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Weaklink documents (*.weaklink)</source>
        <translation>Weaklink-Dokumente (*.weaklink)</translation>
    </message>
    <message>
        <source>Export Model JSON</source>
        <translation>Modell-JSON exportieren</translation>
    </message>
    <message>
        <source>Model JSON (*.json)</source>
        <translation>Modell-JSON (*.json)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>File Not Found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>It has been removed from the list of recent files.</source>
        <translation>Sie wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Weaklink could not open “%1”.</source>
        <translation>Weaklink konnte „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>„%1“ geöffnet</translation>
    </message>
    <message>
        <source>Opened “%1” with 1 reader warning</source>
        <translation>„%1“ mit 1 Lesewarnung geöffnet</translation>
    </message>
    <message>
        <source>Opened “%1” with %2 reader warnings</source>
        <translation>„%1“ mit %2 Lesewarnungen geöffnet</translation>
    </message>
    <message>
        <source> — it was written by an older version of Weaklink and has been updated; save to keep the update</source>
        <translation> — die Datei stammt von einer älteren Weaklink-Version und wurde aktualisiert; speichern Sie, um die Aktualisierung zu behalten</translation>
    </message>
    <message>
        <source>Cannot Open Example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The bundled example model could not be read.</source>
        <translation>Das mitgelieferte Beispielmodell konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Opened the bundled example model</source>
        <translation>Mitgeliefertes Beispielmodell geöffnet</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled</source>
        <translation>Öffnen von „%1“ abgebrochen</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Weaklink could not save “%1”. The file on disk is unchanged.</source>
        <translation>Weaklink konnte „%1“ nicht speichern. Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Weaklink could not export the model to “%1”.</source>
        <translation>Weaklink konnte das Modell nicht nach „%1“ exportieren.</translation>
    </message>
    <message>
        <source>Exported model JSON to “%1”</source>
        <translation>Modell-JSON nach „%1“ exportiert</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Weaklink documents and model JSON (*.weaklink *.json)</source>
        <translation>Weaklink-Dokumente und Modell-JSON (*.weaklink *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importable files (*.json *.xml *.csv *.xlsx *.yaml *.yml *.otm *.dot *.gv)</source>
        <translation>Importierbare Dateien (*.json *.xml *.csv *.xlsx *.yaml *.yml *.otm *.dot *.gv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>CycloneDX SBOMs (*.json *.xml)</source>
        <translation>CycloneDX-SBOMs (*.json *.xml)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Threat models: Threat Dragon, OTM, Threagile (*.json *.yaml *.yml *.otm)</source>
        <translation>Bedrohungsmodelle: Threat Dragon, OTM, Threagile (*.json *.yaml *.yml *.otm)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Merge “%1” into the open document, or open it as a new document?</source>
        <translation>„%1“ in das offene Dokument einfügen oder als neues Dokument öffnen?</translation>
    </message>
    <message>
        <source>A merge matches nodes by id, then by name and organisation, asks about conflicts, and is one step to undo.</source>
        <translation>Beim Zusammenführen werden Knoten über die ID, dann über Name und Organisation zugeordnet; bei Konflikten wird nachgefragt, und alles lässt sich in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Open as &amp;New Document</source>
        <translation>Als &amp;neues Dokument öffnen</translation>
    </message>
    <message>
        <source>Cannot Import File</source>
        <translation>Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Weaklink could not import “%1”. The open document is unchanged.</source>
        <translation>Weaklink konnte „%1“ nicht importieren. Das offene Dokument ist unverändert.</translation>
    </message>
    <message>
        <source>Could not import “%1”</source>
        <translation>„%1“ konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported “%1” (%2)</source>
        <translation>„%1“ importiert (%2)</translation>
    </message>
    <message>
        <source>Merging “%1” was cancelled</source>
        <translation>Zusammenführen von „%1“ abgebrochen</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>Weaklink could not merge “%1”. The open document is unchanged.</source>
        <translation>Weaklink konnte „%1“ nicht zusammenführen. Das offene Dokument ist unverändert.</translation>
    </message>
    <message>
        <source>“%1” holds nothing the document does not have</source>
        <translation>„%1“ enthält nichts, was das Dokument nicht schon hat</translation>
    </message>
    <message>
        <source>Merged “%1”: %2 new nodes</source>
        <translation>„%1“ zusammengeführt: %2 neue Knoten</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Checking its size and nesting…</source>
        <translation>Größe und Verschachtelung werden geprüft…</translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <source>Validating against the schema…</source>
        <translation>Wird gegen das Schema validiert…</translation>
    </message>
    <message>
        <source>Mapping to nodes, edges and data…</source>
        <translation>Wird auf Knoten, Kanten und Daten abgebildet…</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>Modell wird geprüft…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Dokument wird geladen…</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary folder</source>
        <translation>es kann nicht in einen temporären Ordner kopiert werden</translation>
    </message>
    <message>
        <source>The bundled example document could not be read.</source>
        <translation>Das mitgelieferte Beispieldokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Opened the example “Analytics vendor breach, customer told 16 days later”</source>
        <translation>Beispiel „Vorfall beim Analyse-Anbieter, Kunde 16 Tage später informiert“ geöffnet</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Weaklink could not read the unsaved changes to “%1”. The recovery copy is kept.</source>
        <translation>Weaklink konnte die ungesicherten Änderungen an „%1“ nicht lesen. Die Wiederherstellungskopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to “%1”; save to keep them</source>
        <translation>Ungesicherte Änderungen an „%1“ wiederhergestellt; speichern Sie, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>wl::DocumentStatus</name>
    <message>
        <source>Structural findings such as nodes without edges; click for the list</source>
        <translation>Strukturelle Befunde wie Knoten ohne Kanten; klicken für die Liste</translation>
    </message>
    <message>
        <source>What the reader ignored in the opened file; click for the list</source>
        <translation>Was beim Lesen der geöffneten Datei übergangen wurde; klicken für die Liste</translation>
    </message>
    <message>
        <source>1 reader warning</source>
        <translation>1 Lesewarnung</translation>
    </message>
    <message>
        <source>%1 reader warnings</source>
        <translation>%1 Lesewarnungen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>1 edge</source>
        <translation>1 Kante</translation>
    </message>
    <message>
        <source>%1 edges</source>
        <translation>%1 Kanten</translation>
    </message>
    <message>
        <source>1 data asset</source>
        <translation>1 Datenbestand</translation>
    </message>
    <message>
        <source>%1 data assets</source>
        <translation>%1 Datenbestände</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Model Warnings</source>
        <translation>Modellwarnungen</translation>
    </message>
    <message>
        <source>These findings do not stop the model from being used, but they often point to a missing edge or a data flow that was drawn from the wrong node.</source>
        <translation>Diese Befunde verhindern nicht, dass das Modell verwendet wird, weisen aber oft auf eine fehlende Kante oder einen Datenfluss hin, der vom falschen Knoten ausgeht.</translation>
    </message>
    <message>
        <source>Reader Warnings</source>
        <translation>Lesewarnungen</translation>
    </message>
    <message>
        <source>The reader ignored the following parts of the opened file. They are not kept when the document is saved.</source>
        <translation>Die folgenden Teile der geöffneten Datei wurden beim Lesen übergangen. Sie werden beim Speichern nicht übernommen.</translation>
    </message>
    <message>
        <source>Flows whose contract does not cover what they carry; click for the list</source>
        <translation>Datenflüsse, deren Vertrag nicht abdeckt, was sie übertragen; klicken für die Liste</translation>
    </message>
    <message>
        <source>1 contract gap</source>
        <translation>1 Vertragslücke</translation>
    </message>
    <message>
        <source>%1 contract gaps</source>
        <translation>%1 Vertragslücken</translation>
    </message>
    <message>
        <source>Contract Gaps</source>
        <translation>Vertragslücken</translation>
    </message>
    <message>
        <source>Flows whose contract does not cover what the flow does: personal data without a DPA or leaving the EU/EEA or the UK without a transfer mechanism, a notification SLA longer than the statutory clock it feeds, a review more than a year old. Decision support, not legal advice.</source>
        <translation>Datenflüsse, deren Vertrag nicht abdeckt, was der Fluss tut: personenbezogene Daten ohne AVV oder ohne Übermittlungsgrundlage außerhalb von EU/EWR oder Vereinigtem Königreich, eine vertragliche Meldefrist, die länger ist als die gesetzliche Frist, die sie speist, eine Prüfung, die mehr als ein Jahr zurückliegt. Entscheidungshilfe, keine Rechtsberatung.</translation>
    </message>
</context>
<context>
    <name>wl::ElementTableModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Data asset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>GDPR role</source>
        <translation>DSGVO-Rolle</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Breach likelihood</source>
        <translation>Breach-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Control strength</source>
        <translation>Kontrollstärke</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personenbezogen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Forward probability</source>
        <translation>Vorwärts-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Backward probability</source>
        <translation>Rückwärts-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Delay (hours)</source>
        <translation>Verzögerung (Stunden)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Model JSON key: %1</source>
        <translation>Schlüssel im Modell-JSON: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Data subjects in</source>
        <translation>Betroffene Personen in</translation>
    </message>
    <message>
        <source>DPA</source>
        <translation>AVV</translation>
    </message>
    <message>
        <source>Notification SLA (hours)</source>
        <translation>Meldefrist laut Vertrag (Stunden)</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsgrundlage</translation>
    </message>
    <message>
        <source>Audit right</source>
        <translation>Prüfrecht</translation>
    </message>
    <message>
        <source>Contract reviewed</source>
        <translation>Vertrag geprüft am</translation>
    </message>
</context>
<context>
    <name>wl::ElementTableWidget</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Show only rows that contain this text in any column (Ctrl+F)</source>
        <translation>Nur Zeilen zeigen, die diesen Text in einer beliebigen Spalte enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
</context>
<context>
    <name>wl::ElementTabs</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Datenbestände</translation>
    </message>
</context>
<context>
    <name>wl::ExportOptionsDialog</name>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>1× (72 dpi)</source>
        <translation>1× (72 dpi)</translation>
    </message>
    <message>
        <source>2× (144 dpi)</source>
        <translation>2× (144 dpi)</translation>
    </message>
    <message>
        <source>4× (288 dpi)</source>
        <translation>4× (288 dpi)</translation>
    </message>
    <message>
        <source>&amp;Pixels per point:</source>
        <translation>&amp;Pixel pro Punkt:</translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>Automatic (A4, or A3 for large diagrams)</source>
        <translation>Automatisch (A4, bei großen Diagrammen A3)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation>&amp;Hochformat</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Fit to one page</source>
        <translation>Auf eine Seite &amp;einpassen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Each point of the diagram becomes %1 × %1 pixels.</source>
        <translation>Jeder Punkt des Diagramms wird zu %1 × %1 Pixeln.</translation>
    </message>
    <message>
        <source>The whole diagram on one page, scaled to fill it.</source>
        <translation>Das ganze Diagramm auf einer Seite, auf die Seite skaliert.</translation>
    </message>
    <message>
        <source>The diagram at its natural size, over as many pages as it needs.</source>
        <translation>Das Diagramm in natürlicher Größe, auf so vielen Seiten wie nötig.</translation>
    </message>
</context>
<context>
    <name>wl::FieldEditor</name>
    <message>
        <source>Filter by name or id…</source>
        <translation>Nach Name oder ID filtern …</translation>
    </message>
    <message>
        <source>%1
id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
</context>
<context>
    <name>wl::FilterViewDialog</name>
    <message>
        <source>Filter the Map</source>
        <translation>Karte filtern</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>The map shows only the nodes that match, and the connections between them. The model is not changed.</source>
        <translation>Die Karte zeigt nur die passenden Knoten und die Verbindungen zwischen ihnen. Das Modell bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Show nodes by:</source>
        <translation>Knoten &amp;zeigen nach:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Tier unknown</source>
        <translation>Stufe unbekannt</translation>
    </message>
    <message>
        <source>No node has one</source>
        <translation>Kein Knoten hat einen</translation>
    </message>
</context>
<context>
    <name>wl::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened document&gt;</source>
        <translation>&lt;geöffnetes Dokument&gt;</translation>
    </message>
</context>
<context>
    <name>wl::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>“%1” was read as %2: %3 nodes, %4 edges, %5 data assets, %6 flows, %7 organisations.</source>
        <translation>„%1“ wurde als %2 gelesen: %3 Knoten, %4 Kanten, %5 Datenbestände, %6 Flüsse, %7 Organisationen.</translation>
    </message>
    <message>
        <source>It was merged into the open document (%1 conflicts resolved); Undo takes the whole merge back.</source>
        <translation>Es wurde in das offene Dokument eingefügt (%1 Konflikte gelöst); Rückgängig nimmt das ganze Zusammenführen zurück.</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Abgebildet als</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Nodes by kind</source>
        <translation>Knoten nach Art</translation>
    </message>
    <message>
        <source>Edges by integration</source>
        <translation>Kanten nach Integration</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Abgebildet</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Ignored (%1)</source>
        <translation>Ignoriert (%1)</translation>
    </message>
    <message>
        <source>&amp;Select Placeholders (%1)</source>
        <translation>Platzhalter &amp;auswählen (%1)</translation>
    </message>
    <message>
        <source>Select the nodes that stand for references the file names but never defines</source>
        <translation>Die Knoten auswählen, die für Verweise stehen, die die Datei nennt, aber nie definiert</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>wl::KindPalette</name>
    <message>
        <source>Click to add a node in the middle of the canvas, or drag onto the canvas</source>
        <translation>Klicken, um einen Knoten in der Mitte der Zeichenfläche hinzuzufügen, oder auf die Zeichenfläche ziehen</translation>
    </message>
    <message>
        <source>Add a node of kind %1</source>
        <translation>Knoten der Art %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>wl::LayoutController</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Lay Out</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>Arrange the diagram automatically with Graphviz (Ctrl+L)</source>
        <translation>Diagramm automatisch mit Graphviz anordnen (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Cancel Layout</source>
        <translation>Anordnen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>&amp;Automatic (dot, sfdp above 1,500 nodes)</source>
        <translation>&amp;Automatisch (dot, sfdp ab 1.500 Knoten)</translation>
    </message>
    <message>
        <source>%1 keeps pinned nodes in place</source>
        <translation>%1 lässt fixierte Knoten an ihrem Platz</translation>
    </message>
    <message>
        <source>%1 ignores pins: pinned nodes move too</source>
        <translation>%1 ignoriert Fixierungen: Auch fixierte Knoten werden verschoben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>What Graphviz reported on the last layout; click for the list</source>
        <translation>Meldungen von Graphviz zum letzten Layout; klicken für die Liste</translation>
    </message>
    <message>
        <source>%1 ignores pins, so pinned nodes move too. Choose neato or fdp in Layout ▸ Engine to keep them in place.</source>
        <translation>%1 ignoriert Fixierungen, daher werden auch fixierte Knoten verschoben. Wählen Sie neato oder fdp unter Layout ▸ Engine, damit sie an ihrem Platz bleiben.</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>Layout abgebrochen.</translation>
    </message>
    <message>
        <source>Routing edges…</source>
        <translation>Kantenverläufe werden berechnet …</translation>
    </message>
    <message>
        <source>Laying out with %1…</source>
        <translation>Anordnen mit %1 …</translation>
    </message>
    <message>
        <source>Layout failed</source>
        <translation>Layout fehlgeschlagen</translation>
    </message>
    <message>
        <source>Layout with %1 failed: %2</source>
        <translation>Layout mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>1 layout message</source>
        <translation>1 Layout-Meldung</translation>
    </message>
    <message>
        <source>%1 layout messages</source>
        <translation>%1 Layout-Meldungen</translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translation>Layout (%1)</translation>
    </message>
    <message>
        <source>Laid out with %1 in %2.</source>
        <translation>Mit %1 in %2 angeordnet.</translation>
    </message>
    <message>
        <source>Layout Messages</source>
        <translation>Layout-Meldungen</translation>
    </message>
    <message>
        <source>What Graphviz reported on the last layout:</source>
        <translation>Meldungen von Graphviz zum letzten Layout:</translation>
    </message>
    <message numerus="yes">
        <source>Laid out with %1 in %2; %n node(s) moved or pinned meanwhile kept their place.</source>
        <translation>
            <numerusform>Mit %1 in %2 angeordnet; %n währenddessen verschobener oder fixierter Knoten behielt seinen Platz.</numerusform>
            <numerusform>Mit %1 in %2 angeordnet; %n währenddessen verschobene oder fixierte Knoten behielten ihren Platz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the layout (Esc)</source>
        <translation>Anordnung abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>wl::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Model &amp;JSON…</source>
        <translation>Modell-&amp;JSON …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Filter Table</source>
        <translation>Tabelle &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Edges</source>
        <translation>K&amp;anten</translation>
    </message>
    <message>
        <source>&amp;Data Assets</source>
        <translation>&amp;Datenbestände</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Weaklink</source>
        <translation>Ü&amp;ber Weaklink</translation>
    </message>
    <message>
        <source>About Weaklink</source>
        <translation>Über Weaklink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Weaklink %1&lt;/h3&gt;&lt;p&gt;Map an AI organisation&apos;s supply chain — every vendor, sub-processor and data flow — and stress-test it against vendor breaches.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Weaklink %1&lt;/h3&gt;&lt;p&gt;Bilden Sie die Lieferkette einer KI-Organisation ab – jeden Anbieter, Unterauftragsverarbeiter und Datenfluss – und testen Sie sie gegen Anbieter-Breaches.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation>Kein Knoten passt zu „%1“.</translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG …</translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG …</translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation>Diagramm als P&amp;DF …</translation>
    </message>
    <message>
        <source>Find &amp;Node…</source>
        <translation>K&amp;noten suchen …</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>Node &amp;Palette</source>
        <translation>Knoten&amp;palette</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Why Affected?</source>
        <translation>&amp;Warum betroffen?</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Graf&amp;iken</translation>
    </message>
    <message>
        <source>&amp;Weak Links</source>
        <translation>&amp;Schwachstellen</translation>
    </message>
    <message>
        <source>Tabletop E&amp;xercise</source>
        <translation>Pla&amp;nspiel</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>Werk&amp;zeugleiste</translation>
    </message>
    <message>
        <source>O&amp;verlay Toolbar</source>
        <translation>&amp;Overlay-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Whole Map</source>
        <translation>&amp;Ganze Karte</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <source>Select a node to show its neighbourhood.</source>
        <translation>Einen Knoten auswählen, um seine Nachbarschaft zu zeigen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The language changes when Weaklink starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Weaklink.</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood of Selection, 1 Hop</source>
        <translation>&amp;Nachbarschaft der Auswahl, 1 Schritt</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood of Selection, %1 Hops</source>
        <translation>&amp;Nachbarschaft der Auswahl, %1 Schritte</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Read a CycloneDX SBOM, a spreadsheet, a threat model or a Graphviz graph, as a new document or merged into this one</source>
        <translation>Ein CycloneDX-SBOM, eine Tabelle, ein Bedrohungsmodell oder einen Graphviz-Graphen lesen, als neues Dokument oder in dieses eingefügt</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Meldepflichten</translation>
    </message>
    <message>
        <source>&amp;Obligations</source>
        <translation>&amp;Meldepflichten</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>&amp;AI Platform (Model)</source>
        <translation>&amp;KI-Plattform (Modell)</translation>
    </message>
    <message>
        <source>Analytics &amp;Vendor Breach, Customer Told 16 Days Later</source>
        <translation>&amp;Vorfall beim Analyse-Anbieter, Kunde 16 Tage später informiert</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <source>Take Sna&amp;pshot…</source>
        <translation>Schna&amp;ppschuss aufnehmen …</translation>
    </message>
    <message>
        <source>Keep a dated copy of the model with its annual baseline in this document</source>
        <translation>Eine datierte Kopie des Modells mit seiner Jahresbasis in diesem Dokument aufbewahren</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>Sch&amp;nappschüsse</translation>
    </message>
    <message>
        <source>Board &amp;Report…</source>
        <translation>&amp;Vorstandsbericht …</translation>
    </message>
    <message>
        <source>A PDF for the board: plain language first, the map, the charts, and how every number was made</source>
        <translation>Ein PDF für den Vorstand: zuerst in einfachen Worten, dann Karte, Grafiken und wie jede Zahl entstand</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the diagram as the PDF export draws it, with a preview</source>
        <translation>Das Diagramm so drucken, wie es der PDF-Export zeichnet, mit Vorschau</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Put every dock and tool bar back where it was at first</source>
        <translation>Alle Docks und Werkzeugleisten an ihren ursprünglichen Platz zurücksetzen</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>wl::MergeConflictsDialog</name>
    <message>
        <source>Review Merge Conflicts</source>
        <translation>Konflikte beim Zusammenführen prüfen</translation>
    </message>
    <message>
        <source>%1 nodes of the imported file match nodes of the document but disagree with them. Nothing changes until you merge; the merge is one step to undo.</source>
        <translation>%1 Knoten der importierten Datei entsprechen Knoten des Dokuments, weichen aber von ihnen ab. Bis zum Zusammenführen ändert sich nichts; es lässt sich in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Imported node</source>
        <translation>Importierter Knoten</translation>
    </message>
    <message>
        <source>Document node</source>
        <translation>Knoten im Dokument</translation>
    </message>
    <message>
        <source>Differences (mine → theirs)</source>
        <translation>Unterschiede (meins → ihres)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meins behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihres übernehmen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>All: Keep &amp;Mine</source>
        <translation>Alle: &amp;Meins behalten</translation>
    </message>
    <message>
        <source>All: Take &amp;Theirs</source>
        <translation>Alle: &amp;Ihres übernehmen</translation>
    </message>
    <message>
        <source>All: Keep &amp;Both</source>
        <translation>Alle: &amp;Beide behalten</translation>
    </message>
</context>
<context>
    <name>wl::MessageListDialog</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>wl::NodeFigureModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not in the model any more</source>
        <translation>Nicht mehr im Modell</translation>
    </message>
</context>
<context>
    <name>wl::NodeItem</name>
    <message>
        <source>%1
%2 · breached (seed)</source>
        <translation>%1
%2 · kompromittiert (Ausgangspunkt)</translation>
    </message>
</context>
<context>
    <name>wl::NodeSearch</name>
    <message>
        <source>Find node…</source>
        <translation>Knoten suchen …</translation>
    </message>
    <message>
        <source>Type part of a node&apos;s name or id; Enter centres the canvas on it</source>
        <translation>Teil des Namens oder der ID eines Knotens eingeben; die Eingabetaste zentriert die Zeichenfläche darauf</translation>
    </message>
</context>
<context>
    <name>wl::ObligationsPanel</name>
    <message>
        <source>The notification rules could not be read: %1</source>
        <translation>Die Melderegeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a scenario in the Scenario dock: its breached nodes are where the clocks start.</source>
        <translation>Wählen Sie ein Szenario im Bereich „Szenario“: Mit seinen kompromittierten Knoten beginnen die Fristen.</translation>
    </message>
    <message>
        <source>“%1” simulates a year of breaches. Obligations need a breach: make it a breach of chosen nodes (Seeded) in the Scenario dock.</source>
        <translation>„%1“ simuliert ein Jahr voller Vorfälle. Meldepflichten brauchen einen Vorfall: Machen Sie daraus im Bereich „Szenario“ einen Vorfall an gewählten Knoten (Gesetzt).</translation>
    </message>
    <message>
        <source>“%1” cannot be computed: %2</source>
        <translation>„%1“ kann nicht berechnet werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision support, not legal advice.&lt;/b&gt; Rules as of %1.</source>
        <translation>&lt;b&gt;Entscheidungshilfe, keine Rechtsberatung.&lt;/b&gt; Regeln mit Stand %1.</translation>
    </message>
    <message numerus="yes">
        <source>Breach of “%1”: %n obligation(s); time left at %2.</source>
        <translation>
            <numerusform>Vorfall „%1“: %n Meldepflicht; verbleibende Zeit ab %2.</numerusform>
            <numerusform>Vorfall „%1“: %n Meldepflichten; verbleibende Zeit ab %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset / hop</source>
        <translation>Datenbestand / Weitergabe</translation>
    </message>
    <message>
        <source>DPA</source>
        <translation>AVV</translation>
    </message>
    <message>
        <source>Notification SLA</source>
        <translation>Melde-SLA</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsgrundlage</translation>
    </message>
    <message>
        <source>Audit right</source>
        <translation>Prüfrecht</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Meldepflichten</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 — owner %2; breached at its owner</source>
        <translation>%1 — Eigentümer %2; beim Eigentümer kompromittiert</translation>
    </message>
    <message>
        <source>%1 — owner %2; held by %3</source>
        <translation>%1 — Eigentümer %2; gehalten von %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no contract in the model</source>
        <translation>kein Vertrag im Modell</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>wl::ObligationsTableModel</name>
    <message>
        <source>supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>betroffene Personen</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>CSIRT</source>
        <translation>CSIRT</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <source>investors</source>
        <translation>Anleger</translation>
    </message>
    <message>
        <source>t + %1 h</source>
        <translation>t + %1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 (possibly)</source>
        <translation>%1 (möglicherweise)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2: %2 {1:?}</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Possibly applicable: the party is outside the rule&apos;s jurisdiction, but the data subjects of data it holds are inside it.</source>
        <translation>Möglicherweise anwendbar: Die Partei liegt außerhalb des Geltungsbereichs der Regel, die betroffenen Personen ihrer Daten aber darin.</translation>
    </message>
    <message>
        <source>Decision support, not legal advice.</source>
        <translation>Entscheidungshilfe, keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Zu melden an</translation>
    </message>
    <message>
        <source>Clock starts</source>
        <translation>Frist beginnt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>wl::OverlayBar</name>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation>Heatmap:</translation>
    </message>
    <message>
        <source>Fill each node by a metric of the simulation</source>
        <translation>Jeden Knoten nach einer Kennzahl der Simulation einfärben</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Time to compromise</source>
        <translation>Zeit bis zur Kompromittierung</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Schadensradius</translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation>Herkunft der Werte</translation>
    </message>
    <message>
        <source>Draw each edge by how often the compromise travelled over it</source>
        <translation>Jede Kante danach zeichnen, wie oft sich die Kompromittierung über sie ausgebreitet hat</translation>
    </message>
    <message>
        <source>Computing… 100 %</source>
        <translation>Berechnung … 100 %</translation>
    </message>
    <message>
        <source>Annual baseline</source>
        <translation>Jährliche Ausgangslage</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Computing… %1 %</source>
        <translation>Berechnung … %1 %</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechnung …</translation>
    </message>
    <message>
        <source>The values are being recomputed for the current model</source>
        <translation>Die Werte werden für das aktuelle Modell neu berechnet</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>The model changed since these values were computed</source>
        <translation>Das Modell wurde seit der Berechnung dieser Werte geändert</translation>
    </message>
    <message>
        <source>The Tabletop Exercise dock drives the canvas while it is open</source>
        <translation>Solange das Planspiel-Dock offen ist, bestimmt es die Zeichenfläche</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>How the values spread over the colours: linear, or log to tell apart small values that differ by orders of magnitude</source>
        <translation>Wie sich die Werte auf die Farben verteilen: linear, oder logarithmisch, um kleine Werte zu unterscheiden, die sich um Größenordnungen unterscheiden</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Colour each edge by its contract: personal data with no DPA, a transfer with no mechanism, an SLA longer than the statutory clock, a review over a year old (decision support, not legal advice)</source>
        <translation>Jede Kante nach ihrem Vertrag färben: personenbezogene Daten ohne AVV, eine Übermittlung ohne Grundlage, eine SLA länger als die gesetzliche Frist, eine Prüfung älter als ein Jahr (Entscheidungshilfe, keine Rechtsberatung)</translation>
    </message>
</context>
<context>
    <name>wl::OverlayController</name>
    <message>
        <source>Contracts as of %1 · decision support, not legal advice</source>
        <translation>Verträge mit Stand %1 · Entscheidungshilfe, keine Rechtsberatung</translation>
    </message>
</context>
<context>
    <name>wl::OverlayLegendWidget</name>
    <message>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>wl::OverviewWidget</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>Overview of the map</source>
        <translation>Übersicht der Karte</translation>
    </message>
    <message>
        <source>The whole map, with the part the canvas shows framed; click or drag to move the view</source>
        <translation>Die ganze Karte, der sichtbare Ausschnitt umrahmt; klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>wl::PartiesTableModel</name>
    <message>
        <source>(we were told)</source>
        <translation>(uns wurde gemeldet)</translation>
    </message>
    <message>
        <source>(breached)</source>
        <translation>(kompromittiert)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>When this party learnt of the breach, in hours from it, whatever the chain says (&quot;we were told at …&quot;). Clear the cell to follow the chain again.</source>
        <translation>Wann diese Partei vom Vorfall erfuhr, in Stunden ab dem Vorfall, unabhängig von der Kette („uns wurde gemeldet um …“). Leeren Sie die Zelle, um wieder der Kette zu folgen.</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours</source>
        <translation>„%1“ ist keine Stundenzahl</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Learnt of it</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>We were told at</source>
        <translation>Uns gemeldet um</translation>
    </message>
</context>
<context>
    <name>wl::PathsView</name>
    <message>
        <source>Data assets it holds (exposed when it falls)</source>
        <translation>Gehaltene Datenbestände (exponiert, wenn der Knoten fällt)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The share of this node&apos;s compromises that came along each path (see docs/CHARTS.md). Click a path to show it on the canvas.</source>
        <translation>Anteil der Kompromittierungen dieses Knotens, die über den jeweiligen Pfad erfolgten (siehe docs/CHARTS.md). Klicken Sie auf einen Pfad, um ihn auf der Zeichenfläche anzuzeigen.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>P(exposed)</source>
        <translation>P(exponiert)</translation>
    </message>
    <message>
        <source>No simulation result yet: run a scenario to see why a node is affected.</source>
        <translation>Noch kein Simulationsergebnis: Führen Sie ein Szenario aus, um zu sehen, warum ein Knoten betroffen ist.</translation>
    </message>
    <message>
        <source>Select a node to see how it was most likely compromised.</source>
        <translation>Wählen Sie einen Knoten aus, um zu sehen, wie er am wahrscheinlichsten kompromittiert wurde.</translation>
    </message>
    <message>
        <source>This result does not match the model.</source>
        <translation>Dieses Ergebnis passt nicht zum Modell.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was never compromised in this run.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde in diesem Lauf nie kompromittiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was compromised in %2 of the trials. Its most likely paths, by the share of those compromises that came that way:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde in %2 der Durchläufe kompromittiert. Die wahrscheinlichsten Pfade, nach dem Anteil der Kompromittierungen, die auf diesem Weg erfolgten:</translation>
    </message>
    <message>
        <source> (the search stopped early: there may be likelier paths)</source>
        <translation> (die Suche wurde vorzeitig beendet: Es kann wahrscheinlichere Pfade geben)</translation>
    </message>
    <message>
        <source>%1 was a seed of the scenario</source>
        <translation>%1 war ein Startknoten des Szenarios</translation>
    </message>
    <message>
        <source>%1 was breached directly</source>
        <translation>%1 wurde direkt kompromittiert</translation>
    </message>
    <message>
        <source>initially compromised: %1</source>
        <translation>anfangs kompromittiert: %1</translation>
    </message>
    <message>
        <source>%1 → %2 over edge %3%4</source>
        <translation>%1 → %2 über Kante %3%4</translation>
    </message>
    <message>
        <source> (backwards)</source>
        <translation> (rückwärts)</translation>
    </message>
    <message>
        <source>%1 (initially compromised)</source>
        <translation>%1 (anfangs kompromittiert)</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>im Besitz von %1</translation>
    </message>
    <message>
        <source>a copy from %1</source>
        <translation>eine Kopie von %1</translation>
    </message>
    <message>
        <source>It holds no data assets.</source>
        <translation>Dieser Knoten hält keine Datenbestände.</translation>
    </message>
</context>
<context>
    <name>wl::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (by the model’s size)</source>
        <translation>Automatisch (nach Größe des Modells)</translation>
    </message>
    <message>
        <source>The Graphviz engine Lay Out and newly opened models use</source>
        <translation>Die Graphviz-Engine für „Anordnen“ und neu geöffnete Modelle</translation>
    </message>
    <message>
        <source>Trials of the annual baseline behind the heatmaps, and of new scenarios</source>
        <translation>Durchläufe der Jahres-Basislinie hinter den Heatmaps und neuer Szenarien</translation>
    </message>
    <message>
        <source>The same seed and trials give the same figures, on any machine</source>
        <translation>Gleicher Startwert und gleiche Durchläufe ergeben auf jedem Rechner dieselben Zahlen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>How times are shown; they are entered and stored in hours</source>
        <translation>Wie Zeiten angezeigt werden; eingegeben und gespeichert werden sie in Stunden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only after 50 steps</source>
        <translation>Nur nach 50 Schritten</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied for recovery after a crash</source>
        <translation>Wie oft ungesicherte Änderungen für die Wiederherstellung nach einem Absturz kopiert werden</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Changes when Weaklink starts again</source>
        <translation>Wirkt beim nächsten Start von Weaklink</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Layout engine:</source>
        <translation>&amp;Anordnungs-Engine:</translation>
    </message>
    <message>
        <source>&amp;Trials:</source>
        <translation>&amp;Durchläufe:</translation>
    </message>
    <message>
        <source>&amp;Random seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Durations in:</source>
        <translation>Dauern &amp;in:</translation>
    </message>
    <message>
        <source>Recovery &amp;copy every:</source>
        <translation>&amp;Wiederherstellungskopie alle:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>The random seed must be a whole number from 0 to %1.</source>
        <translation>Der Startwert muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>Dark &amp;map and diagram exports</source>
        <translation>Dunkle &amp;Karte und Diagramm-Exporte</translation>
    </message>
    <message>
        <source>The window&apos;s colours; the map keeps its own</source>
        <translation>Die Farben des Fensters; die Karte behält ihre eigenen</translation>
    </message>
    <message>
        <source>The map, its legends and diagram exports on dark paper; the board report stays light</source>
        <translation>Karte, Legenden und Diagramm-Exporte auf dunklem Grund; der Vorstandsbericht bleibt hell</translation>
    </message>
</context>
<context>
    <name>wl::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Model JSON key: %1</source>
        <translation>Schlüssel im Modell-JSON: %1</translation>
    </message>
    <message>
        <source>required, unique</source>
        <translation>erforderlich, eindeutig</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <source>e.g. US, EU, DE</source>
        <translation>z. B. US, EU, DE</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>Data assets owned</source>
        <translation>Eigene Datenbestände</translation>
    </message>
    <message>
        <source>Add data asset</source>
        <translation>Datenbestand hinzufügen</translation>
    </message>
    <message>
        <source>Add a data asset owned by this node</source>
        <translation>Einen Datenbestand hinzufügen, dessen Eigentümer dieser Knoten ist</translation>
    </message>
    <message>
        <source>%1 elements selected</source>
        <translation>%1 Elemente ausgewählt</translation>
    </message>
    <message>
        <source>Select a node, an edge or a data asset to see and edit its properties.</source>
        <translation>Wählen Sie einen Knoten, eine Kante oder einen Datenbestand aus, um die Eigenschaften anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2): show its properties</source>
        <translation>%1 (%2): Eigenschaften anzeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete data asset %1; edges stop carrying it</source>
        <translation>Datenbestand %1 löschen; Kanten übertragen ihn nicht mehr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vertrag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The agreement behind this flow; the notification obligations and the contract overlay read it</source>
        <translation>Die Vereinbarung hinter diesem Datenfluss; die Meldepflichten und das Vertrags-Overlay lesen sie</translation>
    </message>
    <message>
        <source>where the people are, e.g. EU, US-CA</source>
        <translation>wo die Personen sind, z. B. EU, US-CA</translation>
    </message>
    <message>
        <source>none (24 h assumed)</source>
        <translation>keine (24 h angenommen)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>wl::RankingPane</name>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Trials per node, for each ranking</source>
        <translation>Durchläufe je Knoten, für jede Rangliste</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same figures</source>
        <translation>Zufallsstartwert: Derselbe Startwert ergibt dieselben Zahlen</translation>
    </message>
    <message>
        <source>Compute the blast radius and the hardening gain of every node</source>
        <translation>Schadensradius und Härtungsgewinn jedes Knotens berechnen</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Compute the rankings again on the model as it is now</source>
        <translation>Die Ranglisten für den aktuellen Stand des Modells neu berechnen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Show the nodes whose id or name contains this text</source>
        <translation>Knoten anzeigen, deren ID oder Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Blast radius:
other nodes</source>
        <translation>Schadensradius:
andere Knoten</translation>
    </message>
    <message>
        <source>Blast radius: expected number of other nodes compromised when this node alone is breached at hour 0</source>
        <translation>Schadensradius: erwartete Anzahl anderer kompromittierter Knoten, wenn nur dieser Knoten zur Stunde 0 kompromittiert wird</translation>
    </message>
    <message>
        <source>Blast radius:
records</source>
        <translation>Schadensradius:
Datensätze</translation>
    </message>
    <message>
        <source>Blast radius: expected exposed records when this node alone is breached at hour 0</source>
        <translation>Schadensradius: erwartete exponierte Datensätze, wenn nur dieser Knoten zur Stunde 0 kompromittiert wird</translation>
    </message>
    <message>
        <source>Hardening gain:
records</source>
        <translation>Härtungsgewinn:
Datensätze</translation>
    </message>
    <message>
        <source>Expected exposed records a year saves if this node is hardened (control strength 1, breach likelihood 0), annual scenario, same random draws</source>
        <translation>Pro Jahr eingesparte erwartete exponierte Datensätze, wenn dieser Knoten gehärtet wird (Kontrollstärke 1, Breach-Wahrscheinlichkeit 0), jährliches Szenario, gleiche Zufallsziehungen</translation>
    </message>
    <message>
        <source>Vendors
above it</source>
        <translation>Anbieter
darüber</translation>
    </message>
    <message>
        <source>How many of our direct vendors (tier 1) depend on this node, directly or through others: they reach it along the flows of data</source>
        <translation>Wie viele unserer direkten Anbieter (Ebene 1) von diesem Knoten abhängen, direkt oder über andere: Sie erreichen ihn entlang der Datenflüsse</translation>
    </message>
    <message>
        <source>Records
if it falls</source>
        <translation>Datensätze
bei Ausfall</translation>
    </message>
    <message>
        <source>Fourth-party concentration: every node beyond our own services, with how many of our vendors sit above it and what its breach alone would expose. Nodes under many vendors are single points of failure the vendor list does not show.</source>
        <translation>Konzentration bei Viertparteien: jeder Knoten jenseits unserer eigenen Dienste, mit der Zahl unserer Anbieter darüber und dem, was ein Sicherheitsvorfall allein bei ihm offenlegen würde. Knoten unter vielen Anbietern sind Single Points of Failure, die die Anbieterliste nicht zeigt.</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Fourth parties</source>
        <translation>Viertparteien</translation>
    </message>
</context>
<context>
    <name>wl::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>wl::Recovery</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Recover unsaved changes to “%1” from %2?</source>
        <translation>Ungesicherte Änderungen an „%1“ von %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>Weaklink closed without saving them. Recover opens them as unsaved changes; the file itself stays as it is until you save. Later asks again at the next start.</source>
        <translation>Weaklink wurde beendet, ohne sie zu speichern. „Wiederherstellen“ öffnet sie als ungesicherte Änderungen; die Datei selbst bleibt unverändert, bis Sie speichern. „Später“ fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder or its lock</source>
        <translation>%1: Wiederherstellungsordner oder seine Sperre kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>wl::ResultsView</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>P(compromised)</source>
        <translation>P(kompromittiert)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>P(exposed)</source>
        <translation>P(exponiert)</translation>
    </message>
    <message>
        <source>Expected exposed</source>
        <translation>Erwartet exponiert</translation>
    </message>
    <message>
        <source>Fraction of trials in which the node was compromised</source>
        <translation>Anteil der Durchläufe, in denen der Knoten kompromittiert wurde</translation>
    </message>
    <message>
        <source>Wilson score interval at 95 % for that fraction</source>
        <translation>Wilson-Konfidenzintervall (95 %) für diesen Anteil</translation>
    </message>
    <message>
        <source>Mean time to compromise: hours from the start of a trial, over the trials in which the node was compromised</source>
        <translation>Mittlere Zeit bis zur Kompromittierung: Stunden ab Beginn eines Durchlaufs, gemittelt über die Durchläufe, in denen der Knoten kompromittiert wurde</translation>
    </message>
    <message>
        <source>Fraction of trials in which a holder of the asset (its owner or a node it flows to) was compromised</source>
        <translation>Anteil der Durchläufe, in denen ein Halter des Datenbestands (sein Eigentümer oder ein Knoten, zu dem er fließt) kompromittiert wurde</translation>
    </message>
    <message>
        <source>Expected exposed records: records × P(exposed)</source>
        <translation>Erwartete exponierte Datensätze: Datensätze × P(exponiert)</translation>
    </message>
    <message>
        <source>Not in the model any more</source>
        <translation>Nicht mehr im Modell</translation>
    </message>
    <message>
        <source>Never compromised</source>
        <translation>Nie kompromittiert</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Show the rows whose id, name or category contains this text</source>
        <translation>Zeilen anzeigen, deren ID, Name oder Kategorie diesen Text enthält</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Datenbestände</translation>
    </message>
    <message>
        <source>Expected exposed records: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Mean compromised nodes: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3 trials</source>
        <translation>Erwartete exponierte Datensätze: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Mittlere Anzahl kompromittierter Knoten: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3 Durchläufe</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>wl::ScenarioDock</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>„%1“ läuft</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;: %2 of %3 trials</source>
        <translation>„%1“ läuft: %2 von %3 Durchläufen</translation>
    </message>
    <message>
        <source>The scenarios of this document; double-click to rename</source>
        <translation>Die Szenarien dieses Dokuments; zum Umbenennen doppelklicken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of this scenario&apos;s settings</source>
        <translation>Eine Kopie der Einstellungen dieses Szenarios hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename this scenario</source>
        <translation>Dieses Szenario umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this scenario and its result</source>
        <translation>Dieses Szenario und sein Ergebnis löschen</translation>
    </message>
    <message>
        <source>Seeded</source>
        <translation>Mit Startknoten</translation>
    </message>
    <message>
        <source>The seed nodes are breached at their start times</source>
        <translation>Die Startknoten werden zu ihren Startzeiten kompromittiert</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Every node is breached at hour 0 with its annual breach likelihood</source>
        <translation>Jeder Knoten wird zur Stunde 0 mit seiner jährlichen Breach-Wahrscheinlichkeit kompromittiert</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Scenario JSON key: mode</source>
        <translation>Schlüssel im Szenario-JSON: mode</translation>
    </message>
    <message>
        <source>Start (h)</source>
        <translation>Start (h)</translation>
    </message>
    <message>
        <source>Breach this node at the given hour (seeded mode)</source>
        <translation>Diesen Knoten zur angegebenen Stunde kompromittieren (Modus „Mit Startknoten“)</translation>
    </message>
    <message>
        <source>Cut off at (h)</source>
        <translation>Getrennt ab (h)</translation>
    </message>
    <message>
        <source>From the given hour, no compromise crosses this node&apos;s connections</source>
        <translation>Ab der angegebenen Stunde breitet sich keine Kompromittierung über die Verbindungen dieses Knotens aus</translation>
    </message>
    <message>
        <source>Change seeds of scenario &quot;%1&quot;</source>
        <translation>Startknoten von Szenario „%1“ ändern</translation>
    </message>
    <message>
        <source>Change severance of scenario &quot;%1&quot;</source>
        <translation>Trennungen von Szenario „%1“ ändern</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Startknoten:</translation>
    </message>
    <message>
        <source>The nodes breached first, and when</source>
        <translation>Die zuerst kompromittierten Knoten und wann</translation>
    </message>
    <message>
        <source>Severance:</source>
        <translation>Trennung:</translation>
    </message>
    <message>
        <source>A response plan: nodes cut off from their connections, and when</source>
        <translation>Ein Maßnahmenplan: Knoten, die von ihren Verbindungen getrennt werden, und wann</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>Number of simulated breaches; more trials, narrower intervals</source>
        <translation>Anzahl simulierter Sicherheitsvorfälle; mehr Durchläufe ergeben engere Intervalle</translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation>Zufallsstartwert:</translation>
    </message>
    <message>
        <source>The same seed, trials and model give the same result, bit for bit</source>
        <translation>Gleicher Startwert, gleiche Durchläufe und gleiches Modell ergeben bitgenau dasselbe Ergebnis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizont:</translation>
    </message>
    <message>
        <source>Count only compromises within this many hours; empty for no limit</source>
        <translation>Nur Kompromittierungen innerhalb dieser Anzahl Stunden zählen; leer für keine Begrenzung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Simulate this scenario</source>
        <translation>Dieses Szenario simulieren</translation>
    </message>
    <message>
        <source>Breach Selected Node</source>
        <translation>Ausgewählten Knoten kompromittieren</translation>
    </message>
    <message>
        <source>Make a seeded scenario of the selected node and run it</source>
        <translation>Ein Szenario mit dem ausgewählten Knoten als Startknoten erstellen und ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No scenarios yet: add one, or select a node and choose Breach Selected Node.</source>
        <translation>Noch keine Szenarien: Fügen Sie eines hinzu, oder wählen Sie einen Knoten aus und dann „Ausgewählten Knoten kompromittieren“.</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Stale: the model changed during the run, so this result was not stored</source>
        <translation>Veraltet: Das Modell wurde während des Laufs geändert, daher wurde dieses Ergebnis nicht gespeichert</translation>
    </message>
    <message>
        <source>Stale: the model changed since this result</source>
        <translation>Veraltet: Das Modell wurde seit diesem Ergebnis geändert</translation>
    </message>
    <message>
        <source>Stale: the scenario changed since this result</source>
        <translation>Veraltet: Das Szenario wurde seit diesem Ergebnis geändert</translation>
    </message>
    <message>
        <source>Result from %1, %2 trials</source>
        <translation>Ergebnis von %1, %2 Durchläufe</translation>
    </message>
    <message>
        <source>Saved result, %1 trials</source>
        <translation>Gespeichertes Ergebnis, %1 Durchläufe</translation>
    </message>
    <message>
        <source>Breach of %1</source>
        <translation>Sicherheitsvorfall bei %1</translation>
    </message>
    <message>
        <source>Breach node &quot;%1&quot;</source>
        <translation>Knoten „%1“ kompromittieren</translation>
    </message>
    <message>
        <source>Trials are a whole number from 1 to %1.</source>
        <translation>Die Anzahl der Durchläufe ist eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>Change trials of scenario &quot;%1&quot;</source>
        <translation>Durchläufe von Szenario „%1“ ändern</translation>
    </message>
    <message>
        <source>The random seed is a whole number from 0 to %1.</source>
        <translation>Der Zufallsstartwert ist eine ganze Zahl von 0 bis %1.</translation>
    </message>
    <message>
        <source>Change random seed of scenario &quot;%1&quot;</source>
        <translation>Zufallsstartwert von Szenario „%1“ ändern</translation>
    </message>
    <message>
        <source>The horizon is a number of hours, 0 or more; empty for none.</source>
        <translation>Der Horizont ist eine Stundenzahl ab 0; leer für keinen.</translation>
    </message>
    <message>
        <source>Change horizon of scenario &quot;%1&quot;</source>
        <translation>Horizont von Szenario „%1“ ändern</translation>
    </message>
    <message>
        <source>Change mode of scenario &quot;%1&quot;</source>
        <translation>Modus von Szenario „%1“ ändern</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>The stored result is not readable: %1</source>
        <translation>Das gespeicherte Ergebnis ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>wl::ScenarioListModel</name>
    <message>
        <source>Seeded, %1 trials</source>
        <translation>Mit Startknoten, %1 Durchläufe</translation>
    </message>
    <message>
        <source>Annual, %1 trials</source>
        <translation>Jährlich, %1 Durchläufe</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Szenario „%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>wl::SnapshotWindow</name>
    <message>
        <source>Snapshot “%1” of %2 (read-only) — Weaklink</source>
        <translation>Schnappschuss „%1“ vom %2 (schreibgeschützt) — Weaklink</translation>
    </message>
    <message>
        <source>Read-only: the model as it was on %1.</source>
        <translation>Schreibgeschützt: das Modell, wie es am %1 war.</translation>
    </message>
    <message>
        <source>Read-only: the model as it was on %1. %2</source>
        <translation>Schreibgeschützt: das Modell, wie es am %1 war. %2</translation>
    </message>
</context>
<context>
    <name>wl::SnapshotsPanel</name>
    <message>
        <source>Expected records exposed a year (annual baseline, %1 trials, random seed %2)</source>
        <translation>Erwartete exponierte Datensätze pro Jahr (Jahresbasis, %1 Durchläufe, Zufallsstartwert %2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records exposed a year</source>
        <translation>Exponierte Datensätze pro Jahr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>Schnappschuss aufnehmen …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep a dated copy of the model as it is now, with its annual baseline, in this document</source>
        <translation>Eine datierte Kopie des Modells, wie es jetzt ist, mit seiner Jahresbasis in diesem Dokument aufbewahren</translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s map, read-only, in a window of its own</source>
        <translation>Die Karte des Schnappschusses schreibgeschützt in einem eigenen Fenster zeigen</translation>
    </message>
    <message>
        <source>Delete the snapshot from the document (undoable)</source>
        <translation>Den Schnappschuss aus dem Dokument löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>A snapshot keeps the model as it is today, so that a later report can say what changed since.</source>
        <translation>Ein Schnappschuss hält das Modell fest, wie es heute ist, damit ein späterer Bericht sagen kann, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Schnappschuss aufnehmen</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Schnappschuss %1</translation>
    </message>
    <message>
        <source>What this snapshot is for (optional)</source>
        <translation>Wofür dieser Schnappschuss ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>The model is kept as it is now, with its annual baseline (10,000 trials, random seed 1).</source>
        <translation>Das Modell wird festgehalten, wie es jetzt ist, mit seiner Jahresbasis (10.000 Durchläufe, Zufallsstartwert 1).</translation>
    </message>
    <message>
        <source>Cancelled: no snapshot was taken.</source>
        <translation>Abgebrochen: Es wurde kein Schnappschuss aufgenommen.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>Der Schnappschuss konnte nicht aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>The snapshot could not be kept: %1</source>
        <translation>Der Schnappschuss konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken.</source>
        <translation>Schnappschuss „%1“ aufgenommen.</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken; it is saved with the document.</source>
        <translation>Schnappschuss „%1“ aufgenommen; er wird mit dem Dokument gespeichert.</translation>
    </message>
    <message>
        <source>Computing the annual baseline of “%1”…</source>
        <translation>Die Jahresbasis von „%1“ wird berechnet …</translation>
    </message>
    <message>
        <source>The snapshot cannot be opened: %1</source>
        <translation>Der Schnappschuss kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>What changed since the snapshot: on the map and in words</source>
        <translation>Was sich seit dem Schnappschuss geändert hat: auf der Karte und in Worten</translation>
    </message>
    <message>
        <source>Choose a snapshot to compare with.</source>
        <translation>Wählen Sie einen Schnappschuss zum Vergleichen.</translation>
    </message>
    <message>
        <source>snapshot “%1”</source>
        <translation>Schnappschuss „%1“</translation>
    </message>
    <message>
        <source>the model now</source>
        <translation>dem aktuellen Modell</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Abgebrochen: Es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>“%1” cannot be compared: %2</source>
        <translation>„%1“ kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>Compared with “%1”.</source>
        <translation>Mit „%1“ verglichen.</translation>
    </message>
    <message>
        <source>Comparing “%1” with the model now…</source>
        <translation>„%1“ wird mit dem aktuellen Modell verglichen …</translation>
    </message>
</context>
<context>
    <name>wl::TimedNodeList</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node id or name</source>
        <translation>Knoten-ID oder -Name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of the model: the scenario cannot run</source>
        <translation>„%1“ ist kein Knoten des Modells: Das Szenario kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Choose a node first.</source>
        <translation>Wählen Sie zuerst einen Knoten aus.</translation>
    </message>
    <message>
        <source>There is no node &quot;%1&quot;.</source>
        <translation>Es gibt keinen Knoten „%1“.</translation>
    </message>
    <message>
        <source>A time is a number of hours, 0 or more.</source>
        <translation>Eine Zeitangabe ist eine Stundenzahl ab 0.</translation>
    </message>
</context>
<context>
    <name>wl::WeakLinksDock</name>
    <message>
        <source>annual</source>
        <translation>jährlich</translation>
    </message>
    <message numerus="yes">
        <source>seeded with %n node(s)</source>
        <translation>
            <numerusform>mit %n Startknoten</numerusform>
            <numerusform>mit %n Startknoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n severance(s)</source>
        <translation>
            <numerusform>, %n Trennung</numerusform>
            <numerusform>, %n Trennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 trials, rng seed %3</source>
        <translation>%1, %2 Durchläufe, Zufallsstartwert %3</translation>
    </message>
    <message>
        <source>%1 hardened</source>
        <translation>%1 gehärtet</translation>
    </message>
    <message>
        <source>Weak links</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>No rankings yet: Compute finds the weak links.</source>
        <translation>Noch keine Ranglisten: „Berechnen“ ermittelt die Schwachstellen.</translation>
    </message>
    <message>
        <source>Select a node, then sever or harden it to compare the scenario with and without the change.</source>
        <translation>Wählen Sie einen Knoten aus und trennen oder härten Sie ihn, um das Szenario mit und ohne die Änderung zu vergleichen.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation>Der Startwert muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>The model has no nodes to rank.</source>
        <translation>Das Modell enthält keine Knoten für eine Rangliste.</translation>
    </message>
    <message numerus="yes">
        <source>Computing both rankings for %n node(s), %1 trials each…</source>
        <translation>
            <numerusform>Beide Ranglisten werden für %n Knoten berechnet, je %1 Durchläufe …</numerusform>
            <numerusform>Beide Ranglisten werden für %n Knoten berechnet, je %1 Durchläufe …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The sever time must be a number of hours ≥ 0.</source>
        <translation>Der Trennungszeitpunkt muss eine Stundenzahl ≥ 0 sein.</translation>
    </message>
    <message>
        <source>The scenario cannot run: %1.</source>
        <translation>Das Szenario kann nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>Select a node of the model first.</source>
        <translation>Wählen Sie zuerst einen Knoten des Modells aus.</translation>
    </message>
    <message>
        <source>Running «%1» with and without the change: %2…</source>
        <translation>„%1“ wird mit und ohne die Änderung ausgeführt: %2 …</translation>
    </message>
    <message>
        <source>The run failed: %1.</source>
        <translation>Der Lauf ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Vendor: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Anbieter: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vendor: none selected</source>
        <translation>Anbieter: keiner ausgewählt</translation>
    </message>
    <message>
        <source>Baseline: «%1» — %2</source>
        <translation>Ausgangslage: „%1“ — %2</translation>
    </message>
    <message>
        <source>Computed at %1 with %2 trials per node, rng seed %3.</source>
        <translation>Berechnet um %1 mit %2 Durchläufen je Knoten, Zufallsstartwert %3.</translation>
    </message>
    <message>
        <source>Stale: the model has changed since these figures were computed at %1.</source>
        <translation>Veraltet: Das Modell wurde geändert, seit diese Zahlen um %1 berechnet wurden.</translation>
    </message>
    <message>
        <source>Baseline against %1; both runs with the same random draws.</source>
        <translation>Ausgangslage im Vergleich zu „%1“; beide Läufe mit denselben Zufallsziehungen.</translation>
    </message>
    <message>
        <source>Stale: the model or the scenario has changed since this comparison of %1 was run.</source>
        <translation>Veraltet: Das Modell oder das Szenario wurde geändert, seit dieser Vergleich (%1) ausgeführt wurde.</translation>
    </message>
    <message>
        <source>, horizon %1</source>
        <translation>, Horizont %1</translation>
    </message>
    <message>
        <source>%1 severed at %2</source>
        <translation>%1 getrennt bei %2</translation>
    </message>
</context>
<context>
    <name>wl::WhatIfPane</name>
    <message>
        <source>Sever this vendor</source>
        <translation>Diesen Anbieter trennen</translation>
    </message>
    <message>
        <source>Harden this vendor</source>
        <translation>Diesen Anbieter härten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nodes whose probability of compromise changed most:</source>
        <translation>Knoten, deren Kompromittierungswahrscheinlichkeit sich am stärksten geändert hat:</translation>
    </message>
    <message>
        <source>Add a severance of the node at the given hour to the scenario</source>
        <translation>Dem Szenario eine Trennung des Knotens zur angegebenen Stunde hinzufügen</translation>
    </message>
    <message>
        <source>Hours after the start of the scenario</source>
        <translation>Stunden nach Beginn des Szenarios</translation>
    </message>
    <message>
        <source>Run the scenario on a copy of the model with the node&apos;s control strength 1 and breach likelihood 0</source>
        <translation>Das Szenario auf einer Kopie des Modells ausführen, in der der Knoten Kontrollstärke 1 und Breach-Wahrscheinlichkeit 0 hat</translation>
    </message>
    <message>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Probability of compromise in the baseline</source>
        <translation>Kompromittierungswahrscheinlichkeit in der Ausgangslage</translation>
    </message>
    <message>
        <source>Probability of compromise with the change</source>
        <translation>Kompromittierungswahrscheinlichkeit mit der Änderung</translation>
    </message>
    <message>
        <source>Change in percentage points</source>
        <translation>Änderung in Prozentpunkten</translation>
    </message>
    <message>
        <source>Expected exposed records</source>
        <translation>Erwartete exponierte Datensätze</translation>
    </message>
    <message>
        <source>Expected compromised nodes</source>
        <translation>Erwartete kompromittierte Knoten</translation>
    </message>
</context>
<context>
    <name>wl::analysis</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data asset(s)</source>
        <translation>
            <numerusform>%n Datenbestand</numerusform>
            <numerusform>%n Datenbestände</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed
</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert
</translation>
    </message>
    <message>
        <source>From %1 (%2) to %3 (%4)
</source>
        <translation>Von %1 (%2) zu %3 (%4)
</translation>
    </message>
    <message>
        <source>The models are the same (positions aside).
</source>
        <translation>Die Modelle sind gleich (von Positionen abgesehen).
</translation>
    </message>
    <message>
        <source>Name: %1 → %2
</source>
        <translation>Name: %1 → %2
</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Datenbestände</translation>
    </message>
    <message>
        <source>New vendors (tier 1): %1
</source>
        <translation>Neue Anbieter (Stufe 1): %1
</translation>
    </message>
    <message>
        <source>New sub-processors (tier 2 and beyond): %1
</source>
        <translation>Neue Unterauftragsverarbeiter (ab Stufe 2): %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1 now reaches %n more organisation(s): %2
</source>
        <translation>
            <numerusform>%1 erreicht jetzt %n weitere Organisation: %2
</numerusform>
            <numerusform>%1 erreicht jetzt %n weitere Organisationen: %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer reaches %n organisation(s): %2
</source>
        <translation>
            <numerusform>%1 erreicht %n Organisation nicht mehr: %2
</numerusform>
            <numerusform>%1 erreicht %n Organisationen nicht mehr: %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual baseline (%1 trials, rng seed %2; blast radius %3 trials per node):
</source>
        <translation>Jahres-Basislinie (%1 Durchläufe, Seed %2; Schadensradius %3 Durchläufe je Knoten):
</translation>
    </message>
    <message>
        <source>  Expected records exposed a year: %1 → %2 (%3)
</source>
        <translation>  Erwartete exponierte Datensätze pro Jahr: %1 → %2 (%3)
</translation>
    </message>
    <message>
        <source>  %1: no node changed
</source>
        <translation>  %1: kein Knoten verändert
</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n node(s) changed
</source>
        <translation>
            <numerusform>  %1: %n Knoten verändert
</numerusform>
            <numerusform>  %1: %n Knoten verändert
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more
</source>
        <translation>
            <numerusform>    … und %n weiterer
</numerusform>
            <numerusform>    … und %n weitere
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::charts::ChartBuilders</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Likelihood: probability of compromise</source>
        <translation>Wahrscheinlichkeit der Kompromittierung</translation>
    </message>
    <message>
        <source>0–1 %</source>
        <translation>0–1 %</translation>
    </message>
    <message>
        <source>1–5 %</source>
        <translation>1–5 %</translation>
    </message>
    <message>
        <source>5–20 %</source>
        <translation>5–20 %</translation>
    </message>
    <message>
        <source>20–50 %</source>
        <translation>20–50 %</translation>
    </message>
    <message>
        <source>≥ 50 %</source>
        <translation>≥ 50 %</translation>
    </message>
    <message>
        <source>0–10³</source>
        <translation>0–10³</translation>
    </message>
    <message>
        <source>10³–10⁵</source>
        <translation>10³–10⁵</translation>
    </message>
    <message>
        <source>10⁵–10⁷</source>
        <translation>10⁵–10⁷</translation>
    </message>
    <message>
        <source>10⁷–10⁹</source>
        <translation>10⁷–10⁹</translation>
    </message>
    <message>
        <source>≥ 10⁹</source>
        <translation>≥ 10⁹</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), by risk:</source>
        <translation>
            <numerusform>%n Knoten, nach Risiko:</numerusform>
            <numerusform>%n Knoten, nach Risiko:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1
probability of compromise %2
impact %3</source>
        <translation>%1
Kompromittierungswahrscheinlichkeit %2
Auswirkung %3</translation>
    </message>
    <message>
        <source>Compromised nodes per trial</source>
        <translation>Kompromittierte Knoten je Durchlauf</translation>
    </message>
    <message>
        <source>Share of trials</source>
        <translation>Anteil der Durchläufe</translation>
    </message>
    <message>
        <source>%1 of %2 trials (%3)</source>
        <translation>%1 von %2 Durchläufen (%3)</translation>
    </message>
    <message>
        <source>Compromised nodes, seeds included</source>
        <translation>Kompromittierte Knoten, einschließlich Startknoten</translation>
    </message>
    <message>
        <source>Expected exposed records by data category</source>
        <translation>Erwartete exponierte Datensätze nach Datenkategorie</translation>
    </message>
    <message>
        <source>Expected exposed records</source>
        <translation>Erwartete exponierte Datensätze</translation>
    </message>
    <message>
        <source>%1: %2 records expected</source>
        <translation>%1: %2 Datensätze erwartet</translation>
    </message>
    <message>
        <source>Probability of compromise over time</source>
        <translation>Kompromittierungswahrscheinlichkeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>This result has no timeline: run the scenario again.</source>
        <translation>Dieses Ergebnis hat keine Zeitleiste: Führen Sie das Szenario erneut aus.</translation>
    </message>
    <message>
        <source>Select one or more nodes to see their curves.</source>
        <translation>Wählen Sie einen oder mehrere Knoten aus, um ihre Kurven zu sehen.</translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation>Stunden seit Beginn</translation>
    </message>
    <message>
        <source>%1 (final)</source>
        <translation>%1 (Endwert)</translation>
    </message>
    <message>
        <source>Loss exceedance: P(exposed records &gt; x)</source>
        <translation>Schadensüberschreitung: P(exponierte Datensätze &gt; x)</translation>
    </message>
    <message>
        <source>No trials.</source>
        <translation>Keine Durchläufe.</translation>
    </message>
    <message>
        <source>No trial exposed any records.</source>
        <translation>In keinem Durchlauf wurden Datensätze exponiert.</translation>
    </message>
    <message>
        <source>mean %1 records; some exposure in %2 of the trials</source>
        <translation>Mittelwert %1 Datensätze; Exposition in %2 der Durchläufe</translation>
    </message>
    <message>
        <source>Exposed records x (log scale)</source>
        <translation>Offengelegte Datensätze x (log. Skala)</translation>
    </message>
    <message>
        <source>Risk matrix: likelihood × impact (records × sensitivity held)</source>
        <translation>Risikomatrix: Wahrscheinlichkeit × Auswirkung (gehaltene Datensätze × Sensibilität)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>P(compromised)</source>
        <translation>P(kompromittiert)</translation>
    </message>
    <message>
        <source>P(records &gt; x)</source>
        <translation>P(Datensätze &gt; x)</translation>
    </message>
</context>
<context>
    <name>wl::charts::ChartExport</name>
    <message>
        <source>%1: unknown picture format &quot;%2&quot; (use .png or .svg)</source>
        <translation>%1: unbekanntes Bildformat „%2“ (.png oder .svg verwenden)</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded</source>
        <translation>%1: Das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Chart exported by Weaklink</source>
        <translation>Mit Weaklink exportierte Grafik</translation>
    </message>
</context>
<context>
    <name>wl::charts::ChartsPanel</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Compromised nodes</source>
        <translation>Kompromittierte Knoten</translation>
    </message>
    <message>
        <source>Exposed records</source>
        <translation>Exponierte Datensätze</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Loss exceedance</source>
        <translation>Schadensüberschreitung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the chart on show as a picture</source>
        <translation>Die angezeigte Grafik als Bild exportieren</translation>
    </message>
    <message>
        <source>As PNG…</source>
        <translation>Als PNG …</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>Als SVG …</translation>
    </message>
    <message>
        <source>%1 trials: %2 nodes compromised and %3 records exposed on average</source>
        <translation>%1 Durchläufe: durchschnittlich %2 kompromittierte Knoten und %3 exponierte Datensätze</translation>
    </message>
    <message>
        <source>No simulation result yet: run a scenario.</source>
        <translation>Noch kein Simulationsergebnis: Führen Sie ein Szenario aus.</translation>
    </message>
    <message>
        <source>The model has no data assets.</source>
        <translation>Das Modell enthält keine Datenbestände.</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafik exportieren</translation>
    </message>
</context>
<context>
    <name>wl::fieldediting</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>wl::render</name>
    <message>
        <source>Likelihood of compromise</source>
        <translation>Wahrscheinlichkeit der Kompromittierung</translation>
    </message>
    <message>
        <source>Exposure (expected records held)</source>
        <translation>Exposition (erwartete gehaltene Datensätze)</translation>
    </message>
    <message>
        <source>Risk (records × sensitivity)</source>
        <translation>Risiko (Datensätze × Sensibilität)</translation>
    </message>
    <message>
        <source>Mean time to compromise</source>
        <translation>Mittlere Zeit bis zur Kompromittierung</translation>
    </message>
    <message>
        <source>Blast radius (other nodes compromised)</source>
        <translation>Schadensradius (weitere kompromittierte Knoten)</translation>
    </message>
    <message>
        <source>Supply-chain map · %1 nodes · %2 connections · %3 organisations</source>
        <translation>Lieferkettenkarte · %1 Knoten · %2 Verbindungen · %3 Organisationen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Data / calls flow source → target</source>
        <translation>Daten / Aufrufe fließen Quelle → Ziel</translation>
    </message>
    <message>
        <source>Integration or label</source>
        <translation>Integration oder Beschriftung</translation>
    </message>
    <message>
        <source>Data assets that flow</source>
        <translation>Fließende Datenbestände</translation>
    </message>
    <message>
        <source>Organisation (cluster)</source>
        <translation>Organisation (Gruppe)</translation>
    </message>
    <message>
        <source>Pinned position</source>
        <translation>Fixierte Position</translation>
    </message>
    <message>
        <source>Weaklink diagram</source>
        <translation>Weaklink-Diagramm</translation>
    </message>
    <message>
        <source>Supply-chain diagram exported by Weaklink: %1 nodes, %2 connections. Nodes: %3.</source>
        <translation>Von Weaklink exportiertes Lieferkettendiagramm: %1 Knoten, %2 Verbindungen. Knoten: %3.</translation>
    </message>
    <message>
        <source>Propagation flows</source>
        <translation>Ausbreitungswege</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>linear scale</source>
        <translation>lineare Skala</translation>
    </message>
    <message>
        <source>darker = sooner</source>
        <translation>dunkler = früher</translation>
    </message>
    <message>
        <source>darker = higher</source>
        <translation>dunkler = höher</translation>
    </message>
    <message>
        <source>Breached (seed), off the scale (%1)</source>
        <translation>Kompromittiert (Ausgangspunkt), außerhalb der Skala (%1)</translation>
    </message>
    <message>
        <source>No value: never compromised</source>
        <translation>Kein Wert: nie kompromittiert</translation>
    </message>
    <message>
        <source>No value: not in the model run</source>
        <translation>Kein Wert: nicht im berechneten Modell</translation>
    </message>
    <message>
        <source>Width: share of trials it spread (max %1)</source>
        <translation>Breite: Anteil der Durchläufe mit Ausbreitung (max. %1)</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>kompromittiert</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>rng seed </source>
        <translation>Seed </translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet …</translation>
    </message>
    <message>
        <source>%1 trials</source>
        <translation>%1 Durchläufe</translation>
    </message>
    <message>
        <source>Annual baseline</source>
        <translation>Jahres-Basislinie</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Szenario „%1“</translation>
    </message>
    <message>
        <source>Annual scenario</source>
        <translation>Jahresszenario</translation>
    </message>
    <message>
        <source>Seeded: </source>
        <translation>Ausgangspunkte: </translation>
    </message>
    <message>
        <source>sever </source>
        <translation>trennen </translation>
    </message>
    <message>
        <source>horizon %1</source>
        <translation>Horizont %1</translation>
    </message>
    <message>
        <source>Blast-radius ranking</source>
        <translation>Schadensradius-Rangliste</translation>
    </message>
    <message>
        <source>flows: </source>
        <translation>Wege: </translation>
    </message>
    <message>
        <source>cannot start the SVG document</source>
        <translation>das SVG-Dokument kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>the scale must be a positive number</source>
        <translation>der Maßstab muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>an image of %1 × %2 pixels is too large; choose a smaller scale</source>
        <translation>ein Bild von %1 × %2 Pixeln ist zu groß; wählen Sie einen kleineren Maßstab</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>das PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot set up the page</source>
        <translation>die Seite kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>das PDF-Dokument kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>es kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 and values under %2 are drawn as %2</source>
        <translation>%1 und Werte unter %2 werden als %2 gezeichnet</translation>
    </message>
    <message>
        <source>STALE · the model changed since these values</source>
        <translation>VERALTET · das Modell hat sich seit diesen Werten geändert</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weiteres</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>TIER · DISTANCE FROM FIRST PARTY</source>
        <translation>STUFE · ABSTAND ZUM EIGENEN UNTERNEHMEN</translation>
    </message>
    <message>
        <source>Tier 0 · internal (first party)</source>
        <translation>Stufe 0 · intern (eigenes Unternehmen)</translation>
    </message>
    <message>
        <source>Tier 1 · third party</source>
        <translation>Stufe 1 · Drittanbieter</translation>
    </message>
    <message>
        <source>Tier 2 · fourth party</source>
        <translation>Stufe 2 · Viertanbieter</translation>
    </message>
    <message>
        <source>Tier 3+ · further out</source>
        <translation>Stufe 3+ · weiter entfernt</translation>
    </message>
    <message>
        <source>Tier unknown · not connected</source>
        <translation>Stufe unbekannt · nicht verbunden</translation>
    </message>
    <message>
        <source>CONNECTIONS</source>
        <translation>VERBINDUNGEN</translation>
    </message>
    <message>
        <source>NODE KIND</source>
        <translation>KNOTENART</translation>
    </message>
    <message>
        <source>Contracts on flows</source>
        <translation>Verträge der Datenflüsse</translation>
    </message>
    <message>
        <source>Personal data with no DPA</source>
        <translation>Personenbezogene Daten ohne AVV</translation>
    </message>
    <message>
        <source>Transfer with no mechanism</source>
        <translation>Übermittlung ohne Grundlage</translation>
    </message>
    <message>
        <source>SLA longer than the statutory clock</source>
        <translation>SLA länger als die gesetzliche Frist</translation>
    </message>
    <message>
        <source>Reviewed over a year ago</source>
        <translation>Vor über einem Jahr geprüft</translation>
    </message>
    <message>
        <source>Contract, no gap</source>
        <translation>Vertrag ohne Lücke</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed (drawn as a ghost)</source>
        <translation>Entfernt (als Schatten gezeichnet)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>wl::render::View</name>
    <message>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 Organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <source>Organisations view</source>
        <translation>Organisationsansicht</translation>
    </message>
    <message>
        <source>Neighbourhood of %1 within 1 hop</source>
        <translation>Nachbarschaft von %1, 1 Schritt</translation>
    </message>
    <message>
        <source>Neighbourhood of %1 within %2 hops</source>
        <translation>Nachbarschaft von %1, %2 Schritte</translation>
    </message>
    <message>
        <source>Filter: %1 = %2</source>
        <translation>Filter: %1 = %2</translation>
    </message>
</context>
<context>
    <name>wl::report</name>
    <message>
        <source>trials must be at least 1</source>
        <translation>Die Anzahl der Durchläufe muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>no snapshot named &quot;%1&quot;; the document has none</source>
        <translation>kein Schnappschuss namens „%1“; das Dokument hat keinen</translation>
    </message>
    <message>
        <source>no snapshot named &quot;%1&quot;; it has &quot;%2&quot;</source>
        <translation>kein Schnappschuss namens „%1“; vorhanden: „%2“</translation>
    </message>
    <message>
        <source>no saved scenario named &quot;%1&quot;</source>
        <translation>kein gespeichertes Szenario namens „%1“</translation>
    </message>
    <message>
        <source>the model has no nodes</source>
        <translation>das Modell hat keine Knoten</translation>
    </message>
    <message>
        <source>the map could not be laid out: %1</source>
        <translation>die Karte konnte nicht angeordnet werden: %1</translation>
    </message>
</context>
<context>
    <name>wl::report::BoardReport</name>
    <message>
        <source>On average, a year exposes &lt;b&gt;%1 records&lt;/b&gt; through our supply chain; 90 % of simulated years expose between %2 and %3.</source>
        <translation>Im Durchschnitt legt ein Jahr über unsere Lieferkette &lt;b&gt;%1 Datensätze&lt;/b&gt; offen; 90 % der simulierten Jahre legen zwischen %2 und %3 offen.</translation>
    </message>
    <message>
        <source>No single node&apos;s hardening would save records: nothing in the model is exposed in a typical year.</source>
        <translation>Die Härtung keines einzelnen Knotens würde Datensätze schützen: Im Modell wird in einem typischen Jahr nichts offengelegt.</translation>
    </message>
    <message>
        <source>The weakest links</source>
        <translation>Die schwächsten Glieder</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, tier %3): hardening it would save %4 records a year; cutting its connections at once would save %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, Stufe %3): seine Härtung würde %4 Datensätze pro Jahr schützen; seine Verbindungen sofort zu trennen %5.</translation>
    </message>
    <message>
        <source>The worst single-vendor breach</source>
        <translation>Der schwerste Vorfall bei einem einzelnen Anbieter</translation>
    </message>
    <message>
        <source>A breach at &lt;b&gt;%1&lt;/b&gt; would expose %2 records and compromise %3 other nodes on average.</source>
        <translation>Ein Sicherheitsvorfall bei &lt;b&gt;%1&lt;/b&gt; würde im Mittel %2 Datensätze offenlegen und %3 weitere Knoten kompromittieren.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>There is no earlier snapshot to compare with. Take one (File ▸ Take Snapshot…) and the next report says what changed since.</source>
        <translation>Es gibt keinen früheren Schnappschuss zum Vergleich. Nehmen Sie einen auf (Datei ▸ Schnappschuss aufnehmen …), dann sagt der nächste Bericht, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Since “%1” (%2): %3 added, %4 removed, %5 changed.</source>
        <translation>Seit „%1“ (%2): %3 hinzugefügt, %4 entfernt, %5 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected records exposed a year: %1 then, %2 now (%3).</source>
        <translation>Erwartete offengelegte Datensätze pro Jahr: damals %1, jetzt %2 (%3).</translation>
    </message>
    <message>
        <source>New vendors: %1.</source>
        <translation>Neue Anbieter: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 now reaches %n more organisation(s).</source>
        <translation>
            <numerusform>%1 erreicht jetzt %n weitere Organisation.</numerusform>
            <numerusform>%1 erreicht jetzt %n weitere Organisationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>How fast a vendor&apos;s breach reaches us</source>
        <translation>Wie schnell uns ein Vorfall bei einem Anbieter erreicht</translation>
    </message>
    <message>
        <source>The model has no direct vendor (tier 1).</source>
        <translation>Das Modell hat keinen direkten Anbieter (Stufe 1).</translation>
    </message>
    <message>
        <source>Our most connected vendor is &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Unser am stärksten vernetzter Anbieter ist &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>If it is breached, the notification chain (%1) tells us after %2.</source>
        <translation>Wird er kompromittiert, erfahren wir es über die Meldekette (%1) nach %2.</translation>
    </message>
    <message>
        <source>A breach there exposes no data of ours, so no notification chain leads back to us.</source>
        <translation>Ein Vorfall dort legt keine unserer Daten offen, daher führt keine Meldekette zu uns zurück.</translation>
    </message>
    <message>
        <source>Our first notification (%1, %2) is due %3 after the breach.</source>
        <translation>Unsere erste Meldung (%1, %2) ist %3 nach dem Vorfall fällig.</translation>
    </message>
    <message>
        <source>The breach itself reaches our %1 in %2 of simulated cases, after %3 on average.</source>
        <translation>Der Vorfall selbst erreicht unser System „%1“ in %2 der simulierten Fälle, im Mittel nach %3.</translation>
    </message>
    <message>
        <source>Every vendor of our vendors, by how many of our direct vendors depend on it (directly or through others), and what its breach alone would expose.</source>
        <translation>Jeder Anbieter unserer Anbieter: wie viele unserer direkten Anbieter von ihm abhängen (direkt oder über andere) und was ein Vorfall allein bei ihm offenlegen würde.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vendors above it</source>
        <translation>Anbieter darüber</translation>
    </message>
    <message>
        <source>Records if it falls</source>
        <translation>Datensätze bei seinem Ausfall</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the report&apos;s JSON twin.</source>
        <translation>
            <numerusform>… und %n weiterer im JSON-Zwilling des Berichts.</numerusform>
            <numerusform>… und %n weitere im JSON-Zwilling des Berichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract gap: every recorded contract covers its flow.</source>
        <translation>Keine Vertragslücke: Jeder erfasste Vertrag deckt seinen Datenfluss ab.</translation>
    </message>
    <message>
        <source>The model records no contracts, so no gaps are listed.</source>
        <translation>Das Modell erfasst keine Verträge, daher werden keine Lücken aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) between the contracts and what the flows need (rules as of %1; decision support, not legal advice).</source>
        <translation>
            <numerusform>%n Lücke zwischen den Verträgen und dem, was die Datenflüsse erfordern (Regeln mit Stand %1; Entscheidungshilfe, keine Rechtsberatung).</numerusform>
            <numerusform>%n Lücken zwischen den Verträgen und dem, was die Datenflüsse erfordern (Regeln mit Stand %1; Entscheidungshilfe, keine Rechtsberatung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with the snapshot “%1” of %2.</source>
        <translation>Verglichen mit dem Schnappschuss „%1“ vom %2.</translation>
    </message>
    <message>
        <source>Nothing changed (positions aside).</source>
        <translation>Nichts hat sich geändert (von Positionen abgesehen).</translation>
    </message>
    <message>
        <source>Nodes added:</source>
        <translation>Hinzugefügte Knoten:</translation>
    </message>
    <message>
        <source>Nodes removed:</source>
        <translation>Entfernte Knoten:</translation>
    </message>
    <message>
        <source>Nodes changed:</source>
        <translation>Geänderte Knoten:</translation>
    </message>
    <message>
        <source>New vendors:</source>
        <translation>Neue Anbieter:</translation>
    </message>
    <message>
        <source>New sub-processors:</source>
        <translation>Neue Unterauftragsverarbeiter:</translation>
    </message>
    <message>
        <source>Edges: %1 added, %2 removed, %3 changed. Data assets: %4 added, %5 removed, %6 changed.</source>
        <translation>Kanten: %1 hinzugefügt, %2 entfernt, %3 geändert. Datenbestände: %4 hinzugefügt, %5 entfernt, %6 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 now reaches %n more organisation(s): %2.</source>
        <translation>
            <numerusform>%1 erreicht jetzt %n weitere Organisation: %2.</numerusform>
            <numerusform>%1 erreicht jetzt %n weitere Organisationen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved scenario “%1”, %2 trials: %3 records exposed on average; %4 nodes compromised on average.</source>
        <translation>Das gespeicherte Szenario „%1“, %2 Durchläufe: im Mittel %3 offengelegte Datensätze und %4 kompromittierte Knoten.</translation>
    </message>
    <message>
        <source>Most likely compromised</source>
        <translation>Am wahrscheinlichsten kompromittiert</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Every figure comes from Weaklink&apos;s simulation engine (version %1) on this model, revision &lt;tt&gt;%2&lt;/tt&gt; — a SHA-256 of exactly what the engine reads: node ids, breach likelihoods and control strengths; asset owners, categories and records; edges with their data, probabilities and delays.</source>
        <translation>Jede Zahl stammt aus der Simulations-Engine von Weaklink (Version %1) für dieses Modell, Revision &lt;tt&gt;%2&lt;/tt&gt; — ein SHA-256 genau dessen, was die Engine liest: Knoten-IDs, Vorfallswahrscheinlichkeiten und Kontrollstärken; Eigentümer, Kategorien und Datensätze der Datenbestände; Kanten mit ihren Daten, Wahrscheinlichkeiten und Verzögerungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How a breach spreads.&lt;/b&gt; In each simulated year every node is breached directly with its annual breach likelihood. A compromise travels along each connection with the connection&apos;s probability, in the direction of the data flow or against it, reduced by the target&apos;s control strength, and takes the connection&apos;s delay; a node is compromised at the earliest time any path reaches it.</source>
        <translation>&lt;b&gt;Wie sich ein Vorfall ausbreitet.&lt;/b&gt; In jedem simulierten Jahr wird jeder Knoten mit seiner jährlichen Vorfallswahrscheinlichkeit direkt kompromittiert. Eine Kompromittierung wandert mit der Wahrscheinlichkeit der Verbindung über jede Verbindung, in Richtung des Datenflusses oder entgegen, gemindert um die Kontrollstärke des Ziels, und braucht die Verzögerung der Verbindung; ein Knoten ist zum frühesten Zeitpunkt kompromittiert, zu dem ihn ein Pfad erreicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is exposed.&lt;/b&gt; A data asset is exposed when any node holding it — its owner, or a node it flows to — is compromised. Expected records are averages over the trials; every random draw is a function of the seed, the trial and the node, so the same seed gives the same numbers on any machine and with any number of threads.</source>
        <translation>&lt;b&gt;Was offengelegt wird.&lt;/b&gt; Ein Datenbestand ist offengelegt, wenn ein Knoten, der ihn hält — sein Eigentümer oder ein Knoten, zu dem er fließt —, kompromittiert ist. Erwartete Datensätze sind Mittelwerte über die Durchläufe; jede Zufallszahl ist eine Funktion von Seed, Durchlauf und Knoten, daher ergibt derselbe Seed auf jedem Rechner und mit jeder Threadzahl dieselben Zahlen.</translation>
    </message>
    <message>
        <source>These commands reproduce every figure exactly:</source>
        <translation>Diese Befehle reproduzieren jede Zahl exakt:</translation>
    </message>
    <message>
        <source>Annual baseline · %1 trials · rng seed %2</source>
        <translation>Jahres-Basislinie · %1 Durchläufe · Seed %2</translation>
    </message>
    <message>
        <source>Figure 1. The supply chain by organisation (%1 nodes in %2 organisations), each coloured by the expected risk a year (records × sensitivity) of its riskiest member.</source>
        <translation>Abbildung 1. Die Lieferkette nach Organisationen (%1 Knoten in %2 Organisationen), jede gefärbt nach dem erwarteten Jahresrisiko (Datensätze × Sensibilität) ihres riskantesten Mitglieds.</translation>
    </message>
    <message>
        <source>Figure 1. The supply chain, each node coloured by its expected risk a year (records × sensitivity exposed through it).</source>
        <translation>Abbildung 1. Die Lieferkette, jeder Knoten gefärbt nach seinem erwarteten Jahresrisiko (über ihn offengelegte Datensätze × Sensibilität).</translation>
    </message>
    <message>
        <source>In plain language</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <source>The supply-chain map</source>
        <translation>Die Lieferkettenkarte</translation>
    </message>
    <message>
        <source>Risk in figures</source>
        <translation>Risiko in Zahlen</translation>
    </message>
    <message>
        <source>Figure 2. Risk matrix: every node by its likelihood of compromise in a year (across) and the impact of the data it holds (up).</source>
        <translation>Abbildung 2. Risikomatrix: jeder Knoten nach seiner Wahrscheinlichkeit, in einem Jahr kompromittiert zu werden (waagerecht), und der Tragweite der Daten, die er hält (senkrecht).</translation>
    </message>
    <message>
        <source>Figure 3. Loss exceedance: the chance that a year exposes more than a given number of records (%1 simulated years).</source>
        <translation>Abbildung 3. Schadensüberschreitung: die Wahrscheinlichkeit, dass ein Jahr mehr als eine gegebene Zahl von Datensätzen offenlegt (%1 simulierte Jahre).</translation>
    </message>
    <message>
        <source>Figure 4. Expected records exposed a year, by category of data.</source>
        <translation>Abbildung 4. Erwartete offengelegte Datensätze pro Jahr, nach Datenkategorie.</translation>
    </message>
    <message>
        <source>Fourth-party concentration</source>
        <translation>Konzentration bei Viertanbietern</translation>
    </message>
    <message>
        <source>Contract gaps</source>
        <translation>Vertragslücken</translation>
    </message>
    <message>
        <source>What changed since “%1”</source>
        <translation>Was sich seit „%1“ geändert hat</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Szenario „%1“</translation>
    </message>
    <message>
        <source>Appendix: how these numbers were made</source>
        <translation>Anhang: Wie diese Zahlen entstanden sind</translation>
    </message>
    <message>
        <source>Supply-chain risk report: %1</source>
        <translation>Bericht zum Lieferkettenrisiko: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 · supply-chain risk report · %2</source>
        <translation>%1 · Bericht zum Lieferkettenrisiko · %2</translation>
    </message>
    <message>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>SUPPLY-CHAIN RISK REPORT</source>
        <translation>BERICHT ZUM LIEFERKETTENRISIKO</translation>
    </message>
    <message>
        <source>Compared with the snapshot “%1” of %2</source>
        <translation>Verglichen mit dem Schnappschuss „%1“ vom %2</translation>
    </message>
    <message>
        <source>No earlier snapshot to compare with</source>
        <translation>Kein früherer Schnappschuss zum Vergleich</translation>
    </message>
    <message>
        <source>%1 nodes · %2 connections · %3 data assets</source>
        <translation>%1 Knoten · %2 Verbindungen · %3 Datenbestände</translation>
    </message>
    <message>
        <source>Made with Weaklink %1 from a model of the supply chain: simulated figures, %2 trials, random seed %3 (see the appendix). Decision support, not legal advice.</source>
        <translation>Erstellt mit Weaklink %1 aus einem Modell der Lieferkette: simulierte Zahlen, %2 Durchläufe, Zufalls-Seed %3 (siehe Anhang). Entscheidungshilfe, keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>The annual baseline ran %1 trials with random seed %2; the hardening gains %3 annual trials, the blast radius and the concentration %3 seeded trials per node, with the same seed. No horizon; no response plan. Defaults of the model format apply where the model gives no value (breach likelihood 0, control strength 0, delay 24 h, arc probabilities by integration). The 90 % range is the 5th to the 95th percentile of the records exposed per simulated year.</source>
        <translation>Die Jahres-Basislinie lief mit %1 Durchläufen und Zufalls-Seed %2, die Härtungsgewinne mit %3 Jahresdurchläufen, Schadensradius und Konzentration mit %3 Durchläufen je Knoten, jeweils mit demselben Seed. Kein Horizont, kein Reaktionsplan. Wo das Modell keinen Wert angibt, gelten die Vorgaben des Modellformats (Vorfallswahrscheinlichkeit 0, Kontrollstärke 0, Verzögerung 24 h, Kantenwahrscheinlichkeiten nach Integration). Der 90-%-Bereich reicht vom 5. bis zum 95. Perzentil der pro simuliertem Jahr offengelegten Datensätze.</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::AssetTimelineModel</name>
    <message>
        <source>Data asset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>P(exposed by t)</source>
        <translation>P(exponiert bis t)</translation>
    </message>
    <message>
        <source>Expected records exposed</source>
        <translation>Erwartete exponierte Datensätze</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::ClocksTableModel</name>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>no fixed deadline</source>
        <translation>keine feste Frist</translation>
    </message>
    <message>
        <source>met at %1</source>
        <translation>eingehalten am %1</translation>
    </message>
    <message>
        <source>met %1 late</source>
        <translation>%1 verspätet erfüllt</translation>
    </message>
    <message>
        <source>Notified at %1 (decision log): %2</source>
        <translation>Gemeldet am %1 (Entscheidungsprotokoll): %2</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Zu melden an</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::DecisionLogModel</name>
    <message>
        <source>Wall clock</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Planspieluhr</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1
Reports notified: %2 under rule %3.</source>
        <translation>%1
Verzeichnet als gemeldet: %2 nach Regel %3.</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::ExerciseSettingsForm</name>
    <message>
        <source>The node breached at t = 0</source>
        <translation>Der bei t = 0 kompromittierte Knoten</translation>
    </message>
    <message>
        <source>The exercise clock at t = 0: when the breach happens</source>
        <translation>Die Planspieluhr bei t = 0: Zeitpunkt des Sicherheitsvorfalls</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How long the exercise runs (168 h: one week)</source>
        <translation>Dauer des Planspiels (168 h: eine Woche)</translation>
    </message>
    <message>
        <source>The timeline&apos;s step</source>
        <translation>Schrittweite der Zeitleiste</translation>
    </message>
    <message>
        <source>Simulated trials of the projection</source>
        <translation>Simulierte Durchläufe der Prognose</translation>
    </message>
    <message>
        <source>Random seed of the projection: the same seed gives the same figures</source>
        <translation>Zufallsstartwert der Prognose: derselbe Startwert ergibt dieselben Zahlen</translation>
    </message>
    <message>
        <source>Breached vendor:</source>
        <translation>Kompromittierter Anbieter:</translation>
    </message>
    <message>
        <source>Breach at:</source>
        <translation>Sicherheitsvorfall um:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Breach &quot;%1&quot; in the exercise</source>
        <translation>„%1“ im Planspiel kompromittieren</translation>
    </message>
    <message>
        <source>Set the exercise start</source>
        <translation>Planspielbeginn festlegen</translation>
    </message>
    <message>
        <source>Set the exercise length</source>
        <translation>Planspieldauer festlegen</translation>
    </message>
    <message>
        <source>Set the timeline step</source>
        <translation>Schrittweite der Zeitleiste festlegen</translation>
    </message>
    <message>
        <source>Set the exercise trials</source>
        <translation>Durchläufe des Planspiels festlegen</translation>
    </message>
    <message>
        <source>Set the exercise random seed</source>
        <translation>Zufallsstartwert des Planspiels festlegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the model</source>
        <translation>„%1“ ist nicht im Modell enthalten</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::NodeTimelineModel</name>
    <message>
        <source>Not reached within the exercise</source>
        <translation>Innerhalb des Planspiels nicht erreicht</translation>
    </message>
    <message>
        <source>First reachable at %1</source>
        <translation>Frühestens erreichbar: %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>P(compromised by t)</source>
        <translation>P(kompromittiert bis t)</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>Erreichbar ab</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::PresenterView</name>
    <message>
        <source>Weaklink — Presenter view</source>
        <translation>Weaklink — Präsentationsansicht</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>Kompromittiert: %1</translation>
    </message>
    <message>
        <source>Esc: leave · ← →: step · Home End: first, last</source>
        <translation>Esc: verlassen · ← →: Schritt · Pos1 Ende: erster, letzter</translation>
    </message>
    <message>
        <source>Who is next</source>
        <translation>Wer ist als Nächstes dran</translation>
    </message>
    <message>
        <source>Records exposed so far</source>
        <translation>Bisher offengelegte Datensätze</translation>
    </message>
    <message>
        <source>Responses in force</source>
        <translation>Geltende Reaktionen</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Sever %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Nächste Fristen</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>None ahead</source>
        <translation>Keine anstehend</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue, not notified</source>
        <translation>
            <numerusform>%n überfällig, nicht gemeldet</numerusform>
            <numerusform>%n überfällig, nicht gemeldet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wl::tabletop::ResponsesPage</name>
    <message>
        <source>Sever</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>When the connection is severed (exercise time); follows t</source>
        <translation>Zeitpunkt der Trennung (Planspielzeit); folgt t</translation>
    </message>
    <message>
        <source>Sever every connection of the chosen node at this time</source>
        <translation>Alle Verbindungen des gewählten Knotens zu diesem Zeitpunkt trennen</translation>
    </message>
    <message>
        <source>at t =</source>
        <translation>bei t =</translation>
    </message>
    <message>
        <source>Sever %1 at t = %2 (%3)</source>
        <translation>%1 bei t = %2 trennen (%3)</translation>
    </message>
    <message>
        <source>Choose the node to sever.</source>
        <translation>Wählen Sie den zu trennenden Knoten aus.</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::TabletopPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Run the projection again now</source>
        <translation>Die Prognose jetzt erneut berechnen</translation>
    </message>
    <message>
        <source>To the breach (t = 0)</source>
        <translation>Zum Sicherheitsvorfall (t = 0)</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation>Einen Schritt vor</translation>
    </message>
    <message>
        <source>To the end of the exercise</source>
        <translation>Zum Ende des Planspiels</translation>
    </message>
    <message>
        <source>Exercise time t</source>
        <translation>Planspielzeit t</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Datenbestände</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Decision or observation, logged at the current t</source>
        <translation>Entscheidung oder Beobachtung, protokolliert beim aktuellen t</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokollieren</translation>
    </message>
    <message>
        <source>Presenter View</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>Export After-Action Record…</source>
        <translation>Nachbereitungsbericht exportieren …</translation>
    </message>
    <message>
        <source>Export After-Action Record</source>
        <translation>Nachbereitungsbericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Computing the projection…</source>
        <translation>Prognose wird berechnet …</translation>
    </message>
    <message>
        <source>Stale: the settings or the model changed since this projection.</source>
        <translation>Veraltet: Die Einstellungen oder das Modell wurden seit dieser Prognose geändert.</translation>
    </message>
    <message>
        <source>Projection of %1 trials with %2 response(s).</source>
        <translation>Prognose aus %1 Durchläufen mit %2 Maßnahme(n).</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>By t: %1 nodes compromised and %2 records exposed, expected.</source>
        <translation>Bis t erwartet: %1 kompromittierte Knoten und %2 exponierte Datensätze.</translation>
    </message>
    <message>
        <source>%1: the record is written as Markdown (.md) or PDF (.pdf)</source>
        <translation>%1: Der Bericht wird als Markdown (.md) oder PDF (.pdf) geschrieben</translation>
    </message>
    <message>
        <source>Exported the after-action record to %1</source>
        <translation>Nachbereitungsbericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Decision support, not legal advice.</source>
        <translation>Entscheidungshilfe, keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>Mark Notified</source>
        <translation>Als gemeldet markieren</translation>
    </message>
    <message>
        <source>Log that the selected obligation was notified at the current t (or double-click it): its clock stops</source>
        <translation>Protokollieren, dass die gewählte Meldepflicht beim aktuellen t erfüllt wurde (oder doppelklicken): Ihre Frist endet</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision support, not legal advice.&lt;/b&gt; Rules as of %1.</source>
        <translation>&lt;b&gt;Entscheidungshilfe, keine Rechtsberatung.&lt;/b&gt; Regeln mit Stand %1.</translation>
    </message>
    <message>
        <source>No notification obligation follows from this breach in the model.</source>
        <translation>Aus diesem Sicherheitsvorfall ergibt sich im Modell keine Meldepflicht.</translation>
    </message>
    <message>
        <source>Next deadline: %1 to notify %2 (%3) by %4, %5 left.</source>
        <translation>Nächste Frist: %1 meldet an %2 (%3) bis %4, noch %5.</translation>
    </message>
    <message>
        <source>No deadline ahead.</source>
        <translation>Keine Frist anstehend.</translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s) overdue.</source>
        <translation>
            <numerusform>%n Meldepflicht überfällig.</numerusform>
            <numerusform>%n Meldepflichten überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clocks (%n overdue)</source>
        <translation>
            <numerusform>Fristen (%n überfällig)</numerusform>
            <numerusform>Fristen (%n überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Already notified at %1.</source>
        <translation>Bereits gemeldet am %1.</translation>
    </message>
    <message>
        <source>%1 notified %2 (%3, %4)</source>
        <translation>%1 hat gemeldet an %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>wl::tabletop::TabletopSession</name>
    <message>
        <source>Choose the breached vendor to start the exercise.</source>
        <translation>Wählen Sie den kompromittierten Anbieter aus, um das Planspiel zu beginnen.</translation>
    </message>
    <message>
        <source>The breached vendor &quot;%1&quot; is not in the model.</source>
        <translation>Der kompromittierte Anbieter „%1“ ist nicht im Modell enthalten.</translation>
    </message>
    <message>
        <source>The notification rules could not be read: %1</source>
        <translation>Die Melderegeln konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>wl::vocab</name>
    <message>
        <source>Internal service</source>
        <translation>Interner Dienst</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Cloud platform</source>
        <translation>Cloud-Plattform</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytik</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Data labelling</source>
        <translation>Datenannotation</translation>
    </message>
    <message>
        <source>Vector database</source>
        <translation>Vektordatenbank</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Open-source package</source>
        <translation>Open-Source-Paket</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Customer PII</source>
        <translation>Personenbezogene Kundendaten</translation>
    </message>
    <message>
        <source>Usage metadata</source>
        <translation>Nutzungsmetadaten</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation>Modellgewichte</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzdaten</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>API call</source>
        <translation>API-Aufruf</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Datenexport</translation>
    </message>
    <message>
        <source>Embedded SDK</source>
        <translation>Eingebettetes SDK</translation>
    </message>
    <message>
        <source>Credential delegation</source>
        <translation>Delegierte Zugangsdaten</translation>
    </message>
    <message>
        <source>Network peering</source>
        <translation>Netzwerk-Peering</translation>
    </message>
    <message>
        <source>Code dependency</source>
        <translation>Code-Abhängigkeit</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Verbindliche interne Datenschutzvorschriften</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
</context>
</TS>
