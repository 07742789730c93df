#include "app/calendar/CalendarPage.h"

#include "app/lists/DialogueTableModel.h"
#include "app/window/ItemRoles.h"
#include "app/window/MainWindow.h"
#include "core/records/Labels.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::app {

namespace {

enum ListColumn { DateColumn, TitleColumn, PlaceColumn, StatusColumn, ColumnCount };

// The colours of the days, one per status; overdue wins over planned.
QColor dayColour(const ListQueries::DialogueRow &row, const QDate &today)
{
    if (DialogueStatus::isOverdue(row.status, row.startDate, row.endDate, today))
        return QColor(0xff, 0xc8, 0x8a);
    if (row.status == QLatin1String(DialogueStatus::Planned))
        return QColor(0xb8, 0xd8, 0xff);
    if (row.status == QLatin1String(DialogueStatus::Cancelled))
        return QColor(0xdd, 0xdd, 0xdd);
    return QColor(0xb5, 0xe3, 0xc5);
}

int rank(const ListQueries::DialogueRow &row, const QDate &today)
{
    if (DialogueStatus::isOverdue(row.status, row.startDate, row.endDate, today))
        return 3;
    if (row.status == QLatin1String(DialogueStatus::Planned))
        return 2;
    return row.status == QLatin1String(DialogueStatus::Cancelled) ? 0 : 1;
}

QString dates(const ListQueries::DialogueRow &row)
{
    if (row.endDate.isValid() && row.endDate != row.startDate)
        return CalendarPage::tr("%1 – %2").arg(
            row.startDate.toString(Qt::ISODate), row.endDate.toString(Qt::ISODate));
    return row.startDate.toString(Qt::ISODate);
}

} // namespace

CalendarPage *CalendarPage::install(MainWindow *window)
{
    auto *page = new CalendarPage;
    // KDE's themes call it view-calendar; Adwaita, the one the program falls back on, only
    // has the calendar document's icon.
    const QIcon icon = QIcon::fromTheme(
        QStringLiteral("view-calendar"), QIcon::fromTheme(QStringLiteral("x-office-calendar")));
    window->addPage(QLatin1String(PageName), tr("Calendar"), icon, page);
    connect(
        page, &CalendarPage::dialogueActivated, window, [window](qint64 id) { window->openDialogue(id); });
    connect(
        window, &MainWindow::archiveOpened, page, [window, page] { page->setQueries(window->queries()); });
    connect(window, &MainWindow::archiveClosing, page, [page] { page->setQueries(nullptr); });
    connect(window, &MainWindow::recordsChanged, page, &CalendarPage::reload);
    if (window->queries())
        page->setQueries(window->queries());
    return page;
}

CalendarPage::CalendarPage(QWidget *parent)
    : QWidget(parent)
    , m_calendar(new QCalendarWidget)
    , m_dayLabel(new QLabel)
    , m_dayList(makeList())
    , m_upcomingLabel(new QLabel)
    , m_upcomingList(makeList())
    , m_overdueLabel(new QLabel)
    , m_overdueList(makeList())
{
    m_calendar->setObjectName(QStringLiteral("calendarWidget"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setMinimumSize(380, 300);
    m_dayList->setObjectName(QStringLiteral("dayTreeWidget"));
    m_upcomingList->setObjectName(QStringLiteral("upcomingTreeWidget"));
    m_overdueList->setObjectName(QStringLiteral("overdueTreeWidget"));

    auto heading = [](QLabel *label) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    auto *legend = new QLabel;
    legend->setObjectName(QStringLiteral("legendLabel"));
    QString legendHtml;
    const QList<QPair<QColor, QString>> keys = { { QColor(0xb5, 0xe3, 0xc5), tr("held") },
        { QColor(0xb8, 0xd8, 0xff), tr("planned") }, { QColor(0xff, 0xc8, 0x8a), tr("planned, date passed") },
        { QColor(0xdd, 0xdd, 0xdd), tr("cancelled") } };
    for (const auto &[colour, text] : keys)
        legendHtml += QStringLiteral(
            "<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2&nbsp;&nbsp; ")
                          .arg(colour.name(), text.toHtmlEscaped());
    legend->setText(legendHtml);
    legend->setWordWrap(true);

    auto *title = new QLabel(tr("Calendar"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendar);
    leftLayout->addWidget(legend);
    leftLayout->addWidget(heading(m_dayLabel));
    leftLayout->addWidget(m_dayList, 1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(heading(m_upcomingLabel));
    rightLayout->addWidget(m_upcomingList, 3);
    rightLayout->addWidget(heading(m_overdueLabel));
    rightLayout->addWidget(m_overdueList, 2);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);
    m_upcomingLabel->setText(tr("Upcoming"));
    m_overdueLabel->setText(tr("Still planned, date passed"));

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &CalendarPage::loadDay);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPage::loadMonth);
    connect(m_calendar, &QCalendarWidget::activated, this, [this] {
        if (m_dayList->topLevelItemCount() > 0) {
            m_dayList->setFocus();
            m_dayList->setCurrentItem(m_dayList->topLevelItem(0));
        }
    });
    setFocusProxy(m_calendar);
}

QTreeWidget *CalendarPage::makeList()
{
    auto *list = new QTreeWidget;
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setColumnCount(ColumnCount);
    list->setHeaderLabels({ tr("Date"), tr("Title"), tr("Place"), tr("Status") });
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(PlaceColumn, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    list->installEventFilter(this);
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, ItemRole::Id).toLongLong())
            emit dialogueActivated(id);
    });
    return list;
}

