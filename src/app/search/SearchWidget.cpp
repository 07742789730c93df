#include "app/search/SearchWidget.h"

#include "app/search/SearchResultsModel.h"
#include "app/search/SearchWorker.h"
#include "app/window/ItemRoles.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/db/IntegrityCheck.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::app {

namespace {

} // namespace

SearchWidget::SearchWidget(QWidget *parent)
    : QWidget(parent)
{
    // The sidebar: saved searches, then the facets of the current search.
    auto *sidebar = new QWidget;
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *savedLabel = new QLabel(tr("Saved searches"));
    savedLabel->setStyleSheet(QStringLiteral("font-weight: 600"));
    m_savedList = new QListWidget;
    m_savedList->setObjectName(QStringLiteral("savedSearchesListWidget"));
    m_savedList->setMaximumHeight(160);
    m_saveButton = new QPushButton(tr("Save search…"));
    m_saveButton->setObjectName(QStringLiteral("saveSearchButton"));
    m_removeButton = new QPushButton(tr("Remove"));
    m_removeButton->setObjectName(QStringLiteral("removeSavedSearchButton"));
    m_removeButton->setEnabled(false);
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addWidget(m_saveButton);
    savedButtons->addWidget(m_removeButton);
    auto *facetsLabel = new QLabel(tr("Narrow by"));
    facetsLabel->setStyleSheet(QStringLiteral("font-weight: 600"));
    m_facetsTree = new QTreeWidget;
    m_facetsTree->setObjectName(QStringLiteral("facetsTreeWidget"));
    m_facetsTree->setColumnCount(2);
    m_facetsTree->setHeaderHidden(true);
    m_facetsTree->header()->setStretchLastSection(false);
    m_facetsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_facetsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_facetsTree->setToolTip(tr("Click a value to narrow the search to it"));
    sideLayout->addWidget(savedLabel);
    sideLayout->addWidget(m_savedList);
    sideLayout->addLayout(savedButtons);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(facetsLabel);
    sideLayout->addWidget(m_facetsTree, 1);

    // The query and its hits.
    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    m_queryEdit = new QLineEdit;
    m_queryEdit->setObjectName(QStringLiteral("queryLineEdit"));
    m_queryEdit->setClearButtonEnabled(true);
    m_queryEdit->setPlaceholderText(
        tr("Search dialogues: words, \"phrases\", -word, OR, speaker: org: series: city: "
           "country: topic: format: year: after: before:"));
    m_queryEdit->installEventFilter(this);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new SearchResultsModel(this);
    m_resultsView = new QListView;
    m_resultsView->setObjectName(QStringLiteral("resultsListView"));
    m_resultsView->setModel(m_model);
    m_resultsView->setItemDelegate(new SearchHitDelegate(m_resultsView));
    m_resultsView->setUniformItemSizes(false);
    m_resultsView->setWordWrap(true);
    m_resultsView->setResizeMode(QListView::Adjust);
    m_resultsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    mainLayout->addWidget(m_queryEdit);
    mainLayout->addWidget(m_statusLabel);
    mainLayout->addWidget(m_resultsView, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(sidebar);
    splitter->addWidget(main);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchWidget::startSearch);
    connect(m_queryEdit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_queryEdit, &QLineEdit::returnPressed, this, &SearchWidget::openCurrent);
    connect(m_resultsView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->hitFromIndex(index).id)
            emit dialogueActivated(id);
    });
    connect(m_facetsTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { narrow(item); });
    connect(m_facetsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { narrow(item); });
    connect(m_savedList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { setQuery(item->data(ItemRole::Query).toString()); });
    connect(m_savedList, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem *current) { m_removeButton->setEnabled(current != nullptr); });
    connect(m_saveButton, &QPushButton::clicked, this, &SearchWidget::askToSaveSearch);
    connect(m_removeButton, &QPushButton::clicked, this, &SearchWidget::removeSavedSearch);

    m_worker = new SearchWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchWidget::showResults);
    connect(m_worker, &SearchWorker::facetsReady, this, [this](quint64 generation, const Facets &facets) {
        if (generation != m_generation)
            return;
        showFacets(facets);
        emit facetsShown();
    });
    connect(m_worker, &SearchWorker::opened, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_statusLabel->setText(tr("Search is not available: %1").arg(error));
    });
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchWidget::~SearchWidget()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchWidget::setArchive(const QString &path, Database *database)
{
    m_database = database;
    m_queryEdit->setEnabled(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path, verdict = database ? database->sharedIntegrityCheck() : nullptr] {
            worker->open(path, verdict);
        },
        Qt::QueuedConnection);
    loadSavedSearches();
    startSearch();
}

void SearchWidget::setUnavailable(const QString &reason)
{
    m_database = nullptr;
    m_queryEdit->setEnabled(false);
    m_model->setHits({});
    m_facetsTree->clear();
    m_statusLabel->setText(reason);
}

void SearchWidget::closeArchive()
{
    // Waits for the worker: the archive's file may be replaced (a restore) right after.
    m_debounce.stop();
    ++m_generation;
    m_worker->announce(m_generation);
    QMetaObject::invokeMethod(m_worker, &SearchWorker::close, Qt::BlockingQueuedConnection);
    m_database = nullptr;
    m_savedList->clear();
    m_model->setHits({});
    m_facetsTree->clear();
    m_statusLabel->clear();
}

void SearchWidget::searchAgain()
{
    if (m_database)
        m_debounce.start();
}

QString SearchWidget::query() const
{
    return m_queryEdit->text();
}

