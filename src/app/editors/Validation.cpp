#include "app/editors/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace rt::app {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}
} // namespace

QString Validation::date(const QString &label, const QString &text, bool required, QDate *date)
{
    const QString t = text.trimmed();
    *date = QDate();
    if (t.isEmpty())
        return required ? tr("%1 is required").arg(label) : QString();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = QDate::fromString(t, Qt::ISODate);
    if (!shape.match(t).hasMatch() || !parsed.isValid())
        return tr("%1 “%2” is not a date: write it as YYYY-MM-DD").arg(label, t);
    *date = parsed;
    return {};
}

QString Validation::email(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    if (!shape.match(text.trimmed()).hasMatch())
        return tr("“%1” is not an e-mail address").arg(text.trimmed());
    return {};
}

QString Validation::webAddress(const QString &label, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
        return tr("%1 “%2” is not a web address: it should start with http:// or https://").arg(label, t);
    return {};
}

QString Validation::countryCode(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    const QString t = text.trimmed();
    if (!t.isEmpty() && !shape.match(t).hasMatch())
        return tr("Country “%1” should be a two-letter ISO code such as CN, TH or VN").arg(t);
    return {};
}

} // namespace rt::app
