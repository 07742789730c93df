#include "app/editors/EditorDialog.h"

#include "app/editors/SnapshotCommand.h"
#include "app/editors/TranslatedFields.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/db/Database.h"
#include "core/db/IntegrityCheck.h"
#include "core/records/Archive.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>
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
    // Someone else saved or deleted this record: said above the form, never in a box that
    // would take the keyboard from the typing.
    m_storedNotice = new QLabel(this);
    m_storedNotice->setObjectName(QStringLiteral("storedNoticeLabel"));
    m_storedNotice->setWordWrap(true);
    m_storedNotice->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3d2e00; border: 1px solid #e0c45c; padding: 6px;"));
    m_storedNotice->hide();
    layout->addWidget(m_storedNotice);
    auto *bar = new QHBoxLayout;
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_validationLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // Undo and Redo keep their words and width: what a step undoes is in the tooltip, so the
    // buttons never move.
    auto *undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    auto *redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(redo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoToolButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoToolButton"));
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Buttons are reached with Tab but never start with the focus: Space there would press them.
    for (QToolButton *button : { undoButton, redoButton })
        button->setFocusPolicy(Qt::TabFocus);

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

QList<EditorDialog::Shortcut> EditorDialog::shortcuts()
{
    auto keys = [](QKeySequence::StandardKey key) {
        QStringList texts;
        for (const QKeySequence &sequence : QKeySequence::keyBindings(key))
            texts.append(sequence.toString(QKeySequence::NativeText));
        return texts.join(tr(" or "));
    };
    return { { tr("Save"), keys(QKeySequence::Save) }, { tr("Undo"), keys(QKeySequence::Undo) },
        { tr("Redo"), keys(QKeySequence::Redo) },
        { tr("Show the text fields in the next language"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText) },
        { tr("Close, asking about unsaved changes"),
            QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText) } };
}

EditorDialog::~EditorDialog()
{
    // The stack is deleted with the widget's children and announces its clearing: the
    // form it would update is already gone. The fields deleted after it give up the focus,
    // and the application announces that: neither may reach this half-destroyed editor.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(qApp, nullptr, this, nullptr);
}

void EditorDialog::setForm(QWidget *form)
{
    m_form = form;
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(0, form, 1);
    // One undo history: the fields' own Ctrl+Z and Ctrl+Shift+Z come to the editor.
    for (QWidget *field : form->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field)
            || qobject_cast<QTextEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field))
            field->installEventFilter(this);
        if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
            plain->setUndoRedoEnabled(false);
    }
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old) {
        // Leaving a field ends its edit: coming back to it is another step.
        if (old && m_form && m_form->isAncestorOf(old))
            sealLastEdit();
    });
    const QByteArray geometry = Settings::layout(Settings::Layout::EditorGeometry, objectName());
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void EditorDialog::watchFields(
    std::initializer_list<std::pair<QWidget *, int>> fields, const std::function<void(int)> &edited)
{
    for (const auto &[widget, field] : fields) {
        const auto changed = [edited, field = field] { edited(field); };
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            connect(line, &QLineEdit::textChanged, this, changed);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            connect(text, &QPlainTextEdit::textChanged, this, changed);
        else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->isEditable())
            connect(combo, &QComboBox::currentTextChanged, this, changed);
        else if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
        else
            qWarning("Roundtable: an editor field of an unknown kind is not watched");
    }
}

QString EditorDialog::keyFor(const char *kind, qint64 id) const
{
    return id ? QStringLiteral("%1:%2").arg(QLatin1String(kind)).arg(id)
              : QStringLiteral("%1:new:%2").arg(QLatin1String(kind)).arg(quintptr(this));
}

