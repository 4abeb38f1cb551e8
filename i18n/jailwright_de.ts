<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BridgePane</name>
    <message>
        <source>Bridge address with prefix length</source>
        <translation>Adresse der Bridge mit Präfixlänge</translation>
    </message>
    <message>
        <source>for example 10.0.2.1/24</source>
        <translation>zum Beispiel 10.0.2.1/24</translation>
    </message>
    <message>
        <source>Members of the bridge</source>
        <translation>Mitglieder der Bridge</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>Subnetz:</translation>
    </message>
    <message>
        <source>Uplink:</source>
        <translation>Uplink:</translation>
    </message>
    <message>
        <source>pf:</source>
        <translation>pf:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>No bridge selected</source>
        <translation>Keine Bridge ausgewählt</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>none (the bridge has no address)</source>
        <translation>keines (die Bridge hat keine Adresse)</translation>
    </message>
    <message>
        <source>%1 (host interface)</source>
        <translation>%1 (Host-Schnittstelle)</translation>
    </message>
    <message>
        <source>%1 — jail %2 (%3)</source>
        <translation>%1 — Jail %2 (%3)</translation>
    </message>
    <message>
        <source>none: traffic is routed by the host</source>
        <translation>keiner: Der Host routet den Verkehr</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the host&apos;s pf.conf name %1</source>
        <translation>
            <numerusform>%n Regel der pf.conf des Hosts nennt %1</numerusform>
            <numerusform>%n Regeln der pf.conf des Hosts nennen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule of the host&apos;s pf.conf names %1</source>
        <translation>keine Regel der pf.conf des Hosts nennt %1</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Draw, edit and apply the network of FreeBSD VNET jails.</source>
        <translation>Das Netzwerk von FreeBSD-VNET-Jails zeichnen, bearbeiten und anwenden.</translation>
    </message>
    <message>
        <source>Open the bundled demo host.</source>
        <translation>Den mitgelieferten Demo-Host öffnen.</translation>
    </message>
    <message>
        <source>Save the main window as an image once the host is loaded, then quit.</source>
        <translation>Das Hauptfenster als Bild speichern, sobald der Host geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Use this language (for example de) instead of the system&apos;s.</source>
        <translation>Diese Sprache (zum Beispiel de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>A folder holding a host&apos;s etc/ files (a config repository).</source>
        <translation>Ein Ordner mit den etc/-Dateien eines Hosts (ein Konfigurations-Repository).</translation>
    </message>
    <message>
        <source>Unknown colour scheme &quot;%1&quot;; use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“; verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>Give at most one host folder.</source>
        <translation>Geben Sie höchstens einen Host-Ordner an.</translation>
    </message>
</context>
<context>
    <name>FirewallPane</name>
    <message>
        <source>Ruleset</source>
        <translation>Regelsatz</translation>
    </message>
    <message>
        <source>The host&apos;s pf.conf or a VNET jail&apos;s own</source>
        <translation>Die pf.conf des Hosts oder die eigene einer VNET-Jail</translation>
    </message>
    <message>
        <source>Ruleset status</source>
        <translation>Status des Regelsatzes</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>The text of the ruleset</source>
        <translation>Der Text des Regelsatzes</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Macros and Tables</source>
        <translation>Ma&amp;kros und Tabellen</translation>
    </message>
    <message>
        <source>Packet tracer</source>
        <translation>Paketverfolgung</translation>
    </message>
    <message>
        <source>R&amp;uleset:</source>
        <translation>Regel&amp;satz:</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>Eine Regel unterhalb der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Rule…</source>
        <translation>Regel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>Die ausgewählte Regel bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate Rule</source>
        <translation>Regel du&amp;plizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected rule</source>
        <translation>Die ausgewählte Regel duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected rule and the comment above it</source>
        <translation>Die ausgewählte Regel und den Kommentar darüber löschen</translation>
    </message>
    <message>
        <source>Disa&amp;ble Rule</source>
        <translation>Regel &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Comment the selected rule out, or back in</source>
        <translation>Die ausgewählte Regel auskommentieren oder wieder einkommentieren</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected rule above the one before it</source>
        <translation>Die ausgewählte Regel über die vorherige verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected rule below the one after it</source>
        <translation>Die ausgewählte Regel unter die nächste verschieben</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Jail %1: %2</source>
        <translation>Jail %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (hover the mark)</source>
        <translation>
            <numerusform>%n mit Problemen (Mauszeiger auf die Markierung halten)</numerusform>
            <numerusform>%n mit Problemen (Mauszeiger auf die Markierung halten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the text</source>
        <translation>
            <numerusform>%n Meldung im Text</numerusform>
            <numerusform>%n Meldungen im Text</numerusform>
        </translation>
    </message>
    <message>
        <source>No pf.conf on this host</source>
        <translation>Keine pf.conf auf diesem Host</translation>
    </message>
    <message>
        <source>Ena&amp;ble Rule</source>
        <translation>Regel &amp;aktivieren</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Text von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Could not change the ruleset: %1</source>
        <translation>Der Regelsatz konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Firewall: %1</source>
        <translation>Firewall: %1</translation>
    </message>
    <message>
        <source>Duplicate rule at line %1</source>
        <translation>Regel in Zeile %1 duplizieren</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add rule: %1</source>
        <translation>Regel hinzufügen: %1</translation>
    </message>
    <message>
        <source>Edit Rule at Line %1</source>
        <translation>Regel in Zeile %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit rule at line %1</source>
        <translation>Regel in Zeile %1 bearbeiten</translation>
    </message>
    <message>
        <source>the rule at line %1 of an included file</source>
        <translation>die Regel in Zeile %1 einer eingebundenen Datei</translation>
    </message>
    <message>
        <source>rule %1 (line %2)</source>
        <translation>Regel %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>pass: pf does not filter on %1 (set skip, line %2)</source>
        <translation>pass: pf filtert nicht auf %1 (set skip, Zeile %2)</translation>
    </message>
    <message>
        <source>pass by %1</source>
        <translation>pass durch %1</translation>
    </message>
    <message>
        <source>block by %1</source>
        <translation>block durch %1</translation>
    </message>
    <message>
        <source>pass: no rule matched, and pf passes what no rule decides</source>
        <translation>pass: Keine Regel hat gepasst, und pf lässt durch, worüber keine Regel entscheidet</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>umgeleitet auf %1</translation>
    </message>
    <message>
        <source>source translated to %1</source>
        <translation>Quelle umgesetzt auf %1</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>nicht umgesetzt</translation>
    </message>
    <message>
        <source>; first %1 by %2</source>
        <translation>; zuvor %1 durch %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
</context>
<context>
    <name>FolderHost</name>
    <message>
        <source>Demo host</source>
        <translation>Demo-Host</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HostEditor</name>
    <message>
        <source>Make a bridge first: a VNET jail joins the host through one.</source>
        <translation>Legen Sie zuerst eine Bridge an: Eine VNET-Jail ist über eine Bridge mit dem Host verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length, like 10.0.0.20/24.</source>
        <translation>„%1“ ist keine Adresse mit Präfixlänge wie 10.0.0.20/24.</translation>
    </message>
    <message>
        <source>Only jails can be renamed here.</source>
        <translation>Hier können nur Jails umbenannt werden.</translation>
    </message>
    <message>
        <source>Edit the text of jail %1</source>
        <translation>Text der Jail %1 bearbeiten</translation>
    </message>
    <message>
        <source>Jail %1 has no section of its own to edit.</source>
        <translation>Die Jail %1 hat keinen eigenen Abschnitt, der bearbeitet werden könnte.</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostSession</name>
    <message>
        <source>The change to %1 does not fit its current text.</source>
        <translation>Die Änderung an %1 passt nicht zu ihrem aktuellen Text.</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>JailPane</name>
    <message>
        <source>Jail name</source>
        <translation>Name der Jail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;VNET (own network stack)</source>
        <translation>&amp;VNET (eigener Netzwerkstack)</translation>
    </message>
    <message>
        <source>VNET &amp;interface:</source>
        <translation>VNET-S&amp;chnittstelle:</translation>
    </message>
    <message>
        <source>The jail&apos;s address with prefix length</source>
        <translation>Adresse der Jail mit Präfixlänge</translation>
    </message>
    <message>
        <source>for example 10.0.0.20/24</source>
        <translation>zum Beispiel 10.0.0.20/24</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Host i&amp;nterface:</source>
        <translation>H&amp;ost-Schnittstelle:</translation>
    </message>
    <message>
        <source>IPv&amp;4 addresses:</source>
        <translation>IPv&amp;4-Adressen:</translation>
    </message>
    <message>
        <source>IPv&amp;6 addresses:</source>
        <translation>IPv&amp;6-Adressen:</translation>
    </message>
    <message>
        <source>exec.&amp;start:</source>
        <translation>exec.&amp;start:</translation>
    </message>
    <message>
        <source>exec.s&amp;top:</source>
        <translation>exec.s&amp;top:</translation>
    </message>
    <message>
        <source>&amp;devfs ruleset:</source>
        <translation>&amp;devfs-Regelsatz:</translation>
    </message>
    <message>
        <source>&amp;enforce_statfs:</source>
        <translation>&amp;enforce_statfs:</translation>
    </message>
    <message>
        <source>Mount &amp;devfs</source>
        <translation>devfs einhän&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Persist without processes</source>
        <translation>Ohne Prozesse &amp;bestehen bleiben</translation>
    </message>
    <message>
        <source>Allow &amp;raw sockets</source>
        <translation>&amp;Raw Sockets erlauben</translation>
    </message>
    <message>
        <source>Allow setting the &amp;hostname</source>
        <translation>Hostnamen set&amp;zen erlauben</translation>
    </message>
    <message>
        <source>Allow &amp;mounting</source>
        <translation>Dateisysteme einhängen erla&amp;uben</translation>
    </message>
    <message>
        <source>Allow System V &amp;IPC</source>
        <translation>System V &amp;IPC erlauben</translation>
    </message>
    <message>
        <source>De&amp;pends on:</source>
        <translation>Abhängig&amp;keiten:</translation>
    </message>
    <message>
        <source>Effective parameters</source>
        <translation>Wirksame Parameter</translation>
    </message>
    <message>
        <source>The jail&apos;s section in jail.conf</source>
        <translation>Abschnitt der Jail in jail.conf</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;All Parameters</source>
        <translation>A&amp;lle Parameter</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>one value a line</source>
        <translation>ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>No jail selected</source>
        <translation>Keine Jail ausgewählt</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adressen: %1</translation>
    </message>
    <message>
        <source>Default route: %1</source>
        <translation>Standardroute: %1</translation>
    </message>
    <message>
        <source>On %1 through %2</source>
        <translation>An %1 über %2</translation>
    </message>
</context>
<context>
    <name>JailParametersModel</name>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>wildcard %1</source>
        <translation>Wildcard %1</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigener Abschnitt</translation>
    </message>
    <message>
        <source>section name</source>
        <translation>Abschnittsname</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>A variable in this value is not defined.</source>
        <translation>Eine Variable in diesem Wert ist nicht definiert.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>epair: %1 on the host, %2 in the jail</source>
        <translation>epair: %1 auf dem Host, %2 in der Jail</translation>
    </message>
    <message>
        <source>bridge member %1</source>
        <translation>Bridge-Mitglied %1</translation>
    </message>
    <message>
        <source>shared address on %1</source>
        <translation>gemeinsame Adresse auf %1</translation>
    </message>
    <message>
        <source>interface of the host</source>
        <translation>Schnittstelle des Hosts</translation>
    </message>
    <message>
        <source>Defined in %1:%2</source>
        <translation>Definiert in %1:%2</translation>
    </message>
</context>
<context>
    <name>MacrosAndTablesEditor</name>
    <message>
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Wert wie geschrieben</translation>
    </message>
    <message>
        <source>Expands to</source>
        <translation>Expandiert zu</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Add Macro…</source>
        <translation>Makro hinzufügen…</translation>
    </message>
    <message>
        <source>Add macro</source>
        <translation>Makro hinzufügen</translation>
    </message>
    <message>
        <source>Remove Macro</source>
        <translation>Makro entfernen</translation>
    </message>
    <message>
        <source>Remove macro</source>
        <translation>Makro entfernen</translation>
    </message>
    <message>
        <source>Add Entry…</source>
        <translation>Eintrag hinzufügen…</translation>
    </message>
    <message>
        <source>Add an entry to the macro</source>
        <translation>Dem Makro einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove Entry…</source>
        <translation>Eintrag entfernen…</translation>
    </message>
    <message>
        <source>Remove an entry from the macro</source>
        <translation>Einen Eintrag aus dem Makro entfernen</translation>
    </message>
    <message>
        <source>Add Table…</source>
        <translation>Tabelle hinzufügen…</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove Table</source>
        <translation>Tabelle entfernen</translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation>Tabelle entfernen</translation>
    </message>
    <message>
        <source>Add Address…</source>
        <translation>Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Add an address to the table</source>
        <translation>Der Tabelle eine Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove Address…</source>
        <translation>Adresse entfernen…</translation>
    </message>
    <message>
        <source>Remove an address from the table</source>
        <translation>Eine Adresse aus der Tabelle entfernen</translation>
    </message>
    <message>
        <source>&amp;Macros</source>
        <translation>&amp;Makros</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Add Macro</source>
        <translation>Makro hinzufügen</translation>
    </message>
    <message>
        <source>Macro name:</source>
        <translation>Name des Makros:</translation>
    </message>
    <message>
        <source>Value of $%1 (an address, interface or { list }):</source>
        <translation>Wert von $%1 (eine Adresse, Schnittstelle oder { Liste }):</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>New entry of $%1:</source>
        <translation>Neuer Eintrag für $%1:</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Entry of $%1 to remove:</source>
        <translation>Zu entfernender Eintrag aus $%1:</translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation>Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Name der Tabelle:</translation>
    </message>
    <message>
        <source>Addresses of &lt;%1&gt;, separated by commas (may be empty):</source>
        <translation>Adressen für &lt;%1&gt;, durch Kommas getrennt (darf leer sein):</translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Address or network for &lt;%1&gt;:</source>
        <translation>Adresse oder Netz für &lt;%1&gt;:</translation>
    </message>
    <message>
        <source>Remove Address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Address to remove from &lt;%1&gt;:</source>
        <translation>Aus &lt;%1&gt; zu entfernende Adresse:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>&amp;Firewall</source>
        <translation>&amp;Firewall</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Host Folder…</source>
        <translation>Host-Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Host</source>
        <translation>&amp;Demo-Host öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Jailwright</source>
        <translation>Ü&amp;ber Jailwright</translation>
    </message>
    <message>
        <source>About Jailwright</source>
        <translation>Über Jailwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jailwright %1&lt;/h3&gt;&lt;p&gt;Draw, edit and apply the network of FreeBSD VNET jails.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jailwright %1&lt;/h3&gt;&lt;p&gt;Das Netzwerk von FreeBSD-VNET-Jails zeichnen, bearbeiten und anwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Select a jail or a bridge to see its properties.</source>
        <translation>Wählen Sie eine Jail oder eine Bridge aus, um ihre Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) from %1.</source>
        <translation>
            <numerusform>%n Datei von %1 gelesen.</numerusform>
            <numerusform>%n Dateien von %1 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not open host</source>
        <translation>Host konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Saved %1 on %2.</source>
        <translation>%1 auf %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s)</source>
        <translation>
            <numerusform>%1 — %n Datei</numerusform>
            <numerusform>%1 — %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Folder Holding a Host&apos;s etc/ Files</source>
        <translation>Ordner mit den etc/-Dateien eines Hosts öffnen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes to %2.
