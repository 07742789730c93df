#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Records in several languages (DESIGN.md, "Languages"). A record's plain fields hold its
// English text, as they always have; the text in every other language lives beside them in
// the record's FieldTranslations, so a language added later needs no new column.
namespace rt {

// The languages a record may carry text in, as BCP 47 tags.
namespace Language {
inline constexpr const char *English = "en";
inline constexpr const char *Chinese = "zh";
// English, Chinese, then the region's: Thai, Lao, Khmer, Burmese, Vietnamese.
QStringList all();
bool isKnown(const QString &tag);
} // namespace Language

// A record's text in languages other than English: language tag -> field -> value, each
// field named as in the roundtable/1 interchange format ("title", "short_title", "summary").
// An empty value is no value: it is never kept.
class FieldTranslations
{
public:
    QString value(const QString &language, const QString &field) const;
    // The text in `language`: `english` (the plain field's value) for English, else the
    // translation, empty when there is none.
    QString text(const QString &language, const QString &field, const QString &english) const;
    // Sets, or with an empty value removes, one field's text in one language.
    void set(const QString &language, const QString &field, const QString &value);
    // The languages with at least one value, in the order of Language::all(), unknown ones last.
    QStringList languages() const;
    // One language's fields and values.
    QMap<QString, QString> fields(const QString &language) const { return m_values.value(language); }
    bool isEmpty() const { return m_values.isEmpty(); }

    bool operator==(const FieldTranslations &) const = default;

private:
    QMap<QString, QMap<QString, QString>> m_values;
};

} // namespace rt
