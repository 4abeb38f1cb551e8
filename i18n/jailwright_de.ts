<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BridgePane</name>
    <message>
        <source>Bridge address with prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10.0.2.1/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bridge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the bridge has no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (host interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — jail %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: traffic is routed by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the host&apos;s pf.conf name %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no rule of the host&apos;s pf.conf names %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>FirewallPane</name>
    <message>
        <source>Ruleset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s pf.conf or a VNET jail&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruleset status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the ruleset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Macros and Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet tracer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uleset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rule and the comment above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment the selected rule out, or back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule above the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule below the one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (hover the mark)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No pf.conf on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the ruleset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rule at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rule at Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule at line %1 of an included file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass: pf does not filter on %1 (set skip, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass: no rule matched, and pf passes what no rule decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source translated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; first %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: %1</source>
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
    <name>HostEditor</name>
    <message>
        <source>Make a bridge first: a VNET jail joins the host through one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length, like 10.0.0.20/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jails can be renamed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of jail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jail %1 has no section of its own to edit.</source>
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
    <name>JailPane</name>
    <message>
        <source>Jail name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VNET (own network stack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNET &amp;interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jail&apos;s address with prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10.0.0.20/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host i&amp;nterface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;4 addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;6 addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec.&amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec.s&amp;top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;devfs ruleset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;enforce_statfs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount &amp;devfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persist without processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;raw sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow setting the &amp;hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;mounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow System V &amp;IPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;pends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jail&apos;s section in jail.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jail selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JailParametersModel</name>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable in this value is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>epair: %1 on the host, %2 in the jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared address on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacrosAndTablesEditor</name>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expands to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Macro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to the macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an entry from the macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an address from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of $%1 (an address, interface or { list }):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry of $%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry of $%1 to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses of &lt;%1&gt;, separated by commas (may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or network for &lt;%1&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to remove from &lt;%1&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Topology</source>
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
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n jail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewBridgeDialog</name>
    <message>
        <source>The host &amp;routes between this segment and the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway address of the new bridge with prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10.0.2.1/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bridge&apos;s own address with its prefix length, like 10.0.2.1/24.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewJailDialog</name>
    <message>
        <source>New Jail on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example web02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uplink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared IP on a host interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationPreview</name>
    <message>
        <source>The changes this makes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketTracerForm</name>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 203.0.113.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 198.51.100.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S for a new connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the packet through the ruleset and show which rules match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the rule table: the deciding rule in green (pass) or red (block), the translation in yellow, the other rules that matched in blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP &amp;flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addresses are not %1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot trace: %1</source>
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
<context>
    <name>PfRuleTableModel</name>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one pf rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (commented out) at line %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick (first match decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pf&apos;s default (keep state for pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any interface, e.g. $ext_if or bridge0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any protocol, e.g. tcp or { tcp, udp }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP f&amp;lags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pf&apos;s default S/SA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;CMP type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any, e.g. echoreq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nat, rdr and binat only: -&gt; target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule as it will be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is; edit it in the text of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfctl would refuse this rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBridgeAddressOperation</name>
    <message>
        <source>There is no bridge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length, like 10.0.2.1/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the address of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message>
        <source>jails: %1 (%2 running) · bridges: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bridge or empty space to add a jail there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click empty space to add a bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
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
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget where cards were dragged and lay them out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Jail Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Jail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Bridge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
