#include "app/press/PressReleaseListWidget.h"

#include "app/lists/PreviewPane.h"
#include "app/press/DialogueChooser.h"
#include "app/press/PressReleaseBatchExport.h"
#include "app/press/PressReleaseEditorDialog.h"
#include "app/press/PressReleaseListModel.h"
#include "app/press/PressReleaseOutput.h"
#include "app/window/ContextMenus.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace rt::app {

namespace {

// The page's filter: the words typed (in the date, headline, dialogue or number) and a status.
class ReleaseFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setStatus(const QString &status)
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        auto *model = static_cast<PressReleaseListModel *>(sourceModel());
        const PressRelease r = model->recordFromIndex(model->index(row, 0, parent));
        if (!m_status.isEmpty() && r.status != m_status)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column = 0; column < PressReleaseListModel::ColumnCount; ++column) {
            if (model->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QString m_status;
};

} // namespace

PressReleaseListWidget::PressReleaseListWidget(Archive &archive, Database &database, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_database(database)
    , m_store(std::make_unique<PressReleaseStore>(database))
    , m_model(new PressReleaseListModel(archive, *m_store, this))
    , m_proxy(new ReleaseFilter(this))
    , m_view(new QTableView)
    , m_preview(new PreviewPane)
    , m_toolBar(new QToolBar)
    , m_filterEdit(new QLineEdit)
    , m_statusCombo(new QComboBox)
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("pressReleasesTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PressReleaseListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(
        PressReleaseListModel::HeadlineColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        PressReleaseListModel::DialogueColumn, QHeaderView::Stretch);
    // Dates, statuses, numbers and languages are short: shown whole, never cut by the stretching columns.
    for (const int column : { PressReleaseListModel::DateColumn, PressReleaseListModel::StatusColumn,
             PressReleaseListModel::NumberColumn, PressReleaseListModel::LanguageColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto makeAction = [this](const QString &text, const char *name, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction
        = makeAction(tr("&New…"), "newPressReleaseFromListAction", &PressReleaseListWidget::createNew);
    m_newAction->setToolTip(tr("Write a press release of a dialogue you choose"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openAction = makeAction(tr("&Open"), "openPressReleaseAction", [this] {
        const QList<PressRelease> selected = selectedReleases();
        if (!selected.isEmpty())
            openRelease(selected.first().id);
    });
    m_approveAction = makeAction(tr("&Approve"), "approvePressReleaseAction",
        [this] { changeStatus(QString::fromLatin1(PressReleaseStatus::Approved)); });
    m_publishAction = makeAction(tr("&Publish"), "publishPressReleaseAction",
        [this] { changeStatus(QString::fromLatin1(PressReleaseStatus::Published)); });
    m_toolBar->addSeparator();
    m_printAction = makeAction(tr("P&rint…"), "printPressReleaseAction", [this] { printSelected(false); });
    m_previewAction
        = makeAction(tr("Print Pre&view…"), "previewPressReleaseAction", [this] { printSelected(true); });
    m_exportAction
        = makeAction(tr("&Export…"), "exportPressReleasesAction", &PressReleaseListWidget::exportSelected);
    m_toolBar->addSeparator();
    m_deleteAction
        = makeAction(tr("&Delete"), "deletePressReleaseAction", &PressReleaseListWidget::removeSelected);
    ContextMenus::install(m_view,
        { m_openAction, nullptr, m_approveAction, m_publishAction, nullptr, m_printAction, m_previewAction,
            m_exportAction, nullptr, m_deleteAction });
    m_openAction->setShortcut(Qt::Key_Return);
    m_printAction->setShortcut(QKeySequence::Print);

    m_filterEdit->setObjectName(QStringLiteral("pressReleaseFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by headline, dialogue, date or number"));
    m_filterEdit->setClearButtonEnabled(true);
    m_statusCombo->setObjectName(QStringLiteral("pressReleaseStatusComboBox"));
    m_statusCombo->addItem(tr("Every status"), QString());
    m_statusCombo->addItem(tr("Drafts"), QString::fromLatin1(PressReleaseStatus::Draft));
    m_statusCombo->addItem(tr("Approved"), QString::fromLatin1(PressReleaseStatus::Approved));
    m_statusCombo->addItem(tr("Published"), QString::fromLatin1(PressReleaseStatus::Published));
    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filterEdit);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_statusCombo);
    connect(m_filterEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { static_cast<ReleaseFilter *>(m_proxy)->setText(text); });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ReleaseFilter *>(m_proxy)->setStatus(m_statusCombo->currentData().toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 600, 400 });
    layout->addWidget(splitter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_preview,
        [this](const QModelIndex &current) {
            m_preview->showRecord(RecordCard::Kind::PressRelease,
                current.isValid() ? m_model->recordFromIndex(m_proxy->mapToSource(current)).id : 0);
        });

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRelease(m_model->recordFromIndex(m_proxy->mapToSource(index)).id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PressReleaseListWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PressReleaseListWidget::updateActions);
    updateActions();
}

PressReleaseListWidget::~PressReleaseListWidget() = default;

void PressReleaseListWidget::reload()
{
    m_model->reload();
}

QList<QAction *> PressReleaseListWidget::releaseActions() const
{
    return { m_newAction, m_openAction, m_approveAction, m_publishAction, m_printAction, m_previewAction,
        m_exportAction, m_deleteAction };
}

QList<PressRelease> PressReleaseListWidget::selectedReleases() const
{
    QList<PressRelease> result;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        result.append(m_model->recordFromIndex(m_proxy->mapToSource(row)));
    return result;
}

void PressReleaseListWidget::selectRelease(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfRelease(id));
    if (index.isValid())
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PressReleaseListWidget::updateActions()
{
    const QList<PressRelease> selected = selectedReleases();
    const bool one = selected.size() == 1;
    bool canApprove = !selected.isEmpty();
    bool canPublish = !selected.isEmpty();
    bool canDelete = !selected.isEmpty();
    for (const PressRelease &r : selected) {
        canApprove = canApprove && r.status == QLatin1String(PressReleaseStatus::Draft);
        canPublish = canPublish && r.status == QLatin1String(PressReleaseStatus::Approved);
        // A published release is a public record; it is kept.
        canDelete = canDelete && r.status != QLatin1String(PressReleaseStatus::Published);
    }
    m_openAction->setEnabled(one);
    m_approveAction->setEnabled(canApprove);
    m_publishAction->setEnabled(canPublish);
    m_deleteAction->setEnabled(canDelete);
    m_printAction->setEnabled(one);
    m_previewAction->setEnabled(one);
    m_exportAction->setEnabled(!selected.isEmpty());
}

bool PressReleaseListWidget::openOrCreateFor(qint64 dialogueId)
{
    const QList<PressRelease> existing = m_store->releasesOf(dialogueId);
    if (existing.isEmpty())
        return createFor(dialogueId);
    // The newest release in each language, newest first: with more than one language the
    // user says which to open.
    QList<PressRelease> byLanguage;
    for (const PressRelease &r : existing) {
        if (std::none_of(byLanguage.cbegin(), byLanguage.cend(),
                [&r](const PressRelease &other) { return other.language == r.language; }))
            byLanguage.append(r);
    }
    if (byLanguage.size() == 1)
        return openRelease(existing.first().id);
    static const QList<QMessageBox::StandardButton> buttons = { QMessageBox::Yes, QMessageBox::No,
        QMessageBox::YesToAll, QMessageBox::NoToAll, QMessageBox::Apply };
    QMessageBox::StandardButtons offered = QMessageBox::Cancel;
    QMap<QMessageBox::StandardButton, QString> texts;
    QStringList names;
    for (qsizetype i = 0; i < byLanguage.size() && i < buttons.size(); ++i) {
        offered |= buttons.at(i);
        const QString name = PressReleaseListModel::languageLabel(byLanguage.at(i).language);
        texts.insert(buttons.at(i), tr("&%1").arg(name));
        names.append(name);
    }
    const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Open Press Release"),
        tr("This dialogue has press releases in %1. Which one do you want to open?")
            .arg(names.join(tr(", "))),
        offered, buttons.first(), texts);
    const qsizetype chosen = buttons.indexOf(answer);
    if (chosen < 0 || chosen >= byLanguage.size())
        return false;
    return openRelease(byLanguage.at(chosen).id);
}

void PressReleaseListWidget::createNew()
{
    DialogueChooser chooser(m_database, this);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenId() <= 0)
        return;
    createFor(chooser.chosenId());
}

