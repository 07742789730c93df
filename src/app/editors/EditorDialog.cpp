#include "app/editors/EditorDialog.h"

#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/db/Database.h"
#include "core/db/IntegrityCheck.h"
#include "core/records/Archive.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rt::app {

EditorDialog::EditorDialog(Archive &archive, QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_undoStack(new QUndoStack(this))
    , m_validationLabel(new QLabel(this))
    , m_saveButton(nullptr)
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_validationLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoToolButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoToolButton"));
    redoButton->setDefaultAction(redo);
    redoButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_saveButton = m_buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    // Enter in a line edit must not close the window: only Save and Close do.
    m_saveButton->setAutoDefault(false);
    m_buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addSpacing(12);
    bar->addWidget(m_validationLabel, 1);
    bar->addWidget(m_buttonBox);
    layout->addLayout(bar);

    connect(m_saveButton, &QPushButton::clicked, this, &EditorDialog::save);
    connect(m_buttonBox->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QWidget::close);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &EditorDialog::updateTitle);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &EditorDialog::revalidate);
}

EditorDialog::~EditorDialog()
{
    // The stack is deleted with the widget's children and announces its clearing: the
    // form it would update is already gone.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void EditorDialog::setForm(QWidget *form)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(0, form, 1);
    const QByteArray geometry = Settings::layout(Settings::Layout::EditorGeometry, objectName());
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

bool EditorDialog::isModified() const
{
    return !m_undoStack->isClean();
}

void EditorDialog::revalidate()
{
    m_validationMessage = validate();
    m_saveButton->setEnabled(m_validationMessage.isEmpty());
    m_saveButton->setToolTip(m_validationMessage.isEmpty()
            ? tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
            : m_validationMessage);
    m_validationLabel->setText(
        m_validationMessage.isEmpty() ? QString() : tr("Cannot save: %1").arg(m_validationMessage));
    updateTitle();
}

void EditorDialog::updateTitle()
{
    const QString name = recordName();
    setWindowTitle(name.isEmpty() ? tr("New %1[*] — Roundtable").arg(recordKind())
                                  : tr("%1[*] — %2").arg(name, recordKind()));
    setWindowModified(isModified());
}

void EditorDialog::markSaved()
{
    m_undoStack->setClean();
    updateTitle();
}

bool EditorDialog::save()
{
    revalidate();
    if (!m_validationMessage.isEmpty())
        return false;
    waitForIntegrityCheck();
    QString error;
    if (!commit(&error)) {
        MessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    markSaved();
    emit saved();
    return true;
}

void EditorDialog::waitForIntegrityCheck()
{
    // The save would wait for the verdict anyway (core lets no write through before it); the
    // window keeps painting meanwhile, with a busy cursor and a word in the status bar.
    IntegrityCheck *check = m_archive.database().integrityCheck();
    if (!check)
        return;
    QEventLoop loop;
    connect(check, &IntegrityCheck::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    if (check->state() != IntegrityCheck::State::Running)
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
}

bool EditorDialog::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Unsaved changes"),
        recordName().isEmpty() ? tr("Save the new %1?").arg(recordKind())
                               : tr("Save the changes to “%1”?").arg(recordName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        // Nothing to keep: forget the edits so the window does not ask twice.
        m_undoStack->clear();
        return true;
    }
    return false;
}

void EditorDialog::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings::setLayout(Settings::Layout::EditorGeometry, saveGeometry(), objectName());
    event->accept();
}

void EditorDialog::reject()
{
    close();
}

} // namespace rt::app
