// The record editors in several languages (issue 14, item 1), driven as a person drives
// them in the real main window offscreen: the language switch above the form, each field
// in the chosen language with the English as its hint, the mark and the count of what
// still lacks a translation, one undo history across languages, and the unsaved-change
// prompt that covers translations.

#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/editors/TranslatedFields.h"
#include "app/lists/ListPage.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/records/Archive.h"
#include "core/settings/Translations.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWindow>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestEditorLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newDialogueInTwoLanguages();
    void switchingIsNoEdit();
    void topicsAndSpeechesInChinese();
    void unsavedPromptCoversTranslations();
    void organisationAndContactInChinese();
    void laterLanguagesNeedNothingNew();

private:
    template <class T> T *child(QObject *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    static void activate(QWidget *window)
    {
        window->windowHandle()->requestActivate();
        if (!QTest::qWaitFor([window] { return QGuiApplication::focusWindow() == window->windowHandle(); }))
            qWarning("%s is not active", qPrintable(window->objectName()));
    }
    // Chinese arrives as an input method commits it.
    static void typeChinese(QWidget *widget, const QString &text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(widget, &commit);
    }
    // The demo dialogue with no text in any language but English, whatever the demo holds.
    qint64 englishOnlyDemo();
    EditorDialog *open(MainWindow::RecordKind kind, qint64 id);
    static QString missingText(EditorDialog *editor)
    {
        return editor->findChild<QLabel *>(QStringLiteral("missingTranslationsLabel"))->text();
    }
    static void clickLanguage(EditorDialog *editor, const QString &name)
    {
        auto *tabs = editor->findChild<QTabBar *>(QStringLiteral("languageTabBar"));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == name)
                QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
        }
    }

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestWindow m_window;
};

void TestEditorLanguages::initTestCase()
{
    m_settings.install();
    Translations::install(QStringLiteral("en")); // "1 field lacks", as an English interface says it
}

void TestEditorLanguages::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("languages.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(path, TestArchive::Demo, &error), qPrintable(error));
    QVERIFY(m_window.open(path));
}

void TestEditorLanguages::cleanup()
{
    m_window.close();
    m_dir.reset();
}

qint64 TestEditorLanguages::englishOnlyDemo()
{
    Archive *archive = m_window->archive();
    const qint64 id = archive->dialogueId(DemoDialogueKey);
    Dialogue d = *archive->dialogue(id);
    d.translations = {};
    for (Topic &t : d.topics)
        t.translations = {};
    for (Speech &s : d.speeches)
        s.translations = {};
    QString error;
    if (!archive->saveDialogue(d, &error))
        qWarning("%s", qPrintable(error));
    return id;
}

EditorDialog *TestEditorLanguages::open(MainWindow::RecordKind kind, qint64 id)
{
    EditorDialog *editor = m_window->openRecord(kind, id);
    if (editor)
        activate(editor);
    return editor;
}

void TestEditorLanguages::newDialogueInTwoLanguages()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    activate(m_window.get());
    const int before = int(m_window->editors().size());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(int(m_window->editors().size()), before + 1);
    auto *editor = qobject_cast<DialogueEditor *>(m_window->editors().last());
    QVERIFY(editor);
    activate(editor);
    auto *title = child<QLineEdit>(editor, QStringLiteral("titleLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), title);
    // The switch is there, on English.
    auto *tabs = child<QTabBar>(editor, QStringLiteral("languageTabBar"));
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("English"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("中文"));

    QTest::keyClicks(title, QStringLiteral("Forum on Wetlands"));
    QCOMPARE(missingText(editor), QStringLiteral("1 field lacks 中文."));
    QVERIFY(!TranslatedFields::isMarkedMissing(title)); // English is shown: nothing is marked

    // Ctrl+Shift+L: Chinese. The title is empty, marked, with the English as its hint.
    QTest::keyClick(title, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("中文"));
    QCOMPARE(title->text(), QString());
    QVERIFY(TranslatedFields::isMarkedMissing(title));
    QCOMPARE(title->placeholderText(), QStringLiteral("English: Forum on Wetlands"));
    QCOMPARE(editor->undoStack()->count(), 1);

    typeChinese(title, QStringLiteral("湿地论坛"));
    QCOMPARE(title->text(), QStringLiteral("湿地论坛"));
    QVERIFY(!TranslatedFields::isMarkedMissing(title));
    QCOMPARE(missingText(editor), QStringLiteral("Every field with English text has 中文."));
    QCOMPARE(editor->record().title, QStringLiteral("Forum on Wetlands"));
    QCOMPARE(editor->record().translations.value(QStringLiteral("zh"), QStringLiteral("title")),
        QStringLiteral("湿地论坛"));
    // The same field in another language is a step of its own.
    QCOMPARE(editor->undoStack()->count(), 2);

    // Ctrl+Z in the field takes back the Chinese only; Ctrl+Shift+Z brings it back.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QVERIFY(TranslatedFields::isMarkedMissing(title));
    QCOMPARE(editor->record().title, QStringLiteral("Forum on Wetlands"));
    QVERIFY(editor->record().translations.isEmpty());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), QStringLiteral("湿地论坛"));

    // Back to English for the date, then Ctrl+S.
    clickLanguage(editor, QStringLiteral("English"));
    QCOMPARE(title->text(), QStringLiteral("Forum on Wetlands"));
    auto *start = child<QLineEdit>(editor, QStringLiteral("startDateLineEdit"));
    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("2024-05-01"));
    QVERIFY2(editor->validationMessage().isEmpty(), qPrintable(editor->validationMessage()));
    QTest::keyClick(start, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY2(!editor->isModified(), qPrintable(MessageBox::lastText()));
    Archive *archive = m_window->archive();
    const auto saved = archive->dialogue(editor->record().id);
    QVERIFY(saved);
    QCOMPARE(saved->title, QStringLiteral("Forum on Wetlands"));
    QCOMPARE(
        saved->translations.value(QStringLiteral("zh"), QStringLiteral("title")), QStringLiteral("湿地论坛"));
}

