<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AfterAction</name>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response: sever %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># After-action record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Exercise | |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Breached vendor | %1 |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Breach (t = 0) | %1 |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Timeline | 0 to %1 in steps of %2 |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Projection | %1 trials, random seed %2 (SIMULATION.md, seeded mode) |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Record made | %1 |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| # | Sever | at t | Exercise clock |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Wall clock | Exercise clock | t | Entry |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projection was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*The projection below was computed before the latest change of the model or the exercise settings.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilities are the fraction of %1 simulated trials in which a node was compromised (an asset exposed) by t, with the responses above in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### t = %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*%1.* Expected compromised nodes: %2; expected records exposed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Most likely compromised | P |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Data asset exposed | Category | P | Records | Expected records |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data asset exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::AnalysisPanels</name>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabletop Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::DiagramEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;in Selected Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic layout with neato or fdp keeps pinned nodes in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;npin Selected Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one node to another to connect them (or hold Shift while dragging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied 1 node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no nodes to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::DiagramExporter</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (72 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (144 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4× (288 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the diagram to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::DiagramScene</name>
    <message>
        <source>A node cannot be connected to itself: release the drag on another node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::DiagramView</name>
    <message>
        <source>Wheel: zoom · middle button or Space + drag: pan · Shift + drag from a node: connect</source>
        <translation type="unfinished"></translation>
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
        <source>Weaklink documents (*.weaklink);;Model JSON (*.json);;All files (*)</source>
        <translation>Weaklink-Dokumente (*.weaklink);;Modell-JSON (*.json);;Alle Dateien (*)</translation>
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
    <name>wl::KindPalette</name>
    <message>
        <source>Internal service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add a node in the middle of the canvas, or drag onto the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a node of kind %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::LayoutController</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lay Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the diagram automatically with Graphviz (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (dot, sfdp above 1,500 nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps pinned nodes in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignores pins: pinned nodes move too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>What Graphviz reported on the last layout; click for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignores pins, so pinned nodes move too. Choose neato or fdp in Layout ▸ Engine to keep them in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing edges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 layout message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layout messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out with %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Graphviz reported on the last layout:</source>
        <translation type="unfinished"></translation>
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
        <source>Open &amp;Example Model</source>
        <translation>&amp;Beispielmodell öffnen</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why Affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weak Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabletop E&amp;xercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verlay Toolbar</source>
        <translation type="unfinished"></translation>
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
    <name>wl::NodeSearch</name>
    <message>
        <source>Find node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a node&apos;s name or id; Enter centres the canvas on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::OverlayBar</name>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill each node by a metric of the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each edge by how often the compromise travelled over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are being recomputed for the current model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model changed since these values were computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::OverlayController</name>
    <message>
        <source>Scenario “%1” · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual baseline · %1 trials · rng seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual baseline · computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast-radius ranking · %1 trials per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast-radius ranking · computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::OverviewWidget</name>
    <message>
        <source>Click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::PathsView</name>
    <message>
        <source>&lt; 0.01 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data assets it holds (exposed when it falls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of this node&apos;s compromises that came along each path (see docs/CHARTS.md). Click a path to show it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Datensätze</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished">Sensibilität</translation>
    </message>
    <message>
        <source>P(exposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation result yet: run a scenario to see why a node is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to see how it was most likely compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result does not match the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was never compromised in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was compromised in %2 of the trials. Its most likely paths, by the share of those compromises that came that way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the search stopped early: there may be likelier paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was a seed of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was breached directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initially compromised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 over edge %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (backwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (initially compromised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds no data assets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model JSON key: %1</source>
        <translation type="unfinished">Schlüssel im Modell-JSON: %1</translation>
    </message>
    <message>
        <source>required, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US, EU, DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data assets owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a data asset owned by this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node, an edge or a data asset to see and edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): show its properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete data asset %1; edges stop carrying it</source>
        <translation type="unfinished"></translation>
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
    <name>wl::ResultsView</name>
    <message>
        <source>0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0.01 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored result is not readable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>P(compromised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Datensätze</translation>
    </message>
    <message>
        <source>P(exposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of trials in which the node was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilson score interval at 95 % for that fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to compromise: hours from the start of a trial, over the trials in which the node was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of trials in which a holder of the asset (its owner or a node it flows to) was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exposed records: records × P(exposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the model any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows whose id, name or category contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation type="unfinished">Datenbestände</translation>
    </message>
    <message>
        <source>Expected exposed records: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Mean compromised nodes: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3 trials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::ScenarioDock</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;: %2 of %3 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenarios of this document; double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of this scenario&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this scenario and its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed nodes are breached at their start times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node is breached at hour 0 with its annual breach likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario JSON key: mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach this node at the given hour (seeded mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off at (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the given hour, no compromise crosses this node&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seeds of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change severance of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes breached first, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response plan: nodes cut off from their connections, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated breaches; more trials, narrower intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed, trials and model give the same result, bit for bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only compromises within this many hours; empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Selected Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a seeded scenario of the selected node and run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Seeded, %1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual, %1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenarios yet: add one, or select a node and choose Breach Selected Node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the model changed during the run, so this result was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the model changed since this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the scenario changed since this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result from %1, %2 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved result, %1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials are a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change trials of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed is a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change random seed of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizon is a number of hours, 0 or more; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change horizon of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mode of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::TimedNodeList</name>
    <message>
        <source>Node</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Node id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of the model: the scenario cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a node first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no node &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time is a number of hours, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::WeakLinksDock</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seeded with %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n severance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, horizon %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 trials, rng seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hardened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 severed at %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Not in the model any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rankings yet: Compute finds the weak links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node, then sever or harden it to compare the scenario with and without the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials per node, for each ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the blast radius and the hardening gain of every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the rankings again on the model as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the nodes whose id or name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius:
other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius: expected number of other nodes compromised when this node alone is breached at hour 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius:
records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius: expected exposed records when this node alone is breached at hour 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardening gain:
records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exposed records a year saves if this node is hardened (control strength 1, breach likelihood 0), annual scenario, same random draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever this vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a severance of the node at the given hour to the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after the start of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harden this vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario on a copy of the model with the node&apos;s control strength 1 and breach likelihood 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of compromise in the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of compromise with the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes whose probability of compromise changed most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no nodes to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Computing both rankings for %n node(s), %1 trials each…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sever time must be a number of hours ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node of the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running «%1» with and without the change: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exposed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected compromised nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: none selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: «%1» — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed at %1 with %2 trials per node, rng seed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the model has changed since these figures were computed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline against %1; both runs with the same random draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the model or the scenario has changed since this comparison of %1 was run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::charts::ChartBuilders</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix: likelihood × impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood: probability of compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: records × sensitivity held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10³–10⁵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10⁵–10⁷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10⁷–10⁹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 10⁹</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), by risk:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
probability of compromise %2
impact %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromised nodes per trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 trials (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromised nodes, seeds included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exposed records by data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exposed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of compromise over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result has no timeline: run the scenario again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more nodes to see their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability compromised by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss exceedance: P(exposed records &gt; x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial exposed any records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed records x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of exceeding x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 records; some exposure in %2 of the trials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::charts::ChartExport</name>
    <message>
        <source>%1: unknown picture format &quot;%2&quot; (use .png or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1 %2: %2 {1:?}</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported by Weaklink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::charts::ChartsPanel</name>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromised nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss exceedance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart on show as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trials: %2 nodes compromised and %3 records exposed on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation result yet: run a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no data assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::tabletop::AssetTimelineModel</name>
    <message>
        <source>Data asset</source>
        <translation type="unfinished">Datenbestand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Datensätze</translation>
    </message>
    <message>
        <source>P(exposed by t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected records exposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::tabletop::DecisionLogModel</name>
    <message>
        <source>Wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::tabletop::NodeTimelineModel</name>
    <message>
        <source>Not reached within the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reachable at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(compromised by t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::tabletop::PresenterView</name>
    <message>
        <source>Weaklink — Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: leave · ← →: step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::tabletop::TabletopPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the projection again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the breach (t = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the end of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise time t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation type="unfinished">Datenbestände</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the connection is severed (exercise time); follows t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever every connection of the chosen node at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at t =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision or observation, logged at the current t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export After-Action Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export After-Action Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node breached at t = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise clock at t = 0: when the breach happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the exercise runs (168 h: one week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated trials of the projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach &quot;%1&quot; in the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exercise start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exercise length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the timeline step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exercise trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sever %1 at t = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the projection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the settings or the model changed since this projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection of %1 trials with %2 response(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By t: %1 nodes compromised and %2 records exposed, expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the node to sever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the record is written as Markdown (.md) or PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the after-action record to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wl::tabletop::TabletopSession</name>
    <message>
        <source>Choose the breached vendor to start the exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breached vendor &quot;%1&quot; is not in the model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
