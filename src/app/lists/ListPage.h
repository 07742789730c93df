#pragma once

#include <QModelIndexList>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QTableView;
class QLineEdit;
class QSplitter;
class QTimer;

namespace Ui {
class ListPage;
}

namespace rt::app {

// One list of records in the main window: a title, a filter box, New and Delete buttons and
// a sortable table. It knows nothing of records: it reports what the user asks for
// (filterChanged, activated, newRequested, deleteRequested) and the window acts on it.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ListPage(const QString &title, const QString &filterPlaceholder, QWidget *parent = nullptr);
    ~ListPage() override;

    void setModel(QAbstractItemModel *model);
    QTableView *view() const;
    QLineEdit *filterLineEdit() const;
    // The selected rows as indexes of the view's model (column 0).
    QModelIndexList selectedRows() const;
    QModelIndex currentIndex() const;
    // Whether records may be added and deleted here (not on a read-only archive): New and
    // Delete are offered only then, Delete with a selection.
    void setWritable(bool writable);

    // Puts `preview` (the page takes it) beside the table, in a splitter.
    void setPreview(QWidget *preview);
    QWidget *preview() const { return m_preview; }

    // The columns' widths until the user sets their own: `widths` in order (0: left alone), and
    // `stretchColumn` takes what the others leave. While the page is narrower than these
    // widths allow, the others give way in proportion (never below their heading), so that
    // the stretched column (a dialogue's title) keeps at least a third of the width.
    void setColumnWidths(const QList<int> &widths, int stretchColumn);

    void saveState() const; // column widths and order, and the preview's width, per page (objectName)
    void restoreState();

signals:
    void filterChanged(const QString &text); // after a short pause in typing
    void activated(const QModelIndex &index);
    void newRequested();
    void deleteRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void updateButtons();
    // The widest text of `column` in the rows on screen (at most 100), with the cell's margins.
    int contentWidth(int column) const;

    std::unique_ptr<Ui::ListPage> m_ui;
    QList<int> m_defaultWidths;
    int m_stretchColumn = -1;
    bool m_fitting = false; // the default widths are in use and follow the page's width
    bool m_adjusting = false;
    QTimer *m_filterTimer;
    QWidget *m_preview = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_writable = true;
};

} // namespace rt::app