Save them before closing?</source>
        <translation>%1 hat nicht gespeicherte Änderungen an %2.
Sollen sie vor dem Schließen gespeichert werden?</translation>
    </message>
    <message>
        <source>Read-Only Host</source>
        <translation>Schreibgeschützter Host</translation>
    </message>
    <message>
        <source>%1 is read-only; its changes cannot be saved there.</source>
        <translation>%1 ist schreibgeschützt; die Änderungen können dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>F&amp;irewall</source>
        <translation>F&amp;irewall</translation>
    </message>
    <message numerus="yes">
        <source>%n jail(s)</source>
        <translation>
            <numerusform>%n Jail</numerusform>
            <numerusform>%n Jails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s)</source>
        <translation>
            <numerusform>%n Bridge</numerusform>
            <numerusform>%n Bridges</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close Host</source>
        <translation>Host s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>P&amp;ending Changes</source>
        <translation>&amp;Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
</context>
<context>
    <name>NewBridgeDialog</name>
    <message>
        <source>The host &amp;routes between this segment and the others</source>
        <translation>Der Host &amp;routet zwischen diesem Segment und den anderen</translation>
    </message>
    <message>
        <source>New Bridge</source>
        <translation>Neue Bridge</translation>
    </message>
    <message>
        <source>Gateway address of the new bridge with prefix length</source>
        <translation>Gateway-Adresse der neuen Bridge mit Präfixlänge</translation>
    </message>
    <message>
        <source>for example 10.0.2.1/24</source>
        <translation>zum Beispiel 10.0.2.1/24</translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation>Bridge &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Give the bridge&apos;s own address with its prefix length, like 10.0.2.1/24.</source>
        <translation>Geben Sie die eigene Adresse der Bridge mit Präfixlänge an, etwa 10.0.2.1/24.</translation>
    </message>
