#include "core/report/AnnualReport.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/press/PressReleaseDocument.h"
#include "core/press/PressReleaseExporter.h"
#include "core/records/Archive.h"
#include "core/records/Labels.h"
#include "core/report/ReportChart.h"
#include "core/safety/OutputFile.h"
#include "core/search/Search.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace rt {

namespace {

// Record text as HTML: escaped, line breaks kept, and without the private-use characters
// that mark the charts (ReportChart).
QString esc(const QString &text)
{
    QString clean = text;
    clean.remove(QChar(0xE000)).remove(QChar(0xE001)).remove(QChar(0xE002));
    return clean.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// What the report shows of one dialogue, with the names its ids stand for looked up.
struct Item
{
    Dialogue dialogue;
    QList<QPair<QString, QStringList>> roles; // role label -> organisations, in role order
    struct Speaker
    {
        QString name;
        QString capacity; // title, organisation
        QString role;
    };
    QList<Speaker> speakers;
};

} // namespace

AnnualReport::AnnualReport(Database &database)
    : m_db(database)
{
}

bool AnnualReport::parseYear(const QString &text, int *year, QString *error)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4}$"));
    const int value = text.toInt();
    if (!digits.match(text).hasMatch() || value < 1900 || value > 2999) {
        *error = tr("“%1” is not a year (four digits, e.g. 2022)").arg(text);
        return false;
    }
    *year = value;
    return true;
}

QString AnnualReport::queryOf(const Request &request)
{
    return request.year ? QStringLiteral("year:%1").arg(request.year) : request.query.trimmed();
}

bool AnnualReport::write(const Request &request, const QString &path, const QString &archivePath,
    QString *error, const Progress &progress)
{
    // Refused before the work, not after it.
    if (!OutputFile::mayWrite(path, archivePath, error))
        return false;
    QByteArray pdf;
    if (!render(request, &pdf, error, progress))
        return false;
    return OutputFile::write(path, pdf, archivePath, error);
}

