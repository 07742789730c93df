#pragma once

#include "core/records/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace rt {

// What makes a record valid: the one home of every rule, asked alike by import (which
// turns a field into a JSON path such as `dialogues[3].end_date`), by the Archive's saves
// (which refuse an invalid record) and by the editors (which show the reason beside Save).
// Relations that need the archive (a parent that is one's own descendant, a key that names
// nothing) are checked where the archive is: in Archive and in the import's key resolver.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(rt::RecordRules)

public:
    struct Problem
    {
        QString field; // as named in the interchange format: "end_date", "emails[1]", "speeches[0].person"
        QString message;
        bool operator==(const Problem &) const = default;
    };

    // Every problem of the record, in the order of its fields; empty when it may be saved.
    static QList<Problem> organization(const Organization &organization);
    static QList<Problem> person(const Person &person);
    static QList<Problem> contact(const Contact &contact);
    static QList<Problem> dialogue(const Dialogue &dialogue);

    // The records whose text may be kept in several languages, and for each the fields that
    // may (named as in roundtable/1). People keep their `local_name` instead.
    enum class Translatable { Dialogue, Topic, Speech, Organization, Contact };
    static QStringList translatableFields(Translatable record);
    // The problems of a record's translations: an unknown language tag (Language::all()),
    // English (which lives in the plain fields), or a field that has no translation. Each
    // problem's field is "FIELD.LANGUAGE" after `prefix` ("topics[1].title.zh").
    static QList<Problem> translations(
        const FieldTranslations &translations, Translatable record, const QString &prefix = QString());

    // Single values. Each returns an empty string when the value is acceptable (an empty
    // value is, except where `required`), else the reason in words the user can act on.
    // Surrounding spaces are ignored.
    static QString email(const QString &text);
    static QString webAddress(const QString &text);
    static QString countryCode(const QString &text);
    static QString phone(const QString &text);
    // `text` as an ISO date (YYYY-MM-DD); `date` gets the value, or an invalid date.
    static QString date(const QString &text, bool required, QDate *date = nullptr);
};

} // namespace rt
