// Several editors at once, nothing lost: every save writes only over the version it read, and
// anything else is a conflict that writes nothing (DESIGN.md, "Several editors at once").
// Two connections on one archive stand for two windows or two programs; the two-process case
// runs this executable twice more as a helper (`--save-helper`). Every case runs on an SQLite
// file and on the throwaway PostgreSQL server (the global `backend` column; support/PgServer.h).

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace rt;
using namespace rt::test;

class TestVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void cleanupTestCase();
    void init();
    void cleanup();
    void newRecordsStartAtOne();
    void secondSaveOfADialogueConflicts();
    void overwriteWritesOverTheirVersionOnly();
    void everyKindConflicts();
    void savedAfterDeleteIsDeleted();
    void deleteOfAChangedRecordRefused();
    void mergeOfAChangedPersonRefused();
    void mergeMovesDialoguesOn();
    void pressReleaseConflicts();
    void versionsStayOutOfExport();
    void importConflictChangesNothing();
    void importConflictOnAKeyAddedMeanwhile();
    void twoProcessesOneConflict();
    void clientKilledInATransaction();

private:
    // A second connection to the same file: another window or program.
    struct Other
    {
        Database db;
        std::unique_ptr<Archive> archive;
    };
    std::unique_ptr<Other> other();
    // A new, empty archive of the backend under test: a file beside m_path or a new database.
    QString newArchive(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestArchive m_test;
    qint64 m_dialogue = 0;
};

