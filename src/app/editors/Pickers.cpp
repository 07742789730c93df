#include "app/editors/Pickers.h"

#include "core/records/Countries.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalBlocker>

namespace rt::app {

void Pickers::fillOrganizations(
    QComboBox *combo, const QList<Organization> &organizations, const QString &noneText, qint64 excludeId)
{
    const QSignalBlocker blocker(combo);
    const qint64 current = currentId(combo);
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, qint64(0));
    for (const Organization &o : organizations) {
        if (o.id == excludeId)
            continue;
        const QString text
            = o.shortName.isEmpty() ? o.name : QStringLiteral("%1 — %2").arg(o.shortName, o.name);
        combo->addItem(text, o.id);
        combo->setItemData(combo->count() - 1, o.name, Qt::ToolTipRole);
    }
    setCurrentId(combo, current);
}

void Pickers::fillContacts(QComboBox *combo, const QList<Contact> &contacts, const QString &noneText)
{
    const QSignalBlocker blocker(combo);
    const qint64 current = currentId(combo);
    combo->clear();
    combo->addItem(noneText, qint64(0));
    for (const Contact &c : contacts) {
        QString text = c.label.isEmpty() ? c.key : c.label;
        if (!c.emails.isEmpty())
            text += QStringLiteral(" (%1)").arg(c.emails.first());
        combo->addItem(text, c.id);
    }
    setCurrentId(combo, current);
}

void Pickers::fillCodes(
    QComboBox *combo, const QStringList &codes, QString (*label)(const QString &), const QString &noneText)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
}

qint64 Pickers::currentId(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? 0 : combo->currentData().toLongLong();
}

void Pickers::setCurrentId(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(
        index >= 0 ? index : (combo->count() > 0 && combo->itemData(0).toLongLong() == 0 ? 0 : -1));
}

QString Pickers::currentCode(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

void Pickers::setCurrentCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void Pickers::makeCountryPicker(QComboBox *combo)
{
    const QSignalBlocker blocker(combo);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->clear();
    combo->addItem(QString(), QString());
    for (const Countries::Country &country : Countries::all())
        combo->addItem(country.name, country.code);
    // Any part of the name finds it ("Lao" finds "Laos", "Korea" both Koreas).
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->lineEdit()->setPlaceholderText(QCoreApplication::translate("rt::app::Pickers", "Country or code"));
    combo->setCurrentIndex(0);
}

QString Pickers::countryCode(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const QString code = Countries::codeFor(text);
    return code.isEmpty() ? text : code;
}

QString Pickers::notACountry(const QComboBox *combo)
{
    return QCoreApplication::translate("rt::app::Pickers",
        "“%1” is not a country: pick one from the list, or type its name or its code (such as CN)")
        .arg(combo->currentText().trimmed());
}

void Pickers::setCountryCode(QComboBox *combo, const QString &code)
{
    if (countryCode(combo) == code)
        return; // what the user typed already says it
    const int index = code.isEmpty() ? 0 : combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
    combo->setCurrentText(index >= 0 ? combo->itemText(index) : code);
}

} // namespace rt::app