</context>
<context>
    <name>NewJailDialog</name>
    <message>
        <source>New Jail on %1</source>
        <translation>Neue Jail an %1</translation>
    </message>
    <message>
        <source>Name of the new jail</source>
        <translation>Name der neuen Jail</translation>
    </message>
    <message>
        <source>for example web02</source>
        <translation>zum Beispiel web02</translation>
    </message>
    <message>
        <source>&amp;Add Jail</source>
        <translation>Jail &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>uplink</source>
        <translation>Uplink</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>Subnetz %1</translation>
    </message>
    <message>
        <source>VNET</source>
        <translation>VNET</translation>
    </message>
    <message>
        <source>shared IP</source>
        <translation>gemeinsame IP</translation>
    </message>
    <message>
        <source> · via %1</source>
        <translation> · über %1</translation>
    </message>
    <message>
        <source>no hostname</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>shared IP on a host interface</source>
        <translation>gemeinsame IP auf einer Host-Schnittstelle</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation>Nicht verstanden:</translation>
    </message>
</context>
<context>
    <name>OperationPreview</name>
    <message>
        <source>The changes this makes</source>
        <translation>Die Änderungen, die dies bewirkt</translation>
    </message>
</context>
<context>
    <name>PacketTracerForm</name>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>either family</source>
        <translation>beliebige Familie</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.5</source>
        <translation>z. B. 203.0.113.5</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>e.g. 198.51.100.20</source>
        <translation>z. B. 198.51.100.20</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP-Flags</translation>
    </message>
    <message>
        <source>S for a new connection</source>
        <translation>S für eine neue Verbindung</translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Trace the packet</source>
        <translation>Das Paket verfolgen</translation>
    </message>
    <message>
        <source>Send the packet through the ruleset and show which rules match</source>
        <translation>Das Paket durch den Regelsatz schicken und zeigen, welche Regeln passen</translation>
    </message>
    <message>
        <source>Trace result</source>
        <translation>Ergebnis der Verfolgung</translation>
    </message>
    <message>
        <source>In the rule table: the deciding rule in green (pass) or red (block), the translation in yellow, the other rules that matched in blue</source>
        <translation>In der Regeltabelle: die entscheidende Regel in Grün (pass) oder Rot (block), die Umsetzung in Gelb, die anderen passenden Regeln in Blau</translation>
    </message>
    <message>
        <source>Seen &amp;on:</source>
        <translation>Gesehen &amp;auf:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>TCP &amp;flags:</source>
        <translation>TCP-&amp;Flags:</translation>
    </message>
    <message>
        <source>the addresses are not %1 addresses</source>
        <translation>die Adressen sind keine %1-Adressen</translation>
    </message>
    <message>
        <source>Cannot trace: %1</source>
        <translation>Verfolgung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>PendingChangesView</name>
    <message>
        <source>&amp;Revert File</source>
        <translation>Datei &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <source>Changes of the selected file</source>
        <translation>Änderungen der ausgewählten Datei</translation>
    </message>
