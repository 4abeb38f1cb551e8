<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
