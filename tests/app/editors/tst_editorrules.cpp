// The record rules as the editors show them: the reason beside Save and whether Save is
// enabled, for each case of the table import and the Archive are tested with
// (tests/support/RecordRuleCases.h, tests/core/records/tst_recordrules.cpp).

#include "app/editors/ContactEditor.h"
#include "app/editors/DialogueEditor.h"
#include "app/editors/OrganizationEditor.h"
#include "app/editors/PersonEditor.h"
#include "core/records/Countries.h"
#include "core/records/ListQueries.h"
#include "support/RecordRuleCases.h"
#include "support/TestArchive.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rt;
using namespace rt::app;

class TestEditorRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reasonBesideSave_data() { test::recordRuleCases(); }
    void reasonBesideSave();

private:
    QTemporaryDir m_dir;
    test::TestArchive m_archive;
    std::unique_ptr<ListQueries> m_queries;
};

void TestEditorRules::initTestCase()
{
    QString error;
    QVERIFY2(
        m_archive.open(m_dir.filePath(QStringLiteral("rules.roundtable")), test::TestArchive::Demo, &error),
        qPrintable(error));
    m_queries = std::make_unique<ListQueries>(m_archive.db());
}

void TestEditorRules::cleanupTestCase()
{
    m_queries.reset();
    m_archive.close();
}

// "family_name" -> "familyName", "emails[0]" -> "emails": how the form names its fields.
static QString widgetStem(const QString &field)
{
    QString stem = field.endsWith(QLatin1String("[0]")) ? field.chopped(3) : field;
    for (qsizetype i = stem.indexOf(QLatin1Char('_')); i >= 0; i = stem.indexOf(QLatin1Char('_')))
        stem.replace(i, 2, stem.at(i + 1).toUpper());
    return stem;
}

void TestEditorRules::reasonBesideSave()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    // The country picker reads a name as well as a code ("Laos", "la": LA), so only what names
    // no country is refused, in the picker's words.
    if (field == QLatin1String("country"))
        problem = Countries::codeFor(value).isEmpty() ? QStringLiteral("is not a country") : QString();

    // Each editor starts from the valid record, then the field is typed as a user would.
    std::unique_ptr<EditorDialog> editor;
    Archive &archive = m_archive.archive();
    if (section == QLatin1String("contacts"))
        editor = std::make_unique<ContactEditor>(archive, test::ruleContact(QString(), QString()));
    else if (section == QLatin1String("organizations"))
        editor = std::make_unique<OrganizationEditor>(archive, test::ruleOrganization(QString(), QString()));
    else if (section == QLatin1String("people"))
        editor = std::make_unique<PersonEditor>(archive, *m_queries, test::rulePerson(QString(), QString()));
    else
        editor
            = std::make_unique<DialogueEditor>(archive, *m_queries, test::ruleDialogue(QString(), QString()));
    editor->show();
    QVERIFY2(editor->validationMessage().isEmpty(), qPrintable(editor->validationMessage()));
    QVERIFY(editor->saveButton()->isEnabled());

    const QString stem = widgetStem(field);
    auto *combo = editor->findChild<QComboBox *>(stem + QLatin1String("ComboBox"));
    if (auto *line = combo && combo->isEditable()
            ? combo->lineEdit()
            : editor->findChild<QLineEdit *>(stem + QLatin1String("LineEdit"))) {
        line->selectAll();
        line->del();
        QTest::keyClicks(line, value);
    } else {
        auto *text = editor->findChild<QPlainTextEdit *>(stem + QLatin1String("PlainTextEdit"));
        QVERIFY2(text, qPrintable(stem));
        text->setPlainText(value);
    }

    auto *reason = editor->findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY(reason);
    if (problem.isEmpty()) {
        QVERIFY2(editor->validationMessage().isEmpty(), qPrintable(editor->validationMessage()));
        QVERIFY(editor->saveButton()->isEnabled());
        QVERIFY(reason->text().isEmpty());
    } else {
        QVERIFY2(editor->validationMessage().contains(problem), qPrintable(editor->validationMessage()));
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY2(reason->text().contains(problem), qPrintable(reason->text()));
    }
    editor->undoStack()->clear(); // closes without asking about unsaved changes
}

QTEST_MAIN(TestEditorRules)
#include "tst_editorrules.moc"