void TestEditorLanguages::switchingIsNoEdit()
{
    auto *editor = qobject_cast<DialogueEditor *>(open(MainWindow::RecordKind::Dialogue, englishOnlyDemo()));
    QVERIFY(editor);
    const Dialogue original = editor->record();
    auto *city = child<QLineEdit>(editor, QStringLiteral("cityLineEdit"));
    QCOMPARE(city->text(), original.city);
    // The demo's English text in every field lacks Chinese: the count says how many.
    int expected = 0;
    for (const QString &text : { original.title, original.shortTitle, original.series, original.kind,
             original.city, original.venue, original.occasion, original.participants, original.outcome })
        expected += text.isEmpty() ? 0 : 1;
    for (const Topic &t : original.topics)
        expected += (t.title.isEmpty() ? 0 : 1) + (t.description.isEmpty() ? 0 : 1);
    for (const Speech &s : original.speeches)
        expected += (s.title.isEmpty() ? 0 : 1) + (s.summary.isEmpty() ? 0 : 1);
    QVERIFY(expected > 10);
    QCOMPARE(missingText(editor), QStringLiteral("%1 fields lack 中文.").arg(expected));

    for (const QString &language :
        { QStringLiteral("中文"), QStringLiteral("English"), QStringLiteral("中文") })
        clickLanguage(editor, language);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->undoStack()->count(), 0);
    QCOMPARE(editor->record(), original);
    QCOMPARE(city->text(), QString());
    QVERIFY(city->toolTip().contains(original.city));
    // The plain fields that have no translations keep showing their one text.
    QCOMPARE(child<QLineEdit>(editor, QStringLiteral("startDateLineEdit"))->text(),
        original.startDate.toString(Qt::ISODate));
    // Escape closes without a question: nothing was changed.
    QPointer<EditorDialog> guard(editor);
    QTest::keyClick(city, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(MessageBox::lastText().isEmpty());
}

void TestEditorLanguages::topicsAndSpeechesInChinese()
{
    auto *editor = qobject_cast<DialogueEditor *>(open(MainWindow::RecordKind::Dialogue, englishOnlyDemo()));
    QVERIFY(editor);
    const Dialogue original = editor->record();
    QVERIFY(original.topics.size() >= 2);
    QVERIFY(!original.speeches.isEmpty());
    clickLanguage(editor, QStringLiteral("中文"));
    const int before = missingText(editor).section(QLatin1Char(' '), 0, 0).toInt();

    auto *sections = child<QTabWidget>(editor, QStringLiteral("sectionsTabWidget"));
    auto *topicTitle = child<QLineEdit>(editor, QStringLiteral("topicTitleLineEdit"));
    sections->setCurrentWidget(child<QWidget>(editor, QStringLiteral("organizationsTab")));
    QTRY_VERIFY(topicTitle->isVisible());
    QVERIFY(TranslatedFields::isMarkedMissing(topicTitle));
    QCOMPARE(topicTitle->placeholderText(),
        QStringLiteral("English: ") + original.topics.at(0).title.simplified());
    topicTitle->setFocus();
    typeChinese(topicTitle, QStringLiteral("生态系统综合管理案例分享"));
    QCOMPARE(missingText(editor), QStringLiteral("%1 fields lack 中文.").arg(before - 1));

    sections->setCurrentWidget(child<QWidget>(editor, QStringLiteral("speechesTab")));
    auto *summary = child<QPlainTextEdit>(editor, QStringLiteral("summaryPlainTextEdit"));
    QTRY_VERIFY(summary->isVisible());
    QVERIFY(TranslatedFields::isMarkedMissing(summary));
    summary->setFocus();
    typeChinese(summary, QStringLiteral("澜湄环境合作中心是澜湄合作的重要参与者。"));
    QCOMPARE(missingText(editor), QStringLiteral("%1 fields lack 中文.").arg(before - 2));
    QCOMPARE(editor->undoStack()->count(), 2);

    QTest::keyClick(summary, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isModified());
    const auto saved = m_window->archive()->dialogue(original.id);
    QCOMPARE(saved->topics.at(0).title, original.topics.at(0).title);
    QCOMPARE(saved->topics.at(0).translations.value(QStringLiteral("zh"), QStringLiteral("title")),
        QStringLiteral("生态系统综合管理案例分享"));
    QVERIFY(saved->topics.at(1).translations.isEmpty());
    QCOMPARE(saved->speeches.at(0).summary, original.speeches.at(0).summary);
    QCOMPARE(saved->speeches.at(0).translations.value(QStringLiteral("zh"), QStringLiteral("summary")),
        QStringLiteral("澜湄环境合作中心是澜湄合作的重要参与者。"));
}

