#include "DialoguePreview.h"

#include "Archive.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt::app {

DialoguePreview::DialoguePreview(Archive &archive, qint64 dialogueId, QWidget *parent)
    : QDialog(parent)
    , m_html(toHtml(archive, dialogueId))
{
    setObjectName(QStringLiteral("dialoguePreview"));
    setWindowTitle(tr("Dialogue"));
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("dialogueTextBrowser"));
    browser->setHtml(m_html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString DialoguePreview::toHtml(Archive &archive, qint64 dialogueId)
{
    const std::optional<Dialogue> d = archive.dialogue(dialogueId);
    if (!d)
        return tr("<p>This dialogue is no longer in the archive.</p>");
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(d->title));
    QStringList facts;
    facts << QLocale().toString(d->startDate, QLocale::LongFormat);
    if (!d->city.isEmpty())
        facts << esc(d->city);
    if (!d->series.isEmpty())
        facts << esc(d->series);
    if (!d->kind.isEmpty())
        facts << esc(d->kind);
    html += QStringLiteral("<p><i>%1</i></p>").arg(facts.join(QStringLiteral(" · ")));
    if (!d->organizations.isEmpty()) {
        html += QStringLiteral("<p>");
        for (const DialogueOrganization &link : d->organizations) {
            if (const auto o = archive.organization(link.organizationId))
                html += QStringLiteral("%1: %2<br>").arg(esc(link.role), esc(o->name));
        }
        html += QStringLiteral("</p>");
    }
    if (!d->occasion.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(d->occasion));
    if (!d->participants.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(d->participants));
    for (const Speech &s : d->speeches) {
        const auto person = archive.person(s.personId);
        QString who = person ? esc(person->fullName()) : QString();
        if (person && !person->localName.isEmpty())
            who += QStringLiteral(" (%1)").arg(esc(person->localName));
        if (!s.title.isEmpty())
            who += QStringLiteral(", ") + esc(s.title);
        if (const auto o = archive.organization(s.organizationId))
            who += QStringLiteral(", ") + esc(o->displayName());
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>").arg(who, esc(s.verb), esc(s.summary));
    }
    if (!d->topics.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const Topic &t : d->topics)
            html += QStringLiteral("<li><b>%1</b> %2</li>").arg(esc(t.title), esc(t.description));
        html += QStringLiteral("</ul>");
    }
    if (!d->outcome.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(d->outcome));
    return html;
}

} // namespace rt::app
