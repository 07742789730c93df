#include "app/editors/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rt::app {

namespace {

enum Column { FieldColumn, TheirsColumn, MineColumn, ColumnCount };

} // namespace

ConflictDialog::ConflictDialog(const QList<Field> &fields, const QString &heading, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_takeTheirs(fields.size(), false)
    , m_table(new QTableWidget(int(fields.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Compare with the Saved Version — Roundtable"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(heading, this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("headingLabel"));
    layout->addWidget(label);

    int differing = 0;
    for (const Field &field : fields)
        differing += field.differs() ? 1 : 0;
    auto *hint
        = new QLabel(tr("%n field(s) differ, marked in yellow. Click Theirs or Mine in a row (or press "
                        "Space) to choose; every field you leave on Mine keeps what you typed.",
                         nullptr, differing),
            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->setObjectName(QStringLiteral("fieldsTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Theirs (saved)"), tr("Mine") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // One cell at a time: a selected row's colour would hide the marks of what differs.
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    for (int row = 0; row < fields.size(); ++row) {
        const Field &field = fields.at(row);
        auto *name = new QTableWidgetItem(field.label);
        QFont font = name->font();
        font.setBold(field.differs());
        name->setFont(font);
        m_table->setItem(row, FieldColumn, name);
        auto *theirs = new QTableWidgetItem(field.theirs);
        auto *mine = new QTableWidgetItem(field.mine);
        theirs->setToolTip(field.theirs);
        mine->setToolTip(field.mine);
        if (field.differs()) {
            theirs->setFlags(theirs->flags() | Qt::ItemIsUserCheckable);
            mine->setFlags(mine->flags() | Qt::ItemIsUserCheckable);
        }
        m_table->setItem(row, TheirsColumn, theirs);
        m_table->setItem(row, MineColumn, mine);
        updateRow(row);
    }
    // Row heights follow the columns' widths, which settle only once the window is laid out.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
        [this] { m_table->resizeRowsToContents(); });
    // A click on a differing row's Theirs or Mine cell chooses it; Space on a row switches.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == TheirsColumn || column == MineColumn)
            setTakeTheirs(row, column == TheirsColumn);
    });
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use These Fields"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep Editing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The first differing row is current, so Space chooses there at once.
    for (int row = 0; row < fields.size(); ++row) {
        if (fields.at(row).differs()) {
            m_table->setCurrentCell(row, TheirsColumn);
            break;
        }
    }
    m_table->setFocus();
    resize(900, 560);
}

void ConflictDialog::setTakeTheirs(int row, bool theirs)
{
    if (row < 0 || row >= m_fields.size() || !m_fields.at(row).differs())
        return;
    m_takeTheirs[row] = theirs;
    updateRow(row);
}

QList<int> ConflictDialog::takenRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_takeTheirs.size(); ++row) {
        if (m_takeTheirs.at(row))
            rows.append(row);
    }
    return rows;
}

void ConflictDialog::updateRow(int row)
{
    const bool differs = m_fields.at(row).differs();
    const QColor marked(0xff, 0xf1, 0xb8);
    const QColor chosen(0xc8, 0xe6, 0xc9);
    QTableWidgetItem *theirs = m_table->item(row, TheirsColumn);
    QTableWidgetItem *mine = m_table->item(row, MineColumn);
    if (!theirs || !mine)
        return;
    if (differs) {
        theirs->setCheckState(m_takeTheirs.at(row) ? Qt::Checked : Qt::Unchecked);
        mine->setCheckState(m_takeTheirs.at(row) ? Qt::Unchecked : Qt::Checked);
        theirs->setBackground(m_takeTheirs.at(row) ? chosen : marked);
        mine->setBackground(m_takeTheirs.at(row) ? marked : chosen);
        m_table->item(row, FieldColumn)->setBackground(marked);
    }
}

bool ConflictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const int row = m_table->currentRow();
        if (row >= 0)
            setTakeTheirs(row, !m_takeTheirs.value(row));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rt::app
