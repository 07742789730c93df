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
    <name>rt::app::ConflictDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ, marked in yellow. Click Theirs or Mine in a row (or press Space) to choose; every field you leave on Mine keeps what you typed.</source>
        <translation>
            <numerusform>%n field differs, marked in yellow. Click Theirs or Mine in a row (or press Space) to choose; every field you leave on Mine keeps what you typed.</numerusform>
            <numerusform>%n fields differ, marked in yellow. Click Theirs or Mine in a row (or press Space) to choose; every field you leave on Mine keeps what you typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::DialogueEditor</name>
    <message numerus="yes">
        <source>Press releases: %n, the latest %1 — %2</source>
        <translation>
            <numerusform>Press release: %n, %1 — %2</numerusform>
            <numerusform>Press releases: %n, the latest %1 — %2</numerusform>
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
    <message numerus="yes">
        <source>%n speech(es)</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published press release(s)</source>
        <translation>
            <numerusform>%n published press release</numerusform>
            <numerusform>%n published press releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved press release(s)</source>
        <translation>
            <numerusform>%n approved press release</numerusform>
            <numerusform>%n approved press releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft press release(s)</source>
        <translation>
            <numerusform>%n draft press release</numerusform>
            <numerusform>%n draft press releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::MergePeopleDialog</name>
    <message numerus="yes">
        <source>Spoke at %n dialogue(s)</source>
        <translation>
            <numerusform>Spoke at %n dialogue</numerusform>
            <numerusform>Spoke at %n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· and %n more</source>
        <translation>
            <numerusform>· and %n more</numerusform>
            <numerusform>· and %n more</numerusform>
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
    <message numerus="yes">
        <source>This dialogue already has %n press release(s); the latest is %1:

%2

Open it, or write another release of the same dialogue?</source>
        <translation>
            <numerusform>This dialogue already has %n press release, which is %1:

%2

Open it, or write another release of the same dialogue?</numerusform>
            <numerusform>This dialogue already has %n press releases; the latest is %1:

%2

Open it, or write another release of the same dialogue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n press release(s)?

A published release is a public record: it can no longer be edited or deleted.</source>
        <translation>
            <numerusform>Publish %n press release?

A published release is a public record: it can no longer be edited or deleted.</numerusform>
            <numerusform>Publish %n press releases?

A published release is a public record: it can no longer be edited or deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n press release(s) as they stand?

Any later edit makes a release a draft again.</source>
        <translation>
            <numerusform>Approve %n press release as it stands?

Any later edit makes a release a draft again.</numerusform>
            <numerusform>Approve %n press releases as they stand?

Any later edit makes a release a draft again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::app::TranslatedFields</name>
    <message numerus="yes">
        <source>%n field(s) lack %1.</source>
        <translation>
            <numerusform>%n field lacks %1.</numerusform>
            <numerusform>%n fields lack %1.</numerusform>
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
