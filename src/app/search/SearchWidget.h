#pragma once

#include "core/search/Search.h"

#include <QThread>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rt {
class Database;
}

namespace rt::app {

class SearchResultsModel;
class SearchWorker;

// The search panel: a query box searched as the user types (debounced, on a worker
// thread), the hits with their matched words marked, facets that narrow the search with
// a click, and the archive's saved searches. Opening a hit is left to the window.
class SearchWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 250;

    explicit SearchWidget(QWidget *parent = nullptr);
    ~SearchWidget() override;

    // Searches the archive at `path`; `database` is the window's connection to it, used for
    // the saved searches.
    void setArchive(const QString &path, Database *database);
    // An archive this page cannot search (a server archive, until search on PostgreSQL is
    // done): the query is disabled and `reason` shown in one line.
    void setUnavailable(const QString &reason);

    // Lets go of the archive (before the window closes it or opens another).
    void closeArchive();
    // Runs the current query again: the records changed.
    void searchAgain();

    QString query() const;
    void setQuery(const QString &query);
    // Focuses the query box and selects its text (Ctrl+F).
    void focusQuery();

    // Saves the current query under `name`; false (with a message shown) on failure.
    bool saveCurrentSearch(const QString &name);

signals:
    void dialogueActivated(qint64 id);
    // A search finished and its results are on screen (for tests and the status bar).
    void resultsShown(qint64 total);
    // The facets of the search whose results are shown followed them onto the screen.
    void facetsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startSearch();
    void showResults(quint64 generation, const rt::SearchResults &results, const QString &error);
    void showFacets(const Facets &facets);
    void narrow(QTreeWidgetItem *item);
    void openCurrent();
    void askToSaveSearch();
    void removeSavedSearch();
    void loadSavedSearches();

    QLineEdit *m_queryEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QListView *m_resultsView = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTreeWidget *m_facetsTree = nullptr;
    QListWidget *m_savedList = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_removeButton = nullptr;

    QTimer m_debounce;
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    // The query whose hits are on screen, and the search whose top hit Enter asked to open
    // before its results arrived (0: none).
    QString m_searchedQuery;
    QString m_shownQuery;
    quint64 m_openWhenShown = 0;
    Database *m_database = nullptr;
};

} // namespace rt::app
