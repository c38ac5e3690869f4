<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
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
</context>
<context>
    <name>wl::MessageListDialog</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
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
</TS>
