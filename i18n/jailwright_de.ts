<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Draw, edit and apply the network of FreeBSD VNET jails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as an image once the host is loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (for example de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder holding a host&apos;s etc/ files (a config repository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown colour scheme &quot;%1&quot;; use system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one host folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderHost</name>
    <message>
        <source>Demo host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostSession</name>
    <message>
        <source>The change to %1 does not fit its current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The topology canvas appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall rules appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Host Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Jailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Jailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jailwright %1&lt;/h3&gt;&lt;p&gt;Draw, edit and apply the network of FreeBSD VNET jails.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a jail or a bridge to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Folder Holding a Host&apos;s etc/ Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes to %2.
Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Only Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; its changes cannot be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingChangesView</name>
    <message>
        <source>&amp;Revert File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