TranslatedFields *EditorDialog::translatedFields()
{
    if (m_translatedFields)
        return m_translatedFields;
    m_translatedFields = new TranslatedFields(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_translatedFields->bar());
    connect(m_translatedFields, &TranslatedFields::languageChanged, this, [this] { sealLastEdit(); });
    auto *next = new QAction(tr("Next Language"), this);
    next->setObjectName(QStringLiteral("nextLanguageAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(next, &QAction::triggered, this, [this] {
        QTabBar *tabs = m_translatedFields->tabBar();
        tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
    });
    addAction(next);
    return m_translatedFields;
}

void EditorDialog::setFirstField(QWidget *field)
{
    m_firstField = field;
    field->setFocus(Qt::OtherFocusReason);
}

void EditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_locked && isArchiveReadOnly())
        lockForReading();
    QWidget *focus = focusWidget();
    if (m_firstField && (!focus || !m_form || !m_form->isAncestorOf(focus)))
        m_firstField->setFocus(Qt::OtherFocusReason);
}

bool EditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            // Claimed as a key press (so no shortcut fires as well) and done here.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undoOrRedo(undo);
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu) {
        // The field's own menu, whose Undo and Redo are the editor's.
        QMenu *menu = nullptr;
        if (auto *line = qobject_cast<QLineEdit *>(watched))
            menu = line->createStandardContextMenu();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(watched))
            menu = plain->createStandardContextMenu();
        if (menu) {
            // Named by object name where Qt names them, else by their (translated) text.
            const QString undoText = QCoreApplication::translate("QLineEdit", "&Undo");
            const QString redoText = QCoreApplication::translate("QLineEdit", "&Redo");
            for (QAction *action : menu->actions()) {
                const bool undo = action->objectName() == QLatin1String("edit-undo")
                    || (!undoText.isEmpty() && action->text().startsWith(undoText));
                const bool redo = action->objectName() == QLatin1String("edit-redo")
                    || (!redoText.isEmpty() && action->text().startsWith(redoText));
                if (!undo && !redo)
                    continue;
                action->disconnect();
                action->setEnabled(undo ? m_undoStack->canUndo() : m_undoStack->canRedo());
                connect(action, &QAction::triggered, this, [this, undo] { undoOrRedo(undo); });
            }
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EditorDialog::sealLastEdit()
{
    const int index = m_undoStack->index();
    if (index > 0) {
        // The stack hands out its commands as const; sealing changes only whether the next
        // edit may extend this one.
        if (const auto *last = dynamic_cast<const EditCommand *>(m_undoStack->command(index - 1)))
            const_cast<EditCommand *>(last)->seal();
    }
}

void EditorDialog::undoOrRedo(bool undo)
{
    if (undo)
        m_undoStack->undo();
    else
        m_undoStack->redo();
    sealLastEdit();
}

bool EditorDialog::isModified() const
{
    return !m_undoStack->isClean();
}

bool EditorDialog::isArchiveReadOnly() const
{
    return m_archive.database().isReadOnly();
}

void EditorDialog::lockForReading()
{
    m_locked = true;
    if (!m_form)
        return;
    for (QWidget *field : m_form->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(true);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
            spin->setReadOnly(true);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
            plain->setReadOnly(true);
        else if (auto *rich = qobject_cast<QTextEdit *>(field))
            rich->setReadOnly(true);
        else if (auto *view = qobject_cast<QAbstractItemView *>(field)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        } else if (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractButton *>(field)) {
            // A combo box's own line edit is read-only above; its list and every Add, Remove and
            // Move button are off.
            field->setEnabled(false);
        }
    }
    revalidate();
}

void EditorDialog::revalidate()
{
    if (isArchiveReadOnly()) {
        m_validationMessage = tr("the archive is open read-only");
        m_saveButton->setEnabled(false);
        m_saveButton->setToolTip(m_validationMessage);
        m_validationLabel->setText(tr("Cannot save: %1").arg(m_validationMessage));
        updateTitle();
        return;
    }
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
    m_conflict = SaveConflict();
    if (!commit(&error)) {
        if (m_conflict)
            return resolveConflict();
        if (!error.isEmpty()) // empty: the user chose not to save after a question
            MessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    showStoredNotice(QString());
    markSaved();
    emit saved();
    return true;
}

bool EditorDialog::resolveConflict()
{
    const SaveConflict conflict = m_conflict;
    const QString name = recordName().isEmpty() ? recordKind() : recordName();
    if (conflict.kind == SaveConflict::Kind::Deleted) {
        const auto answer = MessageBox::ask(this, QMessageBox::Warning, tr("Deleted by Someone Else"),
            tr("“%1” was deleted by another window or program while you were editing it.\n\nYour text is "
               "still "
               "here. Save it as a new %2, or discard it?")
                .arg(name, recordKind()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
            { { QMessageBox::Save, tr("Save as &New %1").arg(recordKind()) },
                { QMessageBox::Discard, tr("&Discard My Changes") },
                { QMessageBox::Cancel, tr("&Keep Editing") } });
        if (answer == QMessageBox::Save) {
            forgetRecordId();
            return save();
        }
        if (answer == QMessageBox::Discard) {
            m_undoStack->clear();
            close();
        }
        return false;
    }
    const QString when = conflict.modifiedAt.isEmpty()
        ? QString()
        : tr(" at %1").arg(QLocale().toString(
            QDateTime::fromString(conflict.modifiedAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat));
    const auto answer = MessageBox::ask(this, QMessageBox::Warning, tr("Changed by Someone Else"),
        tr("“%1” was saved by another window or program%2 while you were editing it (their version %3; you "
           "started from version %4).\n\nNothing is lost: your text is still here and theirs is stored. Keep "
           "editing, compare the two field by field, or overwrite theirs with yours?")
            .arg(name, when)
            .arg(conflict.theirVersion)
            .arg(conflict.myVersion),
        QMessageBox::Cancel | QMessageBox::Open | QMessageBox::Save, QMessageBox::Cancel,
        { { QMessageBox::Cancel, tr("&Keep Editing") }, { QMessageBox::Open, tr("&Compare…") },
            { QMessageBox::Save, tr("&Overwrite Theirs") } });
    if (answer == QMessageBox::Save) {
        // Written over their version only: a third save meanwhile is asked about again.
        setRecordVersion(conflict.theirVersion);
        return save();
    }
    if (answer == QMessageBox::Open) {
        QList<ConflictDialog::Field> fields;
        if (!readStored(&fields)) {
            m_conflict.kind = SaveConflict::Kind::Deleted;
            return resolveConflict();
        }
        ConflictDialog dialog(fields,
            tr("“%1” as saved by someone else (version %2) beside your text. Choose, field by field, whose "
               "text to keep; then Save.")
                .arg(name)
                .arg(conflict.theirVersion),
            this);
        if (dialog.exec() == QDialog::Accepted) {
            takeStored(dialog.takenRows());
            showStoredNotice(
                tr("Now based on the version saved by someone else (version %1), with the fields you "
                   "chose from it. Save to store the result.")
                    .arg(recordVersion()));
        }
    }
    return false;
}

void EditorDialog::checkStored()
{
    if (!recordId())
        return;
    const qint64 stored = m_archive.storedVersion(recordTable(), recordId());
    if (stored == recordVersion()) {
        showStoredNotice(QString());
        return;
    }
    const QString name = recordName().isEmpty() ? recordKind() : recordName();
    showStoredNotice(stored == 0
            ? tr("“%1” was deleted by another window or program. Your text is still here; saving will ask "
                 "what to do with it.")
                  .arg(name)
            : tr("“%1” was changed by another window or program (now version %2, you started from %3). Your "
                 "text is still here; saving will ask what to do.")
                  .arg(name)
                  .arg(stored)
                  .arg(recordVersion()));
}

void EditorDialog::showStoredNotice(const QString &text)
{
    m_storedNotice->setText(text);
    m_storedNotice->setVisible(!text.isEmpty());
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
