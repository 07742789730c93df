// A Chinese release in the review window, driven as a person does: its fields in Chinese, a
// row "Title in English" (and one for each text field) holding the English the reader knows
// (Beijing for 北京) or waiting for it, each topic with its Chinese beside the English to type;
// Accept refused with the reason while the English the record needs is missing, nothing
// written; typed in, Accept saves the dialogue with both languages.

#include "app/intake/ReleaseImportQueue.h"
#include "app/intake/ReleaseReviewDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

namespace {
const QString releasesDir = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/releases");

int rowLabelled(QTableWidget *table, const QString &label)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == label)
            return row;
    return -1;
}

// Types over a row's value, as the existing review test does for a value put right.
void typeInto(QTableWidget *table, int row, const QString &text)
{
    table->setCurrentCell(row, 1);
    table->item(row, 1)->setText(text);
}
} // namespace

class TestReleaseReviewChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void englishIsAskedForNotMadeUp()
    {
        MessageBox::reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test.roundtable"));
        QString error;
        QVERIFY2(writeTestArchive(path, TestArchive::Demo, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        MainWindow &window = *m_window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArchive(path));
        Archive &archive = *window.archive();
        const Archive::Counts before = archive.counts();

        ReleaseImportQueue queue(archive, &window);
        queue.start({ releasesDir + QStringLiteral("/zh/06-bangkok-released-later.txt") });
        ReleaseReviewDialog *dialog = queue.dialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("fieldsTableWidget"));
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("澜湄国家生物多样性保护与可持续生计高级别研讨会"));

        const int englishTitle = rowLabelled(table, QStringLiteral("Title in English"));
        const int englishCity = rowLabelled(table, QStringLiteral("City in English"));
        QVERIFY(englishTitle > 0 && englishCity > 0);
        QCOMPARE(table->item(englishTitle, 1)->text(), QString()); // not known: asked for
        QCOMPARE(table->item(englishTitle, 3)->text(), table->item(0, 1)->text());
        QCOMPARE(table->item(englishCity, 1)->text(), QStringLiteral("Bangkok"));
        const int topic = rowLabelled(table, QStringLiteral("Topic 1"));
        QVERIFY(topic > 0);
        QCOMPARE(table->item(topic, 3)->text(), QStringLiteral("国家生物多样性战略与行动计划更新"));

        // RT_SCREENSHOT=FILE.png: the window as the user sees it, for looking at.
        if (qEnvironmentVariableIsSet("RT_SCREENSHOT")) {
            dialog->resize(1400, 860);
            table->setCurrentCell(englishTitle, 1);
            QTest::qWait(100);
            dialog->grab().save(qEnvironmentVariable("RT_SCREENSHOT"));
        }

        // Accept without the English: refused with the reason, the release stays open.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("needs English text before it is saved: the "
                                                                "title in English")),
            qPrintable(MessageBox::lastText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(archive.counts().dialogues, before.dialogues);
        QCOMPARE(archive.counts().organizations, before.organizations);

        // Typed in, row by row with the keyboard, it saves.
        typeInto(table, englishTitle, QStringLiteral("Senior-level Seminar on Biodiversity and Livelihoods"));
        typeInto(table, rowLabelled(table, QStringLiteral("Topic 1")), QStringLiteral("NBSAP updates"));
        typeInto(table, rowLabelled(table, QStringLiteral("Topic 2")),
            QStringLiteral("Communities in protected areas"));
        // The new organisations: the supporter, and the ministry a speaker came from.
        typeInto(table, rowLabelled(table, QStringLiteral("Organisation (supporter)")),
            QStringLiteral("International Union for Conservation of Nature"));
        QStringList ministries;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() != QStringLiteral("Organisation in English"))
                continue;
            ministries << table->item(row, 3)->text();
            typeInto(table, row, QStringLiteral("Ministry %1").arg(row));
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Ministry %1").arg(row));
        }
        QCOMPARE(ministries, QStringList { QStringLiteral("new: 泰国自然资源与环境部") });
        QStringList missing;
        for (const ProposedRelease::Missing &m : dialog->proposal().missingEnglish())
            missing << m.path;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(archive.counts().dialogues, before.dialogues + 1);
        const QList<qint64> ids = archive.dialogueIds();
        std::optional<Dialogue> saved;
        for (qint64 id : ids) {
            const std::optional<Dialogue> d = archive.dialogue(id);
            if (d && d->title == QStringLiteral("Senior-level Seminar on Biodiversity and Livelihoods"))
                saved = d;
        }
        QVERIFY(saved);
        QCOMPARE(saved->translations.value(QStringLiteral("zh"), QStringLiteral("title")),
            QStringLiteral("澜湄国家生物多样性保护与可持续生计高级别研讨会"));
        QCOMPARE(saved->city, QStringLiteral("Bangkok"));
        QCOMPARE(
            saved->translations.value(QStringLiteral("zh"), QStringLiteral("city")), QStringLiteral("曼谷"));
        QCOMPARE(saved->topics.first().title, QStringLiteral("NBSAP updates"));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window.reset();
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestReleaseReviewChinese)
#include "tst_releasereviewchinese.moc"
