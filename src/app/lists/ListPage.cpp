#include "app/lists/ListPage.h"

#include "app/window/Settings.h"
#include "ui_ListPage.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace rt::app {

ListPage::ListPage(const QString &title, const QString &filterPlaceholder, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListPage>())
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->filterLineEdit->setPlaceholderText(filterPlaceholder);
    m_ui->newPushButton->setText(tr("&New…"));
    m_ui->newPushButton->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->deletePushButton->setText(tr("Delete…"));
    m_ui->deletePushButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_ui->deletePushButton->setEnabled(false);

    QTableView *view = m_ui->recordsTableView;
    // Fixed row heights: a vertical header sized to contents would measure every row.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setTextElideMode(Qt::ElideRight);
    view->installEventFilter(this);
    // Right-click on the header: show or hide columns (what is hidden is neither printed nor
    // exported; the choice is remembered with the column widths).
    view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QHeaderView *header = m_ui->recordsTableView->horizontalHeader();
        QAbstractItemModel *model = m_ui->recordsTableView->model();
        if (!model)
            return;
        QMenu menu;
        int shown = 0;
        for (int column = 0; column < model->columnCount(); ++column)
            shown += header->isSectionHidden(column) ? 0 : 1;
        for (int visual = 0; visual < model->columnCount(); ++visual) {
            const int column = header->logicalIndex(visual);
            QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(header->isSectionHidden(column) || shown > 1); // one always stays
            connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(at));
    });

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(
        m_filterTimer, &QTimer::timeout, this, [this] { emit filterChanged(m_ui->filterLineEdit->text()); });
    connect(view, &QAbstractItemView::doubleClicked, this, &ListPage::activated);
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &ListPage::newRequested);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &ListPage::deleteRequested);
}

ListPage::~ListPage() = default;

void ListPage::setModel(QAbstractItemModel *model)
{
    m_ui->recordsTableView->setModel(model);
    connect(m_ui->recordsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ListPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateButtons);
}

void ListPage::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

void ListPage::updateButtons()
{
    m_ui->newPushButton->setEnabled(m_writable);
    m_ui->deletePushButton->setEnabled(
        m_writable && m_ui->recordsTableView->selectionModel() && !selectedRows().isEmpty());
}

void ListPage::setPreview(QWidget *preview)
{
    QTableView *view = m_ui->recordsTableView;
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("previewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_ui->pageLayout->replaceWidget(view, m_splitter);
    m_splitter->addWidget(view);
    m_splitter->addWidget(preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 880, 400 }); // the list keeps room for its titles
    m_preview = preview;
}

QTableView *ListPage::view() const
{
    return m_ui->recordsTableView;
}

QLineEdit *ListPage::filterLineEdit() const
{
    return m_ui->filterLineEdit;
}

QModelIndexList ListPage::selectedRows() const
{
    if (!m_ui->recordsTableView->selectionModel())
        return {};
    return m_ui->recordsTableView->selectionModel()->selectedRows();
}

QModelIndex ListPage::currentIndex() const
{
    return m_ui->recordsTableView->currentIndex();
}

void ListPage::setColumnWidths(const QList<int> &widths, int stretchColumn)
{
    QHeaderView *header = m_ui->recordsTableView->horizontalHeader();
    m_defaultWidths = widths;
    m_stretchColumn = stretchColumn;
    header->setStretchLastSection(false);
    m_adjusting = true;
    for (int column = 0; column < widths.size(); ++column) {
        if (widths.at(column) > 0)
            header->resizeSection(column, widths.at(column));
    }
    m_adjusting = false;
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    if (!m_fitting) {
        m_fitting = true;
        m_ui->recordsTableView->viewport()->installEventFilter(this);
        // Short columns keep their text whole once the rows are there.
        if (QAbstractItemModel *model = m_ui->recordsTableView->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &ListPage::fitColumns);
            connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::fitColumns);
            connect(model, &QAbstractItemModel::layoutChanged, this, &ListPage::fitColumns);
        }
        // A width the user drags is theirs from then on.
        connect(header, &QHeaderView::sectionResized, this, [this](int column) {
            if (!m_adjusting && column != m_stretchColumn)
                m_fitting = false;
        });
    }
    fitColumns();
}

int ListPage::contentWidth(int column) const
{
    const QTableView *view = m_ui->recordsTableView;
    const QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return 0;
    const int first = std::max(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    int width = 0;
    for (int row = first; row <= last && row < first + 100; ++row)
        width = std::max(
            width, view->fontMetrics().horizontalAdvance(model->index(row, column).data().toString()));
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return width + 2 * margin + 2;
}

void ListPage::fitColumns()
{
    if (!m_fitting)
        return;
    QHeaderView *header = m_ui->recordsTableView->horizontalHeader();
    const int available = m_ui->recordsTableView->viewport()->width();
    // The columns that give way, each down to its heading's width; those that reach it keep
    // it and the rest share what is left, in proportion to their own widths.
    QHash<int, int> widths; // column -> width
    QList<int> flexible;
    for (int column = 0; column < m_defaultWidths.size(); ++column) {
        if (column != m_stretchColumn && m_defaultWidths.at(column) > 0 && !header->isSectionHidden(column)) {
            widths.insert(column, m_defaultWidths.at(column));
            flexible.append(column);
        }
    }
    int others = 0; // visible columns without a default width: left as they are
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretchColumn && !widths.contains(column) && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // Down to the heading, and to the rows on screen where they are short (a date, a format, a
    // count: cut, they say nothing); longer text (a series, a city) gives way.
    QHash<int, int> floors;
    for (int column : std::as_const(flexible)) {
        const int content = contentWidth(column);
        floors.insert(column, std::max(header->sectionSizeHint(column), content <= 110 ? content : 0));
    }
    int room = available - std::max(200, available / 3) - others; // the rest is the stretched column's
    bool clamped = true;
    while (clamped && !flexible.isEmpty()) {
        clamped = false;
        int wanted = 0;
        for (int column : std::as_const(flexible))
            wanted += m_defaultWidths.at(column);
        const double scale = std::clamp(double(room) / wanted, 0.0, 1.0);
        for (int column : std::as_const(flexible)) {
            const int floor = std::min(m_defaultWidths.at(column), floors.value(column));
            widths[column] = std::max(floor, int(m_defaultWidths.at(column) * scale));
            if (widths[column] == floor && scale < 1.0 && floor > m_defaultWidths.at(column) * scale) {
                flexible.removeOne(column);
                room -= floor;
                clamped = true;
                break;
            }
        }
    }
    m_adjusting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        header->resizeSection(it.key(), it.value());
    m_adjusting = false;
}

void ListPage::saveState() const
{
    Settings::setLayout(
        Settings::Layout::ListHeader, m_ui->recordsTableView->horizontalHeader()->saveState(), objectName());
    if (m_splitter)
        Settings::setLayout(Settings::Layout::PreviewSplitter, m_splitter->saveState(), objectName());
}

void ListPage::restoreState()
{
    const QByteArray state = Settings::layout(Settings::Layout::ListHeader, objectName());
    if (!state.isEmpty()) {
        m_fitting = false; // the widths the user left last time
        m_ui->recordsTableView->horizontalHeader()->restoreState(state);
    }
    const QByteArray sizes = Settings::layout(Settings::Layout::PreviewSplitter, objectName());
    if (m_splitter && !sizes.isEmpty())
        m_splitter->restoreState(sizes);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->recordsTableView->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // Enter opens the current record; Delete asks to delete the selection.
    if (watched == m_ui->recordsTableView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            emit activated(currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rt::app