void SearchWidget::setQuery(const QString &query)
{
    m_queryEdit->setText(query);
    m_debounce.stop();
    startSearch();
}

void SearchWidget::focusQuery()
{
    m_queryEdit->setFocus(Qt::ShortcutFocusReason);
    m_queryEdit->selectAll();
}

void SearchWidget::startSearch()
{
    m_debounce.stop();
    const quint64 generation = ++m_generation;
    m_worker->announce(generation);
    const QString text = m_queryEdit->text();
    m_searchedQuery = text;
    m_openWhenShown = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, text] { worker->search(generation, text, Search::DefaultLimit); },
        Qt::QueuedConnection);
}

void SearchWidget::showResults(quint64 generation, const SearchResults &results, const QString &error)
{
    if (generation != m_generation)
        return; // an older search; a newer one is on its way
    if (!error.isEmpty()) {
        m_openWhenShown = 0;
        // Keep the last good hits on screen while the user finishes typing.
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020"));
        m_statusLabel->setText(error);
        return;
    }
    m_statusLabel->setStyleSheet(QString());
    QString status = results.total == 0 ? tr("No dialogue found")
                                        : tr("Dialogues found: %1").arg(QLocale().toString(results.total));
    if (results.total > results.hits.size())
        status += tr(" — showing the best %1").arg(results.hits.size());
    if (!results.ignored.isEmpty())
        status += tr(" (ignored: %1)").arg(results.ignored.join(QLatin1String(", ")));
    m_statusLabel->setText(status);
    m_model->setHits(results.hits);
    m_shownQuery = m_searchedQuery;
    if (m_model->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_model->index(0));
    // The facets of the previous search would mislead: they follow when counted.
    m_facetsTree->clear();
    emit resultsShown(results.total);
    if (m_openWhenShown == generation) {
        m_openWhenShown = 0;
        openCurrent();
    }
}

void SearchWidget::showFacets(const Facets &facets)
{
    m_facetsTree->clear();
    const QList<std::pair<QString, const QList<FacetValue> *>> groups
        = { { tr("Year"), &facets.years }, { tr("Series"), &facets.series }, { tr("City"), &facets.cities },
              { tr("Organisation"), &facets.organizations } };
    for (const auto &[title, values] : groups) {
        if (values->isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_facetsTree, { title });
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        // The organisations' counts are the organisation list's Dialogues column, restricted
        // to the dialogues found: say what they count.
        const QString counted = values == &facets.organizations
            ? tr("Dialogues found that it took part in: named in any role or spoken for by one of its people")
            : QString();
        if (!counted.isEmpty())
            group->setToolTip(0, counted);
        for (const FacetValue &value : *values) {
            auto *item = new QTreeWidgetItem(group, { value.label, QLocale().toString(value.count) });
            item->setData(0, ItemRole::Refinement, value.refinement);
            item->setToolTip(0, value.refinement);
            if (!counted.isEmpty())
                item->setToolTip(1, counted);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        group->setExpanded(true);
    }
}

void SearchWidget::narrow(QTreeWidgetItem *item)
{
    const QString refinement = item ? item->data(0, ItemRole::Refinement).toString() : QString();
    if (refinement.isEmpty())
        return;
    const QString current = m_queryEdit->text().trimmed();
    setQuery(current.isEmpty() ? refinement : current + QLatin1Char(' ') + refinement);
}

void SearchWidget::openCurrent()
{
    // Enter pressed before the debounced search of what was typed ran (or while it runs):
    // the hits on screen belong to an older query. Search the text as typed now and open
    // its top hit when it arrives.
    if (m_debounce.isActive() || m_queryEdit->text() != m_shownQuery) {
        if (m_debounce.isActive() || m_queryEdit->text() != m_searchedQuery)
            startSearch();
        m_openWhenShown = m_generation;
        return;
    }
    QModelIndex index = m_resultsView->currentIndex();
    if (!index.isValid())
        index = m_model->index(0);
    if (const qint64 id = m_model->hitFromIndex(index).id)
        emit dialogueActivated(id);
}

bool SearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the query box walks into the hits; Enter there opens one.
    if (watched == m_queryEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_resultsView->setFocus(Qt::OtherFocusReason);
            if (!m_resultsView->currentIndex().isValid())
                m_resultsView->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SearchWidget::saveCurrentSearch(const QString &name)
{
    if (!m_database)
        return false;
    Search search(*m_database);
    QString error;
    if (!search.saveSearch(name, query(), &error)) {
        MessageBox::warning(this, tr("Cannot save the search"), error);
        return false;
    }
    loadSavedSearches();
    return true;
}

void SearchWidget::askToSaveSearch()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save search"), tr("Name of the search:"), QLineEdit::Normal, query().left(40), &ok);
    if (ok)
        saveCurrentSearch(name);
}

void SearchWidget::removeSavedSearch()
{
    QListWidgetItem *item = m_savedList->currentItem();
    if (!item || !m_database)
        return;
    Search search(*m_database);
    QString error;
    if (!search.removeSavedSearch(item->data(ItemRole::Id).toLongLong(), &error))
        MessageBox::warning(this, tr("Cannot remove the saved search"), error);
    loadSavedSearches();
}

void SearchWidget::loadSavedSearches()
{
    m_savedList->clear();
    if (!m_database)
        return;
    Search search(*m_database);
    for (const SavedSearch &saved : search.savedSearches()) {
        auto *item = new QListWidgetItem(saved.name, m_savedList);
        item->setData(ItemRole::Id, saved.id);
        item->setData(ItemRole::Query, saved.query);
        item->setToolTip(saved.query);
    }
}

} // namespace rt::app