bool PressReleaseListWidget::createFor(qint64 dialogueId)
{
    // A dialogue usually has one release: New on it opens that one, unless the user says a
    // second is meant (another language, a follow-up).
    const QList<PressRelease> existing = m_store->releasesOf(dialogueId);
    if (!existing.isEmpty()) {
        const PressRelease &latest = existing.first();
        const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("New Press Release"),
            tr("This dialogue already has %n press release(s); the latest is %1:\n\n%2\n\nOpen it, or "
               "write another release of the same dialogue?",
                nullptr, int(existing.size()))
                .arg(PressReleaseListModel::statusLabel(latest.status), latest.headline),
            QMessageBox::Open | QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Open,
            { { QMessageBox::Open, tr("&Open It") }, { QMessageBox::Yes, tr("&Write Another") } });
        if (answer == QMessageBox::Open)
            return openRelease(latest.id);
        if (answer != QMessageBox::Yes)
            return false;
    }
    PressRelease release;
    release.dialogueId = dialogueId;
    // The second release of a dialogue is usually the same one in the other language, under
    // the same number: the editor opens on the first of English and Chinese without one.
    for (const char *language : { Language::English, Language::Chinese }) {
        if (std::none_of(existing.cbegin(), existing.cend(),
                [language](const PressRelease &r) { return r.language == QLatin1String(language); })) {
            release.language = QString::fromLatin1(language);
            break;
        }
    }
    release.templateName = PressReleaseGenerator::templateFor(release.language, QString());
    release.releaseNumber = PressReleaseGenerator(m_archive).sharedReleaseNumber(dialogueId);
    PressReleaseEditorDialog dialog(m_archive, m_database, release, this);
    const bool saved = dialog.exec() == QDialog::Accepted || dialog.release().id > 0;
    reload();
    if (saved) {
        selectRelease(dialog.release().id);
        emit releasesChanged();
    }
    return saved;
}