</context>
<context>
    <name>PfRuleTableModel</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>not one pf rule</source>
        <translation>keine einzelne pf-Regel</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Disabled (commented out) at line %1:</source>
        <translation>Deaktiviert (auskommentiert) in Zeile %1:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Quick</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>&amp;Log</source>
        <translation>Pro&amp;tokollieren</translation>
    </message>
    <message>
        <source>&amp;Quick (first match decides)</source>
        <translation>&amp;Quick (erster Treffer entscheidet)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>either direction</source>
        <translation>beide Richtungen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>either family</source>
        <translation>beide Familien</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>pf&apos;s default (keep state for pass)</source>
        <translation>pf-Standard (keep state bei pass)</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>any interface, e.g. $ext_if or bridge0</source>
        <translation>beliebige Schnittstelle, z. B. $ext_if oder bridge0</translation>
    </message>
    <message>
        <source>any protocol, e.g. tcp or { tcp, udp }</source>
        <translation>beliebiges Protokoll, z. B. tcp oder { tcp, udp }</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>TCP f&amp;lags:</source>
        <translation>TCP-F&amp;lags:</translation>
    </message>
    <message>
        <source>pf&apos;s default S/SA</source>
        <translation>pf-Standard S/SA</translation>
    </message>
    <message>
        <source>I&amp;CMP type:</source>
        <translation>I&amp;CMP-Typ:</translation>
    </message>
    <message>
        <source>any, e.g. echoreq</source>
        <translation>beliebig, z. B. echoreq</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>La&amp;bel:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>Translate t&amp;o:</source>
        <translation>&amp;Umsetzen auf:</translation>
    </message>
    <message>
        <source>nat, rdr and binat only: -&gt; target</source>
        <translation>nur nat, rdr und binat: -&gt; Ziel</translation>
    </message>
    <message>
        <source>Ot&amp;her options:</source>
        <translation>Weitere &amp;Optionen:</translation>
    </message>
    <message>
        <source>Rule text</source>
        <translation>Regeltext</translation>
    </message>
    <message>
        <source>Problem with the rule</source>
        <translation>Problem mit der Regel</translation>
    </message>
    <message>
        <source>The rule as it will be written:</source>
        <translation>Die Regel, wie sie geschrieben wird:</translation>
    </message>
    <message>
        <source>Kept as it is; edit it in the text of the file</source>
        <translation>Bleibt unverändert; bearbeiten Sie sie im Text der Datei</translation>
    </message>
    <message>
        <source>pfctl would refuse this rule: %1</source>
        <translation>pfctl würde diese Regel ablehnen: %1</translation>
    </message>
