#include "app/press/PressReleaseEditorDialog.h"

#include "app/press/PressReleaseListModel.h"
#include "app/press/PressReleaseOutput.h"
#include "app/press/PressReleaseRevisionsDialog.h"
#include "app/window/MessageBox.h"
#include "core/press/Letterhead.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseStore.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/records/Archive.h"
#include "ui_PressReleaseEditorDialog.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QTextList>

namespace rt::app {

namespace {

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().trimmed();
}

} // namespace

PressReleaseEditorDialog::PressReleaseEditorDialog(
    Archive &archive, Database &database, const PressRelease &release, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PressReleaseEditorDialog>())
    , m_archive(archive)
    , m_database(database)
    , m_store(std::make_unique<PressReleaseStore>(database))
    , m_exporter(std::make_unique<PressReleaseExporter>(archive))
{
    m_ui->setupUi(this);
    m_ui->templateComboBox->addItems(PressReleaseTemplates::names());
    // The languages a release is written in: English, Chinese and those of the region (English
    // and Chinese are written from the record, the others by hand).
    for (const QString &language : Language::all())
        m_ui->languageComboBox->addItem(PressReleaseListModel::languageLabel(language), language);
    setupFormatting();

    // Choosing the language is choosing which release this is: its template follows, and its
    // text is written again in that language (asked first when it holds edits).
    connect(m_ui->languageComboBox, &QComboBox::activated, this, &PressReleaseEditorDialog::languageChosen);
    connect(m_ui->embargoCheckBox, &QCheckBox::toggled, m_ui->embargoDateTimeEdit, &QWidget::setEnabled);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &PressReleaseEditorDialog::regenerate);
    connect(m_ui->revisionsButton, &QPushButton::clicked, this, &PressReleaseEditorDialog::showRevisions);
    connect(m_ui->approveButton, &QPushButton::clicked, this,
        [this] { changeStatus(QString::fromLatin1(PressReleaseStatus::Approved)); });
    connect(m_ui->publishButton, &QPushButton::clicked, this,
        [this] { changeStatus(QString::fromLatin1(PressReleaseStatus::Published)); });
    connect(m_ui->backToDraftButton, &QPushButton::clicked, this,
        [this] { changeStatus(QString::fromLatin1(PressReleaseStatus::Draft)); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, [this] {
        PressReleaseDocument::PageSetup setup;
        QString error;
        if (!m_exporter->pageSetup(edited(), &setup, &error))
            MessageBox::warning(this, tr("Print Preview"), error);
        else
            PressReleaseOutput::printPreview(this, edited().body, setup);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        PressReleaseOutput::exportWithDialog(
            this, *m_exporter, edited(), m_exporter->fileName(m_release.dialogueId, QStringLiteral("pdf")));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PressReleaseEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PressReleaseEditorDialog::reject);

    // Says why a published release cannot be edited, above its text.
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setFrameShape(QFrame::StyledPanel);
    m_readOnlyLabel->setMargin(6);
    m_ui->mainLayout->insertWidget(1, m_readOnlyLabel);
    // Says when the letterhead's logo chosen in Preferences cannot be read, rather than
    // leaving it out without a word.
    const QString logoProblem = Letterhead::logoProblem();
    if (!logoProblem.isEmpty()) {
        auto *warning = new QLabel(
            tr("The letterhead's logo is left out: %1. Choose it again in Preferences (Press releases).")
                .arg(logoProblem),
            this);
        warning->setObjectName(QStringLiteral("letterheadWarningLabel"));
        warning->setWordWrap(true);
        warning->setFrameShape(QFrame::StyledPanel);
        warning->setMargin(6);
        m_ui->mainLayout->insertWidget(1, warning);
    }

    load(release);
    // A new release arrives without text: write its first draft at once.
    if (release.body.isEmpty() && release.dialogueId > 0)
        regenerate();
    // The cursor starts in the first field, never on a button Space would press.
    m_ui->headlineLineEdit->setFocus(Qt::OtherFocusReason);
    // What the user has not touched is not worth a question on Cancel.
    m_pristine = edited();
}

PressReleaseEditorDialog::~PressReleaseEditorDialog() = default;

void PressReleaseEditorDialog::setupFormatting()
{
    QTextEdit *editor = m_ui->bodyTextEdit;
    QToolBar *bar = m_ui->formatToolBar;
    QAction *bold = bar->addAction(
        tr("Bold"), this, [editor](bool on) { editor->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    bold->setObjectName(QStringLiteral("boldAction"));
    bold->setCheckable(true);
    bold->setShortcut(QKeySequence::Bold);
    QAction *italic = bar->addAction(tr("Italic"), this, [editor](bool on) { editor->setFontItalic(on); });
    italic->setObjectName(QStringLiteral("italicAction"));
    italic->setCheckable(true);
    italic->setShortcut(QKeySequence::Italic);
    QAction *underline
        = bar->addAction(tr("Underline"), this, [editor](bool on) { editor->setFontUnderline(on); });
    underline->setObjectName(QStringLiteral("underlineAction"));
    underline->setCheckable(true);
    underline->setShortcut(QKeySequence::Underline);
    bar->addSeparator();
    bar->addAction(tr("Bullets"), this, [editor] {
        QTextCursor cursor = editor->textCursor();
        if (cursor.currentList())
            cursor.currentList()->remove(cursor.block());
        else
            cursor.createList(QTextListFormat::ListDisc);
    });
    bar->addAction(tr("Centre"), this, [editor] {
        editor->setAlignment(editor->alignment() & Qt::AlignHCenter ? Qt::AlignLeft : Qt::AlignHCenter);
    });
    connect(editor, &QTextEdit::currentCharFormatChanged, this,
        [bold, italic, underline](const QTextCharFormat &format) {
            bold->setChecked(format.fontWeight() >= QFont::Bold);
            italic->setChecked(format.fontItalic());
            underline->setChecked(format.fontUnderline());
        });
}

void PressReleaseEditorDialog::load(const PressRelease &release)
{
    m_release = release;
    m_ui->headlineLineEdit->setText(release.headline);
    m_ui->datelineCityLineEdit->setText(release.datelineCity);
    m_ui->releaseDateEdit->setDate(
        release.releaseDate.isValid() ? release.releaseDate : QDate::currentDate());
    m_ui->releaseNumberLineEdit->setText(release.releaseNumber);
    m_ui->embargoCheckBox->setChecked(release.embargo.isValid());
    m_ui->embargoDateTimeEdit->setDateTime(
        release.embargo.isValid() ? release.embargo : QDateTime::currentDateTime());
    const int index = m_ui->templateComboBox->findText(release.templateName);
    if (index < 0 && !release.templateName.isEmpty())
        m_ui->templateComboBox->addItem(release.templateName);
    m_ui->templateComboBox->setCurrentText(release.templateName);
    int language = m_ui->languageComboBox->findData(release.language);
    if (language < 0) {
        m_ui->languageComboBox->addItem(release.language, release.language);
        language = m_ui->languageComboBox->count() - 1;
    }
    m_ui->languageComboBox->setCurrentIndex(language);
    m_writtenLanguage = release.language;
    setBody(release.body);
    updateState();
}

void PressReleaseEditorDialog::setBody(const QString &html)
{
    m_loadedBody = html;
    m_ui->bodyTextEdit->setHtml(html);
    // The letterhead's logo, under the URL the text names it by (setHtml forgets resources).
    QTextDocument *document = m_ui->bodyTextEdit->document();
    Letterhead::addTo(*document);
    document->markContentsDirty(0, document->characterCount());
    m_ui->bodyTextEdit->document()->setModified(false);
}

PressRelease PressReleaseEditorDialog::edited() const
{
    PressRelease r = m_release;
    r.headline = m_ui->headlineLineEdit->text().trimmed();
    r.datelineCity = m_ui->datelineCityLineEdit->text().trimmed();
    r.releaseDate = m_ui->releaseDateEdit->date();
    r.releaseNumber = m_ui->releaseNumberLineEdit->text().trimmed();
    r.embargo = m_ui->embargoCheckBox->isChecked() ? m_ui->embargoDateTimeEdit->dateTime() : QDateTime();
    r.templateName = m_ui->templateComboBox->currentText();
    r.language = m_ui->languageComboBox->currentData().toString();
    // Untouched text stays the HTML it came as, so a save without edits keeps no revision.
    r.body = m_ui->bodyTextEdit->document()->isModified() ? m_ui->bodyTextEdit->toHtml() : m_loadedBody;
    return r;
}

bool PressReleaseEditorDialog::hasUnsavedChanges() const
{
    return m_release.id == 0 || !(edited() == m_release);
}

bool PressReleaseEditorDialog::isTouched() const
{
    return !(edited() == m_pristine);
}

bool PressReleaseEditorDialog::regenerate()
{
    PressRelease fresh = edited();
    if (m_release.id == 0)
        fresh.releaseDate = QDate(); // a new release is dated by its dialogue
    QString error;
    PressReleaseGenerator generator(m_archive);
    if (!generator.generate(m_release.dialogueId, fresh.templateName, &fresh, &error)) {
        MessageBox::warning(this, tr("Regenerate"), error);
        return false;
    }
    // Any difference from what the record gives now is somebody's edit (or the record
    // changed since): both are worth a question before they are overwritten.
    const QString current = plainText(edited().body);
    if (!current.isEmpty() && current != plainText(fresh.body) && !m_replaceUnasked) {
        const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Regenerate"),
            tr("The text differs from what the dialogue's record gives now, perhaps through your edits. "
               "Regenerating "
               "replaces it (a saved text stays in the revisions).\n\nReplace the text?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_ui->headlineLineEdit->setText(fresh.headline);
    // A new release also takes its dateline, contact and About text from the dialogue.
    if (m_ui->datelineCityLineEdit->text().trimmed().isEmpty())
        m_ui->datelineCityLineEdit->setText(fresh.datelineCity);
    if (m_release.id == 0 && fresh.releaseDate.isValid())
        m_ui->releaseDateEdit->setDate(fresh.releaseDate);
    if (m_release.contactId == 0)
        m_release.contactId = fresh.contactId;
    if (m_release.aboutOrganizationId == 0)
        m_release.aboutOrganizationId = fresh.aboutOrganizationId;
    // Unsaved until Save: edited() now gives the fresh body, which differs from the saved one.
    setBody(fresh.body);
    m_writtenLanguage = fresh.language;
    if (m_ui->templateComboBox->findText(fresh.templateName) >= 0)
        m_ui->templateComboBox->setCurrentText(fresh.templateName);
    updateState();
    return true;
}

void PressReleaseEditorDialog::languageChosen()
{
    const QString language = m_ui->languageComboBox->currentData().toString();
    if (language == m_writtenLanguage)
        return;
    const QString templateName
        = PressReleaseGenerator::templateFor(language, m_ui->templateComboBox->currentText());
    if (m_ui->templateComboBox->findText(templateName) >= 0)
        m_ui->templateComboBox->setCurrentText(templateName);
    // The Chinese and the English release of a dialogue are one release under one number.
    if (m_ui->releaseNumberLineEdit->text().trimmed().isEmpty())
        m_ui->releaseNumberLineEdit->setText(
            PressReleaseGenerator(m_archive).sharedReleaseNumber(m_release.dialogueId));
    // Only English and Chinese are written from the record; a release in another language is
    // written by hand.
    if (language != QLatin1String(Language::English) && language != QLatin1String(Language::Chinese))
        return;
    const QString previousCity = m_ui->datelineCityLineEdit->text();
    if (m_release.id == 0)
        m_ui->datelineCityLineEdit->clear(); // the new language's city
    // A new release's untouched draft is simply written in the new language; edits, or a
    // saved text, are asked about first.
    m_replaceUnasked = m_release.id == 0 && !m_ui->bodyTextEdit->document()->isModified();
    const bool written = regenerate();
    m_replaceUnasked = false;
    if (written)
        return;
    // Not written (the record lacks text in that language, or the user kept the text): the
    // release stays in the language its text is in.
    m_ui->datelineCityLineEdit->setText(previousCity);
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(m_writtenLanguage)));
    m_ui->templateComboBox->setCurrentText(
        PressReleaseGenerator::templateFor(m_writtenLanguage, m_ui->templateComboBox->currentText()));
}

bool PressReleaseEditorDialog::save()
{
    PressRelease r = edited();
    QString error;
    SaveConflict conflict;
    if (!m_store->save(r, &error, &conflict)) {
        if (conflict) {
            // Someone else saved or deleted this release since it was opened: the text stays in
            // the editor, and the user chooses.
            const bool deleted = conflict.kind == SaveConflict::Kind::Deleted;
            const auto answer = MessageBox::ask(this, QMessageBox::Warning, tr("Save Press Release"),
                deleted
                    ? tr("This press release was deleted by another window or program while you were "
                         "editing it. Your text is still here.")
                    : tr("This press release was saved by another window or program while you were editing "
                         "it (their version %1). Your text is still here; their text is kept as a revision "
                         "if you overwrite it.")
                          .arg(conflict.theirVersion),
                QMessageBox::Cancel | QMessageBox::Save, QMessageBox::Cancel,
                { { QMessageBox::Cancel, tr("&Keep Editing") },
                    { QMessageBox::Save, deleted ? tr("Save as &New Release") : tr("&Overwrite Theirs") } });
            if (answer != QMessageBox::Save)
                return false;
            if (deleted) {
                m_release.id = 0;
                m_release.version = 0;
            } else {
                m_release.version = conflict.theirVersion;
            }
            return save();
        }
        MessageBox::warning(this, tr("Save Press Release"), error);
        return false;
    }
    load(r);
    m_pristine = edited();
    return true;
}

bool PressReleaseEditorDialog::changeStatus(const QString &status)
{
    // Approving and publishing are decisions about the text as it stands: asked, not clicked.
    if (status != QLatin1String(PressReleaseStatus::Draft)) {
        const bool publish = status == QLatin1String(PressReleaseStatus::Published);
        const QString question = publish
            ? tr("Publish this press release?\n\nA published release is a public record: it can no longer "
                 "be edited or deleted.")
            : tr("Approve this press release as it stands?\n\nAny later edit makes it a draft again.");
        if (MessageBox::ask(this, QMessageBox::Question, publish ? tr("Publish") : tr("Approve"), question,
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return false;
    }
    if (hasUnsavedChanges() && !save())
        return false;
    QString error;
    if (!m_store->setStatus(m_release.id, status, &error, m_release.version)) {
        MessageBox::warning(this, tr("Press Release Status"), error);
        return false;
    }
    if (const std::optional<PressRelease> saved = m_store->release(m_release.id))
        load(*saved);
    m_pristine = edited();
    return true;
}

void PressReleaseEditorDialog::showRevisions()
{
    if (m_release.id == 0)
        return;
    PressReleaseRevisionsDialog dialog(*m_store, m_release.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const std::optional<PressRelease> saved = m_store->release(m_release.id))
            load(*saved);
    }
}

void PressReleaseEditorDialog::updateState()
{
    const QString status = m_release.status;
    const bool published = status == QLatin1String(PressReleaseStatus::Published);
    m_ui->statusLabel->setText(
        tr("Status: %1")
            .arg(status == QLatin1String(PressReleaseStatus::Draft)         ? tr("draft")
                    : status == QLatin1String(PressReleaseStatus::Approved) ? tr("approved")
                                                                            : tr("published")));
    m_ui->approveButton->setEnabled(
        PressReleaseStatus::canChange(status, QString::fromLatin1(PressReleaseStatus::Approved))
        && status != QLatin1String(PressReleaseStatus::Approved));
    m_ui->publishButton->setEnabled(status == QLatin1String(PressReleaseStatus::Approved));
    m_ui->backToDraftButton->setEnabled(status == QLatin1String(PressReleaseStatus::Approved));
    m_ui->revisionsButton->setEnabled(m_release.id > 0);
    // A published release is a public record: it is read, printed and exported, not edited.
    m_ui->bodyTextEdit->setReadOnly(published);
    m_ui->headlineLineEdit->setReadOnly(published);
    m_ui->datelineCityLineEdit->setReadOnly(published);
    m_ui->releaseDateEdit->setReadOnly(published);
    m_ui->releaseNumberLineEdit->setReadOnly(published);
    m_ui->embargoCheckBox->setEnabled(!published);
    m_ui->embargoDateTimeEdit->setReadOnly(published);
    m_ui->templateComboBox->setEnabled(!published);
    m_ui->languageComboBox->setEnabled(!published);
    m_ui->regenerateButton->setEnabled(!published);
    m_ui->formatToolBar->setEnabled(!published);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!published);
    m_readOnlyLabel->setVisible(published);
    m_readOnlyLabel->setText(tr("This release is published, so it is read-only: it can be read, printed and "
                                "exported. To say something else, make a new release of the dialogue."));
    if (m_release.status == QLatin1String(PressReleaseStatus::Approved))
        m_ui->statusLabel->setToolTip(
            tr("Saving an edit makes the release a draft again, to be approved anew."));
    else
        m_ui->statusLabel->setToolTip(QString());
    setWindowTitle(
        m_release.headline.isEmpty() ? tr("Press Release") : tr("Press Release: %1").arg(m_release.headline));
}

void PressReleaseEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

void PressReleaseEditorDialog::reject()
{
    // A new draft nobody edited is dropped without a question; so is an unchanged release.
    if (isTouched() && hasUnsavedChanges()
        && m_release.status != QLatin1String(PressReleaseStatus::Published)) {
        const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Press Release"),
            tr("Save the changes to this press release?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace rt::app
