#include "app/lists/ListPage.h"

#include "app/window/Settings.h"
#include "ui_ListPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSplitter>
#include <QTimer>

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
    auto update = [this] { m_ui->deletePushButton->setEnabled(!selectedRows().isEmpty()); };
    connect(m_ui->recordsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
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
    if (!state.isEmpty())
        m_ui->recordsTableView->horizontalHeader()->restoreState(state);
    const QByteArray sizes = Settings::layout(Settings::Layout::PreviewSplitter, objectName());
    if (m_splitter && !sizes.isEmpty())
        m_splitter->restoreState(sizes);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
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