std::unique_ptr<TestVersions::Other> TestVersions::other()
{
    auto o = std::make_unique<Other>();
    QString error;
    if (!o->db.open(m_path, Database::Mode::ReadWrite, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    o->archive = std::make_unique<Archive>(o->db);
    return o;
}

void TestVersions::initTestCase_data()
{
    rt::test::addBackends();
}

void TestVersions::cleanupTestCase()
{
    PgServer::stopIfStarted();
}

QString TestVersions::newArchive(const QString &name)
{
    QString error;
    const QString address = rt::test::newArchive(m_dir->filePath(name), &error);
    if (address.isEmpty())
        qWarning("%s", qPrintable(error));
    return address;
}

void TestVersions::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = newArchive(QStringLiteral("a.roundtable"));
    QVERIFY(!m_path.isEmpty());
    QString error;
    QVERIFY2(m_test.open(m_path, TestArchive::Demo, &error), qPrintable(error));
    m_dialogue = m_test.demoDialogue();
    QVERIFY(m_dialogue > 0);
}

void TestVersions::cleanup()
{
    Interchange::setAfterCheckHook(nullptr);
    m_test.close();
    m_dir.reset();
}

void TestVersions::newRecordsStartAtOne()
{
    QCOMPARE(m_test->dialogue(m_dialogue)->version, qint64(1));
    Person p;
    p.familyName = QStringLiteral("Nguyen");
    p.givenName = QStringLiteral("Lan");
    QString error;
    QVERIFY2(m_test->savePerson(p, &error), qPrintable(error));
    QCOMPARE(p.version, qint64(1));
    p.notes = QStringLiteral("met in Hanoi");
    QVERIFY2(m_test->savePerson(p, &error), qPrintable(error));
    QCOMPARE(p.version, qint64(2));
    QCOMPARE(m_test->person(p.id)->version, qint64(2));
    QCOMPARE(m_test->storedVersion(QStringLiteral("person"), p.id), qint64(2));
    QCOMPARE(m_test->storedVersion(QStringLiteral("person"), p.id + 1000), qint64(0));
}

void TestVersions::secondSaveOfADialogueConflicts()
{
    auto b = other();
    QVERIFY(b);
    Dialogue mine = *m_test->dialogue(m_dialogue);
    Dialogue theirs = *b->archive->dialogue(m_dialogue);
    QCOMPARE(mine.version, theirs.version);
    const int speeches = int(mine.speeches.size());

    mine.title = QStringLiteral("Saved first");
    mine.speeches.removeLast();
    QString error;
    SaveConflict conflict;
    QVERIFY2(m_test->saveDialogue(mine, &error, &conflict), qPrintable(error));
    QVERIFY(!conflict);
    QCOMPARE(mine.version, qint64(2));

    theirs.outcome = QStringLiteral("Saved second");
    QVERIFY(!b->archive->saveDialogue(theirs, &error, &conflict));
    QCOMPARE(conflict.kind, SaveConflict::Kind::Changed);
    QCOMPARE(conflict.table, QStringLiteral("dialogue"));
    QCOMPARE(conflict.id, m_dialogue);
    QCOMPARE(conflict.myVersion, qint64(1));
    QCOMPARE(conflict.theirVersion, qint64(2));
    QVERIFY(!conflict.modifiedAt.isEmpty()); // a dialogue keeps the time of its last save
    QCOMPARE(error, conflict.message());
    QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(theirs.version, qint64(1)); // unchanged: still the version that was read

    // The first save stays whole, speeches included; nothing of the second was written.
    const Dialogue stored = *b->archive->dialogue(m_dialogue);
    QCOMPARE(stored.title, QStringLiteral("Saved first"));
    QVERIFY(stored.outcome != QStringLiteral("Saved second"));
    QCOMPARE(stored.speeches.size(), speeches - 1);
    QCOMPARE(stored.version, qint64(2));
}

void TestVersions::overwriteWritesOverTheirVersionOnly()
{
    auto b = other();
    QVERIFY(b);
    Dialogue mine = *m_test->dialogue(m_dialogue);
    Dialogue theirs = *b->archive->dialogue(m_dialogue);
    mine.title = QStringLiteral("Mine");
    QString error;
    QVERIFY(m_test->saveDialogue(mine, &error));
    theirs.title = QStringLiteral("Theirs");
    SaveConflict conflict;
    QVERIFY(!b->archive->saveDialogue(theirs, &error, &conflict));
    // Overwrite, explicitly: over the version now stored, and that one only.
    theirs.version = conflict.theirVersion;
    QVERIFY2(b->archive->saveDialogue(theirs, &error, &conflict), qPrintable(error));
    QCOMPARE(theirs.version, qint64(3));
    QCOMPARE(m_test->dialogue(m_dialogue)->title, QStringLiteral("Theirs"));
    // The first connection's copy is now stale in turn.
    mine.title = QStringLiteral("Mine again");
    QVERIFY(!m_test->saveDialogue(mine, &error, &conflict));
    QCOMPARE(conflict.theirVersion, qint64(3));
}

void TestVersions::everyKindConflicts()
{
    auto b = other();
    QVERIFY(b);
    QString error;
    SaveConflict conflict;

    Person p1 = *m_test->person(m_test->personId(QStringLiteral("zhang-yujun")));
    Person p2 = *b->archive->person(p1.id);
    p1.notes = QStringLiteral("one");
    p2.notes = QStringLiteral("two");
    QVERIFY(m_test->savePerson(p1, &error));
    QVERIFY(!b->archive->savePerson(p2, &error, &conflict));
    QCOMPARE(conflict.table, QStringLiteral("person"));
    QCOMPARE(m_test->person(p1.id)->notes, QStringLiteral("one"));

    Organization o1 = *m_test->organization(m_test->organizationId(QStringLiteral("feco")));
    Organization o2 = *b->archive->organization(o1.id);
    o1.website = QStringLiteral("https://one.example");
    o2.website = QStringLiteral("https://two.example");
    QVERIFY(m_test->saveOrganization(o1, &error));
    QVERIFY(!b->archive->saveOrganization(o2, &error, &conflict));
    QCOMPARE(conflict.table, QStringLiteral("organization"));
    QCOMPARE(m_test->organization(o1.id)->website, QStringLiteral("https://one.example"));

    Contact c1 = *m_test->contact(m_test->contactId(QStringLiteral("lmec-contact")));
    Contact c2 = *b->archive->contact(c1.id);
    c1.fax = QStringLiteral("+86-10-1");
    c2.fax = QStringLiteral("+86-10-2");
    c2.phones.clear();
    QVERIFY(m_test->saveContact(c1, &error));
    QVERIFY(!b->archive->saveContact(c2, &error, &conflict));
    QCOMPARE(conflict.table, QStringLiteral("contact"));
    const Contact stored = *m_test->contact(c1.id);
    QCOMPARE(stored.fax, QStringLiteral("+86-10-1"));
    QCOMPARE(stored.phones, c1.phones); // the phones the second save dropped are still there
}

void TestVersions::savedAfterDeleteIsDeleted()
{
    auto b = other();
    QVERIFY(b);
    const qint64 contactId = m_test->contactId(QStringLiteral("lmec-contact"));
    Contact theirs = *b->archive->contact(contactId);
    Dialogue d = *m_test->dialogue(m_dialogue);
    d.contactId = 0; // the contact is free to go
    QString error;
    QVERIFY2(m_test->saveDialogue(d, &error), qPrintable(error));
    QVERIFY2(m_test->removeContact(contactId, &error), qPrintable(error));

    theirs.label = QStringLiteral("Edited after the delete");
    SaveConflict conflict;
    QVERIFY(!b->archive->saveContact(theirs, &error, &conflict));
    QCOMPARE(conflict.kind, SaveConflict::Kind::Deleted);
    QCOMPARE(conflict.theirVersion, qint64(0));
    QVERIFY2(error.contains(QStringLiteral("deleted by someone else")), qPrintable(error));
    QVERIFY(!m_test->contact(contactId)); // not brought back
    QCOMPARE(m_test->counts().contacts, qint64(0));

    // Saved as a new record, on the user's word: a new id, version 1.
    theirs.id = 0;
    theirs.version = 0;
    QVERIFY2(b->archive->saveContact(theirs, &error, &conflict), qPrintable(error));
    QVERIFY(theirs.id > 0);
    QCOMPARE(theirs.version, qint64(1));
    QCOMPARE(m_test->contact(theirs.id)->label, QStringLiteral("Edited after the delete"));
}

void TestVersions::deleteOfAChangedRecordRefused()
{
    auto b = other();
    QVERIFY(b);
    // Shown to the user at version 1; someone else saves before the answer.
    Organization shown;
    shown.name = QStringLiteral("Mekong Institute");
    QString error;
    QVERIFY(m_test->saveOrganization(shown, &error));
    Organization theirs = *b->archive->organization(shown.id);
    theirs.about = QStringLiteral("Changed meanwhile");
    QVERIFY(b->archive->saveOrganization(theirs, &error));
    SaveConflict conflict;
    QVERIFY(!m_test->removeOrganization(shown.id, &error, shown.version, &conflict));
    QCOMPARE(conflict.kind, SaveConflict::Kind::Changed);
    QVERIFY(m_test->organization(shown.id));
    // Shown again, as stored now: deleted.
    QVERIFY2(m_test->removeOrganization(shown.id, &error, theirs.version, &conflict), qPrintable(error));
    QVERIFY(!m_test->organization(shown.id));

    // A dialogue likewise, with its releases: nothing goes.
    Dialogue d = *b->archive->dialogue(m_dialogue);
    d.notes = QStringLiteral("changed");
    QVERIFY(b->archive->saveDialogue(d, &error));
    QVERIFY(!m_test->removeDialogue(m_dialogue, &error, Archive::Releases::Delete, 1, &conflict));
    QVERIFY(m_test->dialogue(m_dialogue));
}

void TestVersions::mergeOfAChangedPersonRefused()
{
    auto b = other();
    QVERIFY(b);
    const Person kept = *m_test->person(m_test->personId(QStringLiteral("zhang-yujun")));
    const Person merged = *m_test->person(m_test->personId(QStringLiteral("wang-qian")));
    const qint64 speechesOfMerged = m_test->speechCount(merged.id);
    const qint64 speechesOfKept = m_test->speechCount(kept.id);
    QVERIFY(speechesOfMerged > 0);

    Person changed = *b->archive->person(merged.id);
    changed.notes = QStringLiteral("not the same person after all");
    QString error;
    QVERIFY(b->archive->savePerson(changed, &error));

    SaveConflict conflict;
    QVERIFY(!m_test->mergePeople(kept.id, merged.id, &error, kept.version, merged.version, &conflict));
    QCOMPARE(conflict.kind, SaveConflict::Kind::Changed);
    QCOMPARE(conflict.id, merged.id);
    QVERIFY(m_test->person(merged.id));
    QCOMPARE(m_test->speechCount(merged.id), speechesOfMerged); // no speech moved
    QCOMPARE(m_test->person(kept.id)->version, kept.version); // the kept one untouched too

    // The kept person changed instead: refused as well.
    Person keptChanged = *b->archive->person(kept.id);
    keptChanged.notes = QStringLiteral("changed");
    QVERIFY(b->archive->savePerson(keptChanged, &error));
    QVERIFY(!m_test->mergePeople(kept.id, merged.id, &error, kept.version, changed.version, &conflict));
    QCOMPARE(conflict.id, kept.id);
    QCOMPARE(m_test->speechCount(kept.id), speechesOfKept);
}

void TestVersions::mergeMovesDialoguesOn()
{
    const qint64 kept = m_test->personId(QStringLiteral("zhang-yujun"));
    const qint64 merged = m_test->personId(QStringLiteral("wang-qian"));
    Dialogue open = *m_test->dialogue(m_dialogue); // an editor open on the dialogue
    QString error;
    QVERIFY2(m_test->mergePeople(
                 kept, merged, &error, m_test->person(kept)->version, m_test->person(merged)->version),
        qPrintable(error));
    QCOMPARE(m_test->dialogue(m_dialogue)->version, open.version + 1);
    // Its save would write the merged person back into the speeches: a conflict instead.
    SaveConflict conflict;
    QVERIFY(!m_test->saveDialogue(open, &error, &conflict));
    QCOMPARE(conflict.kind, SaveConflict::Kind::Changed);
}

void TestVersions::pressReleaseConflicts()
{
    auto b = other();
    QVERIFY(b);
    PressReleaseStore mine(m_test.db());
    PressReleaseStore theirs(b->db);
    PressRelease r;
    r.dialogueId = m_dialogue;
    r.headline = QStringLiteral("First");
    r.body = QStringLiteral("<p>one</p>");
    QString error;
    QVERIFY2(mine.save(r, &error), qPrintable(error));
    QCOMPARE(r.version, qint64(1));
    PressRelease other = *theirs.release(r.id);
    r.headline = QStringLiteral("Mine");
    QVERIFY2(mine.save(r, &error), qPrintable(error));
    other.headline = QStringLiteral("Theirs");
    SaveConflict conflict;
    QVERIFY(!theirs.save(other, &error, &conflict));
    QCOMPARE(conflict.table, QStringLiteral("press_release"));
    QCOMPARE(mine.release(r.id)->headline, QStringLiteral("Mine"));
    QCOMPARE(mine.revisions(r.id).size(), 1); // only the first save's text, nothing of theirs
    // Approving what someone else has changed since it was shown is refused too.
    QVERIFY(!theirs.setStatus(r.id, QStringLiteral("approved"), &error, other.version));
    QCOMPARE(mine.release(r.id)->status, QStringLiteral("draft"));
    QVERIFY(!theirs.remove(r.id, &error, other.version));
    QVERIFY(mine.release(r.id));
}

void TestVersions::versionsStayOutOfExport()
{
    // Save a few times so that versions differ from 1, then export and import elsewhere.
    Dialogue d = *m_test->dialogue(m_dialogue);
    QString error;
    for (int i = 0; i < 3; ++i) {
        d.notes = QStringLiteral("save %1").arg(i);
        QVERIFY2(m_test->saveDialogue(d, &error), qPrintable(error));
    }
    QCOMPARE(d.version, qint64(4));
    const QByteArray exported = Interchange::exportJson(m_test.archive(), &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    QVERIFY(!exported.contains("\"version\""));

    TestArchive copy;
    const QString copyPath = newArchive(QStringLiteral("b.roundtable"));
    QVERIFY(!copyPath.isEmpty());
    QVERIFY2(copy.open(copyPath, TestArchive::Empty, &error), qPrintable(error));
    Interchange::Report report;
    QVERIFY2(Interchange::importJson(copy.archive(), exported, &report, &error), qPrintable(error));
    // A record is new in the archive it is imported into: version 1; the file is the same.
    QCOMPARE(copy->dialogue(copy.demoDialogue())->version, qint64(1));
    QCOMPARE(Interchange::exportJson(copy.archive(), &error), exported);
    // Importing the same file again changes nothing, so no version moves.
    QVERIFY(Interchange::importJson(copy.archive(), exported, &report, &error));
    QCOMPARE(report.updated, 0);
    QCOMPARE(copy->dialogue(copy.demoDialogue())->version, qint64(1));
    // A changed record is an update: its version moves on.
    QVERIFY(Interchange::importJson(
        copy.archive(), QByteArray(exported).replace("save 2", "save 3"), &report, &error));
    QCOMPARE(report.updated, 1);
    QCOMPARE(copy->dialogue(copy.demoDialogue())->version, qint64(2));
}

void TestVersions::importConflictChangesNothing()
{
    QString error;
    const QByteArray exported = Interchange::exportJson(m_test.archive(), &error);
    // The file changes the demo dialogue and adds a person.
    QByteArray file = exported;
    file.replace("\"people\": [", "\"people\": [{\"key\": \"new-person\", \"family_name\": \"Nguyen\"},");
    file.replace("Senior-level Roundtable", "Senior Roundtable");
    QVERIFY(file != exported);

    auto b = other();
    QVERIFY(b);
    // Between the import's check of the file and its writing, another window saves the dialogue.
    Interchange::setAfterCheckHook([&] {
        Dialogue d = *b->archive->dialogue(m_dialogue);
        d.notes = QStringLiteral("saved by another window during the import");
        QString saveError;
        QVERIFY2(b->archive->saveDialogue(d, &saveError), qPrintable(saveError));
    });
    Interchange::Report report;
    QVERIFY(!Interchange::importJson(m_test.archive(), file, &report, &error));
    QVERIFY2(error.contains(QStringLiteral("changed by someone else during the import")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("2022-11-23-iem-roundtable")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("nothing was imported")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(report.added + report.updated, 0);
    // Nothing of the file: the person is not there, the other window's save is.
    QCOMPARE(m_test->personId(QStringLiteral("new-person")), 0);
    const Dialogue stored = *m_test->dialogue(m_dialogue);
    QVERIFY(stored.title.startsWith(QStringLiteral("Senior-level")));
    QCOMPARE(stored.notes, QStringLiteral("saved by another window during the import"));

    // Without anyone in between, the same file imports.
    Interchange::setAfterCheckHook(nullptr);
    QVERIFY2(Interchange::importJson(m_test.archive(), file, &report, &error), qPrintable(error));
    QVERIFY(m_test->personId(QStringLiteral("new-person")) > 0);
}

void TestVersions::importConflictOnAKeyAddedMeanwhile()
{
    auto b = other();
    QVERIFY(b);
    const QByteArray file = R"({"format": "roundtable/1", "people": [
        {"key": "nguyen-lan", "family_name": "Nguyen", "given_name": "Lan"}]})";
    Interchange::setAfterCheckHook([&] {
        Person p;
        p.key = QStringLiteral("nguyen-lan");
        p.familyName = QStringLiteral("Nguyen");
        p.givenName = QStringLiteral("Lan (added in another window)");
        QString saveError;
        QVERIFY2(b->archive->savePerson(p, &saveError), qPrintable(saveError));
    });
    Interchange::Report report;
    QString error;
    QVERIFY(!Interchange::importJson(m_test.archive(), file, &report, &error));
    QVERIFY2(
        error.contains(QStringLiteral("was added by someone else during the import")), qPrintable(error));
    const qint64 id = m_test->personId(QStringLiteral("nguyen-lan"));
    QCOMPARE(m_test->person(id)->givenName, QStringLiteral("Lan (added in another window)"));
}

void TestVersions::twoProcessesOneConflict()
{
    // Two programs load the dialogue, then are told to save at the same moment: SQLite lets
    // one write at a time; on PostgreSQL the first UPDATE locks the row, the second waits for
    // its commit and then matches no row. Either way the other finds the version moved on.
    m_test.close();
    QList<QProcess *> helpers;
    for (const QString &title :
        { QStringLiteral("Title of process A"), QStringLiteral("Title of process B") }) {
        auto *helper = new QProcess(this);
        helper->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper->start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--save-helper"), m_path, QString::number(m_dialogue), title });
        helpers.append(helper);
    }
    for (QProcess *helper : helpers) {
        QVERIFY(helper->waitForStarted(10000));
        while (!helper->canReadLine() && helper->waitForReadyRead(20000)) { }
        QCOMPARE(helper->readLine().trimmed(), QByteArray("loaded 1"));
    }
    for (QProcess *helper : helpers)
        helper->write("go\n");
    QStringList results;
    for (QProcess *helper : helpers) {
        QVERIFY(helper->waitForFinished(30000));
        QCOMPARE(helper->exitCode(), 0);
        results.append(QString::fromUtf8(helper->readAll().trimmed()));
    }
    qDeleteAll(helpers);
    QCOMPARE(results.filter(QStringLiteral("saved")).size(), 1);
    QCOMPARE(results.filter(QStringLiteral("conflict")).size(), 1);
    const int winner = results.at(0) == QLatin1String("saved") ? 0 : 1;

    QString error;
    QVERIFY2(m_test.open(m_path, TestArchive::Empty, &error), qPrintable(error));
    const Dialogue stored = *m_test->dialogue(m_dialogue);
    QCOMPARE(stored.title,
        winner == 0 ? QStringLiteral("Title of process A") : QStringLiteral("Title of process B"));
    QCOMPARE(stored.version, qint64(2));
    QVERIFY(!stored.speeches.isEmpty());
}

void TestVersions::clientKilledInATransaction()
{
    // A program killed in the middle of a save (issue 13, item 8): it has rewritten the dialogue,
    // its speeches gone, inside its transaction; SIGKILL. Nothing of it stays, and the row it
    // held is free again at once: another save goes through.
    const Dialogue before = *m_test->dialogue(m_dialogue);
    QVERIFY(!before.speeches.isEmpty());
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--killed-helper"), m_path, QString::number(m_dialogue) });
    QVERIFY(helper.waitForStarted(10000));
    while (!helper.canReadLine() && helper.waitForReadyRead(20000)) { }
    QCOMPARE(helper.readLine().trimmed(), QByteArray("inside"));
    helper.kill(); // SIGKILL: no rollback of its own, no goodbye to the server
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    QElapsedTimer clock;
    clock.start();
    Dialogue after = *m_test->dialogue(m_dialogue);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.speeches.size(), before.speeches.size());
    after.notes = QStringLiteral("saved after the other program died");
    QString error;
    QVERIFY2(m_test->saveDialogue(after, &error), qPrintable(error));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_test->dialogue(m_dialogue)->notes, QStringLiteral("saved after the other program died"));
    QCOMPARE(m_test->dialogue(m_dialogue)->version, before.version + 1);
}

