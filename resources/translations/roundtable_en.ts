<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rt::AnnualReport</name>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::Archive</name>
    <message numerus="yes">
        <source>%n sub-organisation(s)</source>
        <translation>
            <numerusform>%n sub-organisation</numerusform>
            <numerusform>%n sub-organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this dialogue has %n press release(s); delete them first</source>
        <translation>
            <numerusform>this dialogue has %n press release; delete it first</numerusform>
            <numerusform>this dialogue has %n press releases; delete them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::AnnualReportAction</name>
    <message numerus="yes">
        <source>Report written to %1 (%n pages)</source>
        <translation>
            <numerusform>Report written to %1 (%n page)</numerusform>
            <numerusform>Report written to %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::ListOutput</name>
    <message numerus="yes">
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>rt::cli</name>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
