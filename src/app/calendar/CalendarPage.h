#pragma once

#include "core/records/ListQueries.h"

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rt::app {

class MainWindow;

// The Calendar page: a month with the days that have dialogues marked (held, planned,
// cancelled, and planned ones whose date has passed, each in its colour, with the titles in
// the day's tooltip), the dialogues of the chosen day, the upcoming ones, and the planned
// ones whose date has passed. Enter or a double-click opens a dialogue in its editor.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char *PageName = "calendarPage";

    // Adds the page to `window`, which owns it, and keeps it in step with the archive.
    static CalendarPage *install(MainWindow *window);

    explicit CalendarPage(QWidget *parent = nullptr);

    // The queries to read from (nullptr: nothing open); reads again.
    void setQueries(ListQueries *queries);
    // The day overdue is counted against (tests set it); default: the real today.
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QCalendarWidget *calendar() const { return m_calendar; }
    QTreeWidget *dayList() const { return m_dayList; }
    QTreeWidget *upcomingList() const { return m_upcomingList; }
    QTreeWidget *overdueList() const { return m_overdueList; }
    static constexpr int UpcomingLimit = 50;

public slots:
    // Reads the month shown, the chosen day and the lists again.
    void reload();

signals:
    void dialogueActivated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadMonth();
    void loadDay();
    void fill(QTreeWidget *list, const QList<ListQueries::DialogueRow> &rows);
    QTreeWidget *makeList();

    ListQueries *m_queries = nullptr;
    QDate m_today;
    bool m_stale = true; // read when next shown
    QCalendarWidget *m_calendar;
    QLabel *m_dayLabel;
    QTreeWidget *m_dayList;
    QLabel *m_upcomingLabel;
    QTreeWidget *m_upcomingList;
    QLabel *m_overdueLabel;
    QTreeWidget *m_overdueList;
    QList<ListQueries::DialogueRow> m_month; // the dialogues of the weeks the calendar shows
};

} // namespace rt::app
