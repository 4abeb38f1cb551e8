<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BridgePane</name>
    <message numerus="yes">
        <source>%n rule(s) of the host&apos;s pf.conf name %1</source>
        <translation>
            <numerusform>%n rule of the host&apos;s pf.conf name %1</numerusform>
            <numerusform>%n rules of the host&apos;s pf.conf name %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallPane</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n disabled</numerusform>
            <numerusform>%n disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (hover the mark)</source>
        <translation>
            <numerusform>%n with problems (hover the mark)</numerusform>
            <numerusform>%n with problems (hover the mark)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the text</source>
        <translation>
            <numerusform>%n message in the text</numerusform>
            <numerusform>%n messages in the text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Read %n file(s) from %1.</source>
        <translation>
            <numerusform>Read %n file from %1.</numerusform>
            <numerusform>Read %n files from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s)</source>
        <translation>
            <numerusform>%1 — %n file</numerusform>
            <numerusform>%1 — %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jail(s)</source>
        <translation>
            <numerusform>%n jail</numerusform>
            <numerusform>%n jails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s)</source>
        <translation>
            <numerusform>%n bridge</numerusform>
            <numerusform>%n bridges</numerusform>
        </translation>
    </message>
</context>
</TS>