</context>
<context>
    <name>SetBridgeAddressOperation</name>
    <message>
        <source>There is no bridge %1.</source>
        <translation>Es gibt keine Bridge %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length, like 10.0.2.1/24.</source>
        <translation>„%1“ ist keine Adresse mit Präfixlänge wie 10.0.2.1/24.</translation>
    </message>
    <message>
        <source>Set the address of %1 to %2</source>
        <translation>Adresse von %1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message>
        <source>jails: %1 (%2 running) · bridges: %3</source>
        <translation>Jails: %1 (%2 laufend) · Bridges: %3</translation>
    </message>
    <message>
        <source>jails: %1 · bridges: %2</source>
        <translation>Jails: %1 · Bridges: %2</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation>Topologie-Zeichenfläche</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>New &amp;Jail</source>
        <translation>Neue &amp;Jail</translation>
    </message>
    <message>
        <source>Click a bridge or empty space to add a jail there</source>
        <translation>Klicken Sie auf eine Bridge oder eine freie Fläche, um dort eine Jail hinzuzufügen</translation>
    </message>
    <message>
        <source>New &amp;Bridge</source>
        <translation>Neue &amp;Bridge</translation>
    </message>
    <message>
        <source>Click empty space to add a bridge</source>
        <translation>Klicken Sie auf eine freie Fläche, um eine Bridge hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Forget where cards were dragged and lay them out again</source>
        <translation>Vergessen, wohin Karten gezogen wurden, und sie neu anordnen</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation>Neuer Name für %1</translation>
    </message>
    <message>
        <source>New Jail Here…</source>
        <translation>Neue Jail hier…</translation>
    </message>
    <message>
        <source>&amp;Move to Bridge</source>
        <translation>Zu Bridge &amp;verschieben</translation>
    </message>
    <message>
        <source>New &amp;Jail…</source>
        <translation>Neue &amp;Jail…</translation>
    </message>
    <message>
        <source>New &amp;Bridge…</source>
        <translation>Neue &amp;Bridge…</translation>
    </message>
    <message>
        <source>Select and drag cards; Esc also returns to this tool</source>
        <translation>Karten auswählen und ziehen; Esc kehrt ebenfalls zu diesem Werkzeug zurück</translation>
    </message>
</context>
</TS>
