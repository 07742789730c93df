#pragma once

#include "app/editors/ConflictDialog.h"
#include "core/records/FieldTranslations.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace rt::app {

// One field of a record as Compare shows it (EditorDialog, ConflictDialog): its label, its
// text, and how to take it from the stored record into mine. Each editor lists its record's
// fields once; the comparison and the taking are the same for every kind.
template <typename Record> struct ComparedField
{
    QString label;
    std::function<QString(const Record &)> text;
    std::function<void(Record &, const Record &)> take;
};

// A plain text member.
template <typename Record> ComparedField<Record> textField(const QString &label, QString Record::*member)
{
    return { label, [member](const Record &r) { return r.*member; },
        [member](Record &mine, const Record &theirs) { mine.*member = theirs.*member; } };
}

// Any member, shown by `show`.
template <typename Record, typename Value>
ComparedField<Record> shownField(
    const QString &label, Value Record::*member, std::function<QString(const Value &)> show)
{
    return { label, [member, show](const Record &r) { return show(r.*member); },
        [member](Record &mine, const Record &theirs) { mine.*member = theirs.*member; } };
}

// The text in other languages, one "language field: text" a line.
inline QString translationsText(const FieldTranslations &translations)
{
    QStringList lines;
    for (const QString &language : translations.languages()) {
        const QMap<QString, QString> fields = translations.fields(language);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            lines.append(QStringLiteral("%1 %2: %3").arg(language, it.key(), it.value()));
    }
    return lines.join(QLatin1Char('\n'));
}

template <typename Record>
QList<ConflictDialog::Field> compareFields(
    const QList<ComparedField<Record>> &fields, const Record &theirs, const Record &mine)
{
    QList<ConflictDialog::Field> result;
    for (const auto &field : fields)
        result.append({ field.label, field.text(theirs), field.text(mine) });
    return result;
}

// Mine, with the fields at `rows` taken from theirs.
template <typename Record>
Record takeFields(
    const QList<ComparedField<Record>> &fields, Record mine, const Record &theirs, const QList<int> &rows)
{
    for (int row : rows) {
        if (row >= 0 && row < fields.size())
            fields.at(row).take(mine, theirs);
    }
    return mine;
}

} // namespace rt::app
