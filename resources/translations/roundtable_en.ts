<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rt::app::MainWindow</name>
    <message numerus="yes">
        <source>these %n records</source>
        <translation>
            <numerusform>this record</numerusform>
            <numerusform>these %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::PersonEditor</name>
    <message numerus="yes">
        <source>Spoke at %n dialogue(s)</source>
        <translation>
            <numerusform>Spoke at %n dialogue</numerusform>
            <numerusform>Spoke at %n dialogues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::PressReleaseListWidget</name>
    <message numerus="yes">
        <source>Delete %n press release(s) with all their revisions?</source>
        <translation>
            <numerusform>Delete %n press release with all its revisions?</numerusform>
            <numerusform>Delete %n press releases with all their revisions?</numerusform>
        </translation>
    </message>
</context>
</TS>