void CalendarPage::setQueries(ListQueries *queries)
{
    m_queries = queries;
    m_stale = true;
    if (isVisible() || !queries)
        reload();
}

void CalendarPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CalendarPage::reload()
{
    // A page not on screen is read when it is next shown.
    if (!isVisible() && m_queries) {
        m_stale = true;
        return;
    }
    m_stale = false;
    loadMonth();
    QString error;
    fill(m_upcomingList,
        m_queries ? m_queries->upcomingDialogues(today(), UpcomingLimit, &error)
                  : QList<ListQueries::DialogueRow>());
    const QList<ListQueries::DialogueRow> overdue
        = m_queries ? m_queries->overdueDialogues(today(), &error) : QList<ListQueries::DialogueRow>();
    fill(m_overdueList, overdue);
    m_overdueLabel->setText(overdue.isEmpty() ? tr("Still planned, date passed: none")
                                              : tr("Still planned, date passed (%1)").arg(overdue.size()));
    if (!error.isEmpty())
        qWarning("Roundtable: cannot read the calendar: %s", qPrintable(error));
}

void CalendarPage::loadMonth()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // forgets every day's marking
    m_month.clear();
    if (m_queries) {
        // The weeks on show run into the months either side.
        const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
        QString error;
        m_month = m_queries->dialoguesBetween(first.addDays(-7), first.addMonths(1).addDays(13), &error);
    }
    QHash<QDate, QList<const ListQueries::DialogueRow *>> byDay;
    for (const ListQueries::DialogueRow &row : std::as_const(m_month)) {
        const QDate last = row.endDate.isValid() && row.endDate > row.startDate ? row.endDate : row.startDate;
        // A long dialogue is marked on each of its days (at most a few weeks of them).
        for (QDate day = row.startDate; day <= last && day.daysTo(last) < 62; day = day.addDays(1))
            byDay[day].append(&row);
    }
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const ListQueries::DialogueRow *shown = it->first();
        QStringList tips;
        for (const ListQueries::DialogueRow *row : *it) {
            if (rank(*row, today()) > rank(*shown, today()))
                shown = row;
            QString tip = tr("%1 (%2)").arg(row->title, Labels::status(row->status));
            if (DialogueStatus::isOverdue(row->status, row->startDate, row->endDate, today()))
                tip += QLatin1Char('\n') + DialogueTableModel::overdueReason(row->startDate, row->endDate);
            tips.append(tip);
        }
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setBackground(dayColour(*shown, today()));
        if (shown->status == QLatin1String(DialogueStatus::Cancelled) && it->size() == 1)
            format.setFontStrikeOut(true);
        format.setToolTip(tips.join(QLatin1Char('\n')));
        m_calendar->setDateTextFormat(it.key(), format);
    }
    QTextCharFormat todayFormat = m_calendar->dateTextFormat(today());
    todayFormat.setFontUnderline(true);
    m_calendar->setDateTextFormat(today(), todayFormat);
    loadDay();
}

void CalendarPage::loadDay()
{
    const QDate day = m_calendar->selectedDate();
    QList<ListQueries::DialogueRow> rows;
    for (const ListQueries::DialogueRow &row : std::as_const(m_month)) {
        const QDate last = row.endDate.isValid() && row.endDate > row.startDate ? row.endDate : row.startDate;
        if (row.startDate <= day && day <= last)
            rows.append(row);
    }
    const QString when = QLocale().toString(day, QLocale::LongFormat);
    m_dayLabel->setText(rows.isEmpty() ? tr("No dialogue on %1").arg(when)
                                       : tr("Dialogues on %1 (%2)").arg(when).arg(rows.size()));
    fill(m_dayList, rows);
}

void CalendarPage::fill(QTreeWidget *list, const QList<ListQueries::DialogueRow> &rows)
{
    list->clear();
    QList<QTreeWidgetItem *> items;
    for (const ListQueries::DialogueRow &row : rows) {
        QStringList place;
        if (!row.city.isEmpty())
            place.append(row.city);
        if (!row.country.isEmpty())
            place.append(row.country);
        auto *item = new QTreeWidgetItem(
            { dates(row), row.title, place.join(tr(", ")), Labels::status(row.status) });
        item->setData(0, ItemRole::Id, row.id);
        item->setToolTip(TitleColumn, row.title);
        if (DialogueStatus::isOverdue(row.status, row.startDate, row.endDate, today())) {
            const QString reason = DialogueTableModel::overdueReason(row.startDate, row.endDate);
            for (int column = 0; column < ColumnCount; ++column) {
                item->setForeground(column, DialogueTableModel::OverdueColour);
                item->setToolTip(column, reason);
            }
            item->setIcon(StatusColumn, QIcon::fromTheme(QStringLiteral("dialog-warning")));
            item->setData(0, ItemRole::Overdue, true);
        }
        items.append(item);
    }
    list->addTopLevelItems(items);
}

bool CalendarPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a list opens its dialogue on every platform (the view's own activation on
    // Enter depends on the style), once: the view does not see the key.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (auto *list = qobject_cast<QTreeWidget *>(watched); list && list->currentItem()) {
                emit list->itemActivated(list->currentItem(), 0);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rt::app