bool PressReleaseListWidget::openRelease(qint64 id)
{
    const std::optional<PressRelease> release = m_store->release(id);
    if (!release)
        return false;
    PressReleaseEditorDialog dialog(m_archive, m_database, *release, this);
    dialog.exec();
    reload();
    selectRelease(id);
    emit releasesChanged();
    return true;
}

void PressReleaseListWidget::changeStatus(const QString &status)
{
    QStringList errors;
    const QList<PressRelease> selected = selectedReleases();
    if (selected.isEmpty())
        return;
    const bool publish = status == QLatin1String(PressReleaseStatus::Published);
    const int n = int(selected.size());
    const QString question = publish
        ? tr("Publish %n press release(s)?\n\nA published release is a public record: it can no longer be "
             "edited or deleted.",
            nullptr, n)
        : tr("Approve %n press release(s) as they stand?\n\nAny later edit makes a release a draft again.",
            nullptr, n);
    if (MessageBox::ask(this, QMessageBox::Question, publish ? tr("Publish") : tr("Approve"), question,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    for (const PressRelease &r : selected) {
        QString error;
        if (!m_store->setStatus(r.id, status, &error, r.version))
            errors.append(error);
    }
    reload();
    for (const PressRelease &r : selected)
        selectRelease(r.id);
    if (!errors.isEmpty())
        MessageBox::warning(this, tr("Press Release Status"), errors.join(QLatin1Char('\n')));
    emit releasesChanged();
}

void PressReleaseListWidget::removeSelected()
{
    const QList<PressRelease> selected = selectedReleases();
    if (selected.isEmpty())
        return;
    if (MessageBox::ask(this, QMessageBox::Question, tr("Delete Press Releases"),
            tr("Delete %n press release(s) with all their revisions?", nullptr, int(selected.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const PressRelease &r : selected) {
        QString error;
        if (!m_store->remove(r.id, &error, r.version))
            errors.append(error);
    }
    reload();
    if (!errors.isEmpty())
        MessageBox::warning(this, tr("Delete Press Releases"), errors.join(QLatin1Char('\n')));
    emit releasesChanged();
}

void PressReleaseListWidget::printSelected(bool preview)
{
    const QList<PressRelease> selected = selectedReleases();
    if (selected.size() != 1)
        return;
    PressReleaseExporter exporter(m_archive);
    PressReleaseDocument::PageSetup setup;
    QString error;
    if (!exporter.pageSetup(selected.first(), &setup, &error)) {
        MessageBox::warning(this, tr("Print"), error);
        return;
    }
    if (preview)
        PressReleaseOutput::printPreview(this, selected.first().body, setup);
    else
        PressReleaseOutput::print(this, selected.first().body, setup);
}

void PressReleaseListWidget::exportSelected()
{
    const QList<PressRelease> selected = selectedReleases();
    if (selected.size() == 1) {
        PressReleaseExporter exporter(m_archive);
        PressReleaseOutput::exportWithDialog(this, exporter, selected.first(),
            exporter.fileName(selected.first().dialogueId, QStringLiteral("pdf")));
        return;
    }
    exportBatch([&](PressReleaseBatchExport &batch, const QString &folder) {
        return batch.exportReleases(this, selected, folder);
    });
}

void PressReleaseListWidget::exportBatch(
    const std::function<PressReleaseBatchExport::Result(PressReleaseBatchExport &, const QString &)> &run)
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export Press Releases To"), app::Settings::fileFolder());
    if (folder.isEmpty())
        return;
    app::Settings::rememberFileFolder(folder, true);
    PressReleaseBatchExport batch(m_archive, m_database);
    const PressReleaseBatchExport::Result result = run(batch, folder);
    if (!result.errors.isEmpty())
        MessageBox::warning(this, tr("Export Press Releases"), result.errors.join(QLatin1Char('\n')));
}

void PressReleaseListWidget::exportDialogues(const QList<qint64> &dialogueIds)
{
    if (dialogueIds.isEmpty())
        return;
    exportBatch([&](PressReleaseBatchExport &batch, const QString &folder) {
        return batch.exportDialogues(this, dialogueIds, folder);
    });
}

} // namespace rt::app