void TestEditorLanguages::unsavedPromptCoversTranslations()
{
    const qint64 id = englishOnlyDemo();
    QPointer<EditorDialog> editor = open(MainWindow::RecordKind::Dialogue, id);
    QVERIFY(editor);
    clickLanguage(editor, QStringLiteral("中文"));
    auto *city = child<QLineEdit>(editor, QStringLiteral("cityLineEdit"));
    city->setFocus();
    typeChinese(city, QStringLiteral("北京"));
    QVERIFY(editor->isModified());

    // Escape asks; Cancel keeps the edit, Save writes it.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(city, Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Save the changes")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(city->text(), QStringLiteral("北京"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(city, Qt::Key_Escape);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QCOMPARE(
        m_window->archive()->dialogue(id)->translations.value(QStringLiteral("zh"), QStringLiteral("city")),
        QStringLiteral("北京"));
}

void TestEditorLanguages::organisationAndContactInChinese()
{
    Archive *archive = m_window->archive();
    const qint64 lmec = archive->organizationId(QStringLiteral("lmec"));
    {
        Organization o = *archive->organization(lmec);
        o.translations = {};
        QString error;
        QVERIFY2(archive->saveOrganization(o, &error), qPrintable(error));
    }
    EditorDialog *editor = open(MainWindow::RecordKind::Organization, lmec);
    QVERIFY(editor);
    auto *name = child<QLineEdit>(editor, QStringLiteral("nameLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QCOMPARE(missingText(editor), QStringLiteral("3 fields lack 中文.")); // name, short name, About
    QTest::keyClick(name, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    typeChinese(name, QStringLiteral("澜湄环境合作中心"));
    QCOMPARE(missingText(editor), QStringLiteral("2 fields lack 中文."));
    // Local name is no translation: it shows the same in every language.
    auto *local = child<QLineEdit>(editor, QStringLiteral("localNameLineEdit"));
    QCOMPARE(local->text(), archive->organization(lmec)->localName);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isModified());
    const auto saved = archive->organization(lmec);
    QCOMPARE(saved->name, QStringLiteral("Lancang-Mekong Environmental Cooperation Center"));
    QCOMPARE(saved->translations.value(QStringLiteral("zh"), QStringLiteral("name")),
        QStringLiteral("澜湄环境合作中心"));
    editor->close();

    const qint64 contactId = archive->contacts().first().id;
    {
        Contact c = *archive->contact(contactId);
        c.translations = {};
        QString error;
        QVERIFY2(archive->saveContact(c, &error), qPrintable(error));
    }
    editor = open(MainWindow::RecordKind::Contact, contactId);
    QVERIFY(editor);
    auto *label = child<QLineEdit>(editor, QStringLiteral("labelLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), label);
    QTest::keyClick(label, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    typeChinese(label, QStringLiteral("联系我们"));
    QTest::keyClick(label, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(archive->contact(contactId)->translations.value(QStringLiteral("zh"), QStringLiteral("label")),
        QStringLiteral("联系我们"));
    QCOMPARE(archive->contact(contactId)->label, QStringLiteral("Contact Us"));
}

void TestEditorLanguages::laterLanguagesNeedNothingNew()
{
    EditorDialog *editor = open(MainWindow::RecordKind::Dialogue, englishOnlyDemo());
    QVERIFY(editor);
    auto *tabs = child<QTabBar>(editor, QStringLiteral("languageTabBar"));
    QCOMPARE(tabs->count(), Language::all().size());
    // Vietnamese, the last of the region's: typed and saved like Chinese.
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    while (tabs->tabData(tabs->currentIndex()).toString() != QLatin1String("vi"))
        QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto *city = child<QLineEdit>(editor, QStringLiteral("cityLineEdit"));
    city->setFocus();
    QTest::keyClicks(city, QStringLiteral("Bac Kinh"));
    QTest::keyClick(city, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isModified());
    const auto saved = m_window->archive()->dialogue(m_window->archive()->dialogueId(DemoDialogueKey));
    QCOMPARE(
        saved->translations.value(QStringLiteral("vi"), QStringLiteral("city")), QStringLiteral("Bac Kinh"));
    QCOMPARE(saved->city, QStringLiteral("Beijing"));
}

QTEST_MAIN(TestEditorLanguages)
#include "tst_editorlanguages.moc"