bool AnnualReport::render(const Request &request, QByteArray *pdf, QString *error, const Progress &progress)
{
    m_cancelled = false;
    m_contents.clear();
    m_pages = 0;
    const QString query = queryOf(request);
    if (!request.year && query.isEmpty()) {
        *error = tr("give a year or a search query");
        return false;
    }
    if (!Statistics(m_db).compute(query, &m_figures, error, RankingLimit))
        return false;
    if (m_figures.dialogues == 0) {
        *error = request.year ? tr("there are no dialogues in %1").arg(request.year)
                              : tr("no dialogue matches “%1”").arg(query);
        return false;
    }

    // The dialogues, oldest first.
    QString selection;
    QStringList values;
    if (!Search(m_db).matching(query, &selection, &values, error))
        return false;
    QList<qint64> ids;
    {
        Statement statement(m_db,
            QStringLiteral("SELECT id FROM dialogue WHERE id IN (%1) ORDER BY start_date, id")
                .arg(selection));
        if (!statement.isValid()) {
            *error = tr("the dialogues could not be read: %1").arg(statement.error());
            return false;
        }
        statement.bindAll(values);
        int step;
        while ((step = statement.step()) == SQLITE_ROW)
            ids.append(statement.integer(0));
        if (step != SQLITE_DONE) {
            *error = tr("the dialogues could not be read: %1").arg(statement.error());
            return false;
        }
    }
    const int total = int(ids.size()) + 7; // the reads, the front matter, up to four layouts, the PDF
    auto report = [&](int done) {
        if (progress && !progress(done, total)) {
            m_cancelled = true;
            *error = tr("cancelled");
            return false;
        }
        return true;
    };
    if (!report(0))
        return false;

    Archive archive(m_db);
    QHash<qint64, QString> organizations;
    for (const Organization &o : archive.organizations())
        organizations.insert(o.id, o.displayName());
    QHash<qint64, Person> people;
    QList<Item> items;
    items.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const std::optional<Dialogue> dialogue = archive.dialogue(ids.at(i));
        if (!dialogue)
            continue; // deleted meanwhile
        Item item;
        item.dialogue = *dialogue;
        for (const QString &role : OrganizationRole::all()) {
            QStringList names;
            for (const DialogueOrganization &o : dialogue->organizations) {
                if (o.role == role)
                    names.append(organizations.value(o.organizationId));
            }
            if (!names.isEmpty())
                item.roles.append({ Labels::organizationRole(role), names });
        }
        for (const Speech &speech : dialogue->speeches) {
            auto person = people.find(speech.personId);
            if (person == people.end())
                person = people.insert(speech.personId, archive.person(speech.personId).value_or(Person {}));
            QString name = person->fullName();
            if (!person->localName.isEmpty() && person->localName != name)
                name = tr("%1 (%2)").arg(name, person->localName);
            QStringList capacity;
            if (!speech.title.isEmpty())
                capacity.append(speech.title);
            if (speech.organizationId)
                capacity.append(organizations.value(speech.organizationId));
            item.speakers.append({ name, capacity.join(tr(", ")), Labels::speechRole(speech.role) });
        }
        items.append(item);
        if (!report(i + 1))
            return false;
    }

    const QLocale locale;
    const QString dateFormat = tr("d MMMM yyyy", "the date of a dialogue in the report (QLocale format)");
    const QString title = !request.title.isEmpty() ? request.title
        : request.year                             ? tr("Annual Report %1").arg(request.year)
                                                   : tr("Report");
    const QString scope = request.year ? tr("The dialogues of %1").arg(request.year)
                                       : tr("The dialogues matching “%1”").arg(query);
    const QString made
        = tr("Made with Roundtable on %1").arg(locale.toString(QDate::currentDate(), dateFormat));

    // --- the HTML of the booklet; `pages` fills in the table of contents ---------------
    // `frontOnly`: the cover, contents and summary alone. `tableBreaks`: the tables of one row
    // (contents lines, bars), counted in order, that start a new page.
    auto compose = [&](ReportChart &chart, const QList<int> &pages, const QSet<int> &breaks,
                       const QSet<int> &tableBreaks, bool frontOnly) {
        int tables = 0;
        auto table = [&](const QString &attributes) {
            return QStringLiteral("<table %1%2>")
                .arg(attributes,
                    tableBreaks.contains(tables++) ? QStringLiteral(" style=\"page-break-before:always\"")
                                                   : QString());
        };
        QString html;
        html.reserve(4096 + items.size() * 2048);
        html += QStringLiteral("<html><body>");
        // Cover.
        html += QStringLiteral(
            "<p align=\"center\" style=\"margin-top:200px; font-size:28pt; font-weight:bold\">%1</p>")
                    .arg(esc(title));
        html += QStringLiteral("<p align=\"center\" style=\"margin-top:12px; font-size:15pt\">%1</p>")
                    .arg(esc(scope));
        html += QStringLiteral("<p align=\"center\" style=\"margin-top:40px; font-size:12pt\">%1</p>")
                    .arg(esc(QStringList { tr("%n dialogue(s)", nullptr, int(m_figures.dialogues)),
                        tr("%n speech(es)", nullptr, int(m_figures.speeches)),
                        tr("%n speaker(s)", nullptr, int(m_figures.speakers)),
                        tr("%n organisation(s)", nullptr, int(m_figures.organizations)) }
                                 .join(QStringLiteral(" · "))));
        html += QStringLiteral("<p align=\"center\" style=\"margin-top:260px; color:#555555\">%1</p>")
                    .arg(esc(made));

        // Contents.
        auto number = [&pages](int i) {
            return i < pages.size() && pages.at(i) > 0 ? QString::number(pages.at(i)) : QStringLiteral("0");
        };
        html += QStringLiteral("<h1 style=\"page-break-before:always\">%1</h1>").arg(esc(tr("Contents")));
        // A table per line, so that no line is split across two pages (keepTogether).
        html += table(QStringLiteral("width=\"100%\" cellspacing=\"0\" cellpadding=\"2\""))
            + QStringLiteral("<tr><td width=\"92%\"><b>%1</b></td><td width=\"8%\" align=\"right\">%2</td>"
                             "</tr></table>")
                  .arg(esc(tr("Summary")), number(0));
        for (int i = 0; i < items.size(); ++i) {
            const Dialogue &d = items.at(i).dialogue;
            html += table(QStringLiteral("width=\"100%\" cellspacing=\"0\" cellpadding=\"2\""))
                + QStringLiteral(
                    "<tr><td width=\"17%\" style=\"color:#555555\">%1</td><td width=\"75%\">%2</td>"
                    "<td width=\"8%\" align=\"right\">%3</td></tr></table>")
                      .arg(d.startDate.toString(Qt::ISODate), esc(d.title), number(i + 1));
        }

        // Summary.
        html += QStringLiteral("<h1 style=\"page-break-before:always\">%1</h1>").arg(esc(tr("Summary")));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        const QList<QPair<QString, qint64>> keyFigures
            = { { tr("Dialogues"), m_figures.dialogues }, { tr("Speeches"), m_figures.speeches },
                  { tr("Speakers"), m_figures.speakers }, { tr("Organisations"), m_figures.organizations } };
        for (const auto &[label, value] : keyFigures)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                        .arg(esc(label), locale.toString(value));
        html += QStringLiteral("</table>");

        // Dialogues over time: per month within one year, else per year.
        ReportChart::Columns columns;
        QString overTime;
        if (m_figures.years.size() <= 1) {
            const QString year = m_figures.years.isEmpty() ? QString() : m_figures.years.first().value;
            overTime = year.isEmpty() ? tr("Dialogues per month") : tr("Dialogues per month, %1").arg(year);
            for (int month = 1; month <= 12; ++month) {
                const QString key = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
                qint64 count = 0;
                for (const StatisticsBucket &b : m_figures.months) {
                    if (b.value == key)
                        count = b.dialogues;
                }
                columns.labels.append(QString::number(month));
                columns.values.append(count);
            }
        } else {
            overTime = tr("Dialogues per year");
            for (const StatisticsBucket &b : m_figures.years) {
                columns.labels.append(b.value);
                columns.values.append(b.dialogues);
            }
        }
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(overTime), chart.columnsMarker(columns));

        // Ranked bars: label, bar, number.
        auto bars = [&](const QString &heading, const QList<QPair<QString, qint64>> &rows,
                        const QString &note = {}) {
            if (rows.isEmpty())
                return;
            qint64 largest = 1;
            for (const auto &row : rows)
                largest = std::max(largest, row.second);
            html += QStringLiteral("<h3>%1</h3>").arg(esc(heading));
            if (!note.isEmpty())
                html += QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(esc(note));
            // A table per bar, so that a bar and its note stay on one page (keepTogether).
            for (const auto &[label, value] : rows)
                html += table(QStringLiteral("width=\"100%\" cellspacing=\"0\" cellpadding=\"1\""))
                    + QStringLiteral("<tr><td width=\"40%\">%1</td><td width=\"52%\">%2</td>"
                                     "<td width=\"8%\" align=\"right\">%3</td></tr></table>")
                          .arg(label, chart.barMarker(double(value) / largest), locale.toString(value));
        };
        QList<QPair<QString, qint64>> rows;
        for (const StatisticsBucket &b : m_figures.formats)
            rows.append({ esc(b.value.isEmpty() ? tr("Not given") : Labels::format(b.value)), b.dialogues });
        bars(tr("Dialogues by format"), rows);
        rows.clear();
        for (const StatisticsBucket &b : m_figures.countries.mid(0, RankingLimit))
            rows.append({ esc(b.value.isEmpty() ? tr("Not given") : Labels::country(b.value)), b.dialogues });
        bars(tr("Dialogues by country"), rows);
        rows.clear();
        for (const PartnerStatistics &p : m_figures.partners.mid(0, RankingLimit)) {
            QStringList roles;
            for (auto it = p.roles.cbegin(); it != p.roles.cend(); ++it)
                roles.append(tr("%1 %2").arg(Labels::organizationRole(it.key())).arg(it.value()));
            if (p.spoke)
                roles.append(tr("spoke at %1").arg(p.spoke));
            rows.append({ esc(p.shortName.isEmpty() ? p.name : p.shortName)
                    + QStringLiteral("<br><span style=\"font-size:8pt; color:#555555\">%1</span>")
                          .arg(esc(roles.join(tr(", ")))),
                p.dialogues });
        }
        bars(tr("Partner organisations"), rows, tr("Dialogues each took part in, and in what role."));
        rows.clear();
        for (const SpeakerStatistics &s : m_figures.speakerRanking.mid(0, RankingLimit))
            rows.append({ esc(s.localName.isEmpty() || s.localName == s.name
                                  ? s.name
                                  : tr("%1 (%2)").arg(s.name, s.localName)),
                s.dialogues });
        bars(tr("Speakers"), rows, tr("Dialogues each spoke at."));
        if (frontOnly)
            return html + QStringLiteral("</body></html>");

        // The dialogues.
        for (int i = 0; i < items.size(); ++i) {
            const Item &item = items.at(i);
            const Dialogue &d = item.dialogue;
            const bool pageBreak = i == 0 || breaks.contains(i);
            html += QStringLiteral("<h2%1>%2</h2>")
                        .arg(pageBreak ? QStringLiteral(" style=\"page-break-before:always\"") : QString(),
                            esc(d.title));
            QString when = locale.toString(d.startDate, dateFormat);
            if (d.endDate.isValid() && d.endDate != d.startDate)
                when = tr("%1 – %2").arg(when, locale.toString(d.endDate, dateFormat));
            QStringList place;
            for (const QString &part : { d.venue, d.city, Labels::country(d.country) }) {
                if (!part.isEmpty())
                    place.append(part);
            }
            QStringList facts = { tr("<b>Date:</b> %1").arg(esc(when)) };
            if (!place.isEmpty())
                facts.append(tr("<b>Place:</b> %1").arg(esc(place.join(tr(", ")))));
            if (!d.format.isEmpty())
                facts.append(tr("<b>Format:</b> %1").arg(esc(Labels::format(d.format))));
            if (d.status != QLatin1String("held"))
                facts.append(tr("<b>Status:</b> %1").arg(esc(Labels::status(d.status))));
            html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
            if (!d.series.isEmpty() || !d.kind.isEmpty()) {
                QStringList what;
                if (!d.kind.isEmpty())
                    what.append(esc(d.kind));
                if (!d.series.isEmpty())
                    what.append(tr("<b>Series:</b> %1").arg(esc(d.series)));
                html += QStringLiteral("<p>%1</p>").arg(what.join(QStringLiteral(" &nbsp;·&nbsp; ")));
            }
            if (!item.roles.isEmpty()) {
                QStringList lines;
                for (const auto &[role, names] : item.roles)
                    lines.append(QStringLiteral("<b>%1:</b> %2").arg(esc(role), esc(names.join(tr("; ")))));
                html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
            }
            if (!item.speakers.isEmpty()) {
                html += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>")
                            .arg(esc(tr("Speakers")));
                html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
                for (const Item::Speaker &s : item.speakers)
                    html += QStringLiteral("<tr><td width=\"34%\">%1</td><td>%2</td><td width=\"18%\" "
                                           "style=\"color:#555555\">%3</td></tr>")
                                .arg(esc(s.name), esc(s.capacity), esc(s.role));
                html += QStringLiteral("</table>");
            }
            if (!d.topics.isEmpty()) {
                QStringList topics;
                for (const Topic &t : d.topics)
                    topics.append(esc(t.title));
                html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Topics:")), topics.join(tr("; ")));
            }
            if (!d.outcome.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Outcome:")), esc(d.outcome));
            html += QStringLiteral("<hr>");
        }
        html += QStringLiteral("</body></html>");
        return html;
    };

    // The front matter (cover, contents, summary) is laid out alone first, to find which of
    // its lines and bars start a new page so that none is split across two: moving one down
    // makes the layout redo all that follows, which is cheap for a few pages and was most of
    // the time for the whole booklet. The booklet is then laid out up to three times: once
    // to measure each dialogue and decide which start a new page (so none is split that fits
    // on one), once to find the page each starts on, and once with those numbers in the
    // contents (whose lines do not move when numbers change: the column has a fixed width).
    // The last is the one painted.
    int pass = 0;
    auto build = [&](const QPagedPaintDevice &device, QString *why) -> std::unique_ptr<QTextDocument> {
        QList<int> pages;
        QSet<int> breaks;
        QSet<int> tableBreaks;
        auto layOut = [&](bool frontOnly = false) -> std::unique_ptr<QTextDocument> {
            auto *chart = new ReportChart; // the document's, once attached
            auto document
                = PressReleaseDocument::document(compose(*chart, pages, breaks, tableBreaks, frontOnly),
                    &device, [chart](QTextDocument &d) { chart->attach(&d); });
            document->pageCount(); // lays it all out
            if (!report(int(items.size()) + 1 + pass++)) {
                *why = *error;
                return nullptr;
            }
            return document;
        };
        // The first block of each dialogue (its heading) and of the summary.
        auto headings = [](const QTextDocument &document) {
            QList<QTextBlock> found;
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                const int level = block.blockFormat().headingLevel();
                if (level == 2 || (level == 1 && block.text() == tr("Summary")))
                    found.append(block);
            }
            return found;
        };
        auto readPages = [&](const QTextDocument &document) {
            QList<int> read;
            for (const QTextBlock &block : headings(document))
                read.append(PressReleaseDocument::pageOf(document, block) + 1);
            return read;
        };

        std::unique_ptr<QTextDocument> document = layOut(true);
        if (!document)
            return nullptr;
        {
            // The tables of one row in order, as compose() counts them; those PressReleaseDocument
            // moved to a new page (keepTogether) start one in the booklet.
            int index = 0;
            for (QTextFrame *frame : document->rootFrame()->childFrames()) {
                auto *table = qobject_cast<QTextTable *>(frame);
                if (!table || table->rows() != 1)
                    continue;
                if (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    tableBreaks.insert(index);
                ++index;
            }
        }
        document = layOut();
        if (!document)
            return nullptr;
        {
            const QList<QTextBlock> blocks = headings(*document);
            const qreal pageHeight = document->pageSize().height();
            const qreal end = document->documentLayout()->documentSize().height();
            QList<qreal> tops;
            for (const QTextBlock &block : blocks)
                tops.append(document->documentLayout()->blockBoundingRect(block).top());
            // Index 0 is the summary; dialogues follow.
            qreal position = tops.value(1);
            for (int i = 1; i < tops.size(); ++i) {
                const qreal height = (i + 1 < tops.size() ? tops.at(i + 1) : end) - tops.at(i);
                const qreal pageTop = std::floor(position / pageHeight + 1e-6) * pageHeight;
                if (i > 1 && position - pageTop > 1 && position + height > pageTop + pageHeight
                    && height <= pageHeight) {
                    breaks.insert(i - 1);
                    position = pageTop + pageHeight;
                }
                position += height;
            }
        }
        document = layOut();
        if (!document)
            return nullptr;
        pages = readPages(*document);
        for (int attempt = 0; attempt < 2; ++attempt) {
            document = layOut();
            if (!document)
                return nullptr;
            const QList<int> check = readPages(*document);
            if (check == pages)
                break;
            pages = check;
        }
        m_pages = std::max(1, document->pageCount());
        m_contents.clear();
        m_contents.append({ tr("Summary"), pages.value(0), 0 });
        for (int i = 0; i < items.size(); ++i)
            m_contents.append({ items.at(i).dialogue.title, pages.value(i + 1), items.at(i).dialogue.id });
        return document;
    };

    PressReleaseDocument::PageSetup setup;
    setup.pageSize = PressReleaseExporter::defaultPageSize();
    setup.header = title;
    setup.footer = scope;
    setup.title = title;
    setup.author = QStringLiteral("Roundtable");
    setup.subject = scope;
    setup.bareFirstPage = true;
    if (!PressReleaseDocument::pdf(build, setup, pdf, error))
        return false;
    return report(total);
}

} // namespace rt