// The helper of clientKilledInATransaction: opens a transaction, saves the dialogue with a new
// title and no speeches inside it, says "inside" and waits to be killed.
static int killedHelper(const QString &path, qint64 id)
{
    QTextStream out(stdout);
    Database db;
    QString error;
    if (!db.open(path, Database::Mode::ReadWrite, &error)) {
        out << "error " << error << Qt::endl;
        return 1;
    }
    Archive archive(db);
    std::optional<Dialogue> d = archive.dialogue(id);
    if (!d)
        return 1;
    Transaction transaction(db);
    if (!transaction.begin(&error))
        return 1;
    d->title = QStringLiteral("Never committed");
    d->speeches.clear();
    if (!archive.saveDialogue(*d, &error)) {
        out << "error " << error << Qt::endl;
        return 1;
    }
    out << "inside" << Qt::endl;
    char line[16] = {};
    std::fgets(line, sizeof line, stdin); // killed while waiting here
    return 0;
}

// The helper: loads the dialogue, says so, waits for "go", saves it with `title`, and prints
// "saved" or "conflict" (with the message).
static int saveHelper(const QString &path, qint64 id, const QString &title)
{
    QTextStream out(stdout);
    Database db;
    QString error;
    if (!db.open(path, Database::Mode::ReadWrite, &error)) {
        out << "error " << error << Qt::endl;
        return 1;
    }
    Archive archive(db);
    std::optional<Dialogue> d = archive.dialogue(id);
    if (!d) {
        out << "error no dialogue" << Qt::endl;
        return 1;
    }
    out << "loaded " << d->version << Qt::endl;
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return 1;
    d->title = title;
    SaveConflict conflict;
    if (archive.saveDialogue(*d, &error, &conflict))
        out << "saved" << Qt::endl;
    else if (conflict)
        out << "conflict " << error << Qt::endl;
    else
        out << "error " << error << Qt::endl;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--killed-helper") == 0) {
        QCoreApplication app(argc, argv);
        return killedHelper(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    if (argc == 5 && qstrcmp(argv[1], "--save-helper") == 0) {
        QCoreApplication app(argc, argv);
        return saveHelper(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
            QString::fromLocal8Bit(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestVersions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_versions.moc"
