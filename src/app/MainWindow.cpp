#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "Archive.h"
#include "Database.h"
#include "DialoguePreview.h"
#include "SearchWidget.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>

namespace rt::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    // Search (issue 4): the panel under the summary, Ctrl+F to reach it from anywhere.
    m_searchWidget = new SearchWidget;
    m_ui->centralLayout->addWidget(m_searchWidget, 1);
    auto *findAction = new QAction(tr("&Find…"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::ApplicationShortcut);
    m_ui->fileMenu->insertAction(m_ui->quitAction, findAction);
    addAction(findAction);
    connect(findAction, &QAction::triggered, m_searchWidget, &SearchWidget::focusQuery);
    connect(m_searchWidget, &SearchWidget::dialogueActivated, this, &MainWindow::showDialogue);
}

void MainWindow::showDialogue(qint64 id)
{
    if (!m_archive)
        return;
    auto *preview = new DialoguePreview(*m_archive, id, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openArchive(const QString &path)
{
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->open(path, Database::Mode::ReadWrite, &error)) {
        QMessageBox::critical(this, tr("Cannot open archive"), error);
        return false;
    }
    m_archive.reset();
    m_database = std::move(database);
    m_archive = std::make_unique<Archive>(*m_database);
    setWindowTitle(tr("%1 — Roundtable").arg(QDir::toNativeSeparators(path)));
    refresh();
    m_searchWidget->setArchive(path, m_database.get());
    return true;
}

void MainWindow::refresh()
{
    const Archive::Counts counts = m_archive->counts();
    m_ui->summaryLabel->setText(tr("%1 dialogues, %2 speeches, %3 people, %4 organisations, %5 contacts")
                                    .arg(counts.dialogues)
                                    .arg(counts.speeches)
                                    .arg(counts.people)
                                    .arg(counts.organizations)
                                    .arg(counts.contacts));
}

} // namespace rt::app
