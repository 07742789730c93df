#pragma once

#include "core/records/FieldTranslations.h"

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QTabBar;
class QWidget;

namespace rt::app {

// The text fields of an editor that have a value per language (DESIGN.md, "Languages"),
// shown one language at a time: a switch above the form (English | 中文 | ไทย …) chooses
// it, each field then shows its text in that language with the English text as a hint and
// a mark while it still lacks the language, and a line counts what lacks it ("3 fields
// lack Chinese"). The editor keeps its record and its one undo history: it shows a record
// field by field with show() and reads the form back with read(), both in the chosen
// language; switching language only shows the record again, it is no edit.
class TranslatedFields : public QObject
{
    Q_OBJECT

public:
    explicit TranslatedFields(QWidget *parent);

    // The switch and the count, for the editor window to place above its form.
    QWidget *bar() const { return m_bar; }
    QTabBar *tabBar() const { return m_tabs; }
    // The language shown, as a tag of Language::all().
    QString language() const;
    void setLanguage(const QString &tag);
    // The language whose missing translations are counted: the one shown, or Chinese while
    // English is shown.
    QString countedLanguage() const;
    static QString languageName(const QString &tag);

    // A line edit, plain-text edit or editable combo box that holds the field `name` (as
    // named in roundtable/1: "title", "summary").
    void add(QWidget *field, const QString &name);
    // Shows the field's text in the chosen language; the English text is its hint.
    void show(QWidget *field, const QString &english, const FieldTranslations &translations);
    // The field's text, into `english` or into `translations`, as the chosen language says.
    void read(const QWidget *field, QString &english, FieldTranslations &translations) const;

    // How many of `names` have English text but none in `language`.
    static int missing(const QString &language, const QList<std::pair<QString, QString>> &englishAndName,
        const FieldTranslations &translations);
    // Shows the count of fields that lack countedLanguage().
    void setMissingCount(int count);
    int missingCount() const { return m_missing; }
    // Whether the field is marked as lacking the language shown.
    static bool isMarkedMissing(const QWidget *field);

signals:
    void languageChanged();

private:
    static QString text(const QWidget *field);
    static void setText(QWidget *field, const QString &text);
    static void setHint(QWidget *field, const QString &hint);

    QWidget *m_bar;
    QTabBar *m_tabs;
    QLabel *m_missingLabel;
    QHash<const QWidget *, QString> m_names;
    QHash<const QWidget *, QString> m_placeholders; // each field's own hint, shown in English
    int m_missing = 0;
};

} // namespace rt::app
