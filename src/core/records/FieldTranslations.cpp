#include "core/records/FieldTranslations.h"

#include <algorithm>

namespace rt {

QStringList Language::all()
{
    return { QString::fromLatin1(English), QString::fromLatin1(Chinese), QStringLiteral("th"),
        QStringLiteral("lo"), QStringLiteral("km"), QStringLiteral("my"), QStringLiteral("vi") };
}

bool Language::isKnown(const QString &tag)
{
    return all().contains(tag);
}

QString FieldTranslations::value(const QString &language, const QString &field) const
{
    return m_values.value(language).value(field);
}

QString FieldTranslations::text(const QString &language, const QString &field, const QString &english) const
{
    return language == QLatin1String(Language::English) ? english : value(language, field);
}

void FieldTranslations::set(const QString &language, const QString &field, const QString &value)
{
    if (!value.isEmpty()) {
        m_values[language].insert(field, value);
        return;
    }
    auto it = m_values.find(language);
    if (it == m_values.end())
        return;
    it->remove(field);
    if (it->isEmpty())
        m_values.erase(it);
}

QStringList FieldTranslations::languages() const
{
    QStringList tags = m_values.keys();
    const QStringList order = Language::all();
    std::stable_sort(tags.begin(), tags.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &tag) {
            const qsizetype i = order.indexOf(tag);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    return tags;
}

} // namespace rt
