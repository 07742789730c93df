#include "app/lists/PreviewPane.h"

#include "core/records/RecordDetails.h"

#include <QDesktopServices>

namespace rt::app {

PreviewPane::PreviewPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    setOpenLinks(false);
    setReadOnly(true);
    setMinimumWidth(220);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Preview"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        RecordCard::Kind kind;
        qint64 id = 0;
        if (RecordCard::parse(url, &kind, &id))
            emit recordRequested(kind, id);
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    render();
}

void PreviewPane::setDatabase(Database *database)
{
    m_database = database;
    m_id = 0;
    render();
}

void PreviewPane::showRecord(RecordCard::Kind kind, qint64 id)
{
    if (kind == m_kind && id == m_id && !m_pending)
        return;
    m_kind = kind;
    m_id = id;
    render();
}

void PreviewPane::reload()
{
    render();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (m_pending)
        render();
}

void PreviewPane::render()
{
    if (!isVisible() && m_id != 0) {
        m_pending = true; // read when shown
        return;
    }
    m_pending = false;
    if (!m_database) {
        setHtml(RecordCard::empty(tr("No archive is open.")));
        return;
    }
    if (m_id == 0) {
        setHtml(RecordCard::empty(tr("Select a row to see it here.")));
        return;
    }
    RecordDetails details(*m_database);
    QString html;
    switch (m_kind) {
    case RecordCard::Kind::Dialogue:
        if (const auto d = details.dialogue(m_id))
            html = RecordCard::dialogue(*d);
        break;
    case RecordCard::Kind::Person:
        if (const auto p = details.person(m_id))
            html = RecordCard::person(*p);
        break;
    case RecordCard::Kind::Organization:
        if (const auto o = details.organization(m_id))
            html = RecordCard::organization(*o);
        break;
    case RecordCard::Kind::Contact:
        if (const auto c = details.contact(m_id))
            html = RecordCard::contact(*c);
        break;
    case RecordCard::Kind::PressRelease:
        if (const auto r = details.pressRelease(m_id))
            html = RecordCard::pressRelease(*r);
        break;
    }
    setHtml(html.isEmpty() ? RecordCard::empty(tr("This record is no longer in the archive.")) : html);
}

} // namespace rt::app
