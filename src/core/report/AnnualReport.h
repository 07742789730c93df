#pragma once

#include "core/stats/Statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace rt {

class Database;

// The annual report: a PDF booklet of the dialogues of a year (or of any search query) —
// a cover, a table of contents with page numbers, a summary with the figures of core's
// Statistics and bar charts drawn as vector graphics, then each dialogue on a page or half
// a page (title, date, place, organisations by role, speakers with their titles, topics,
// the outcome), in the interface's language. Laid out and written by PressReleaseDocument
// (fonts for every script, text that copies out exactly) and OutputFile (atomic, never
// onto the archive). Shared by `roundtable report` and File → Annual Report…; uses only the
// connection it is given, so the window runs it on a worker thread with a connection of its own.
class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(rt::AnnualReport)

public:
    // What the report covers: a year, or any search query (then `year` is 0).
    struct Request
    {
        int year = 0;
        QString query;
        QString title; // empty: "Annual Report YEAR" or "Report"
    };
    // A line of the table of contents: the page (from 1, as printed) a section starts on.
    struct Entry
    {
        QString title;
        int page = 0;
        qint64 dialogueId = 0; // 0 for the summary
    };
    // Called as the work goes on; return false to cancel (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    explicit AnnualReport(Database &database);

    // "2022" → 2022; false with a one-line message for anything but a year 1900–2999.
    static bool parseYear(const QString &text, int *year, QString *error);
    // The search query a request covers ("year:2022").
    static QString queryOf(const Request &request);

    // Builds the PDF in memory; false with one line on a bad query, no dialogues, a failed
    // read or a cancel (then cancelled() is true).
    bool render(const Request &request, QByteArray *pdf, QString *error, const Progress &progress = {});
    // Renders and writes to `path` through OutputFile (refused when it is one of the files of
    // `archivePath`: checked before any work). On any failure or cancel nothing is written.
    bool write(const Request &request, const QString &path, const QString &archivePath, QString *error,
        const Progress &progress = {});

    bool cancelled() const { return m_cancelled; }
    // Of the last render: the figures shown in the summary, and the table of contents.
    const StatisticsFigures &figures() const { return m_figures; }
    const QList<Entry> &contents() const { return m_contents; }
    int pageCount() const { return m_pages; }

    static constexpr int RankingLimit = 10; // partners, speakers and countries in the summary

private:
    Database &m_db;
    StatisticsFigures m_figures;
    QList<Entry> m_contents;
    int m_pages = 0;
    bool m_cancelled = false;
};

} // namespace rt
