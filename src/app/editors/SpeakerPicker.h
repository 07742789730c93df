#pragma once

#include "core/records/Records.h"

#include <QList>
#include <QObject>

#include <functional>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QWidget;

namespace rt {
class Archive;
class ListQueries;
} // namespace rt

namespace rt::app {

// Picks a speech's speaker in the dialogue editor: typing part of a name offers every person
// whose name or name in their own script contains it, a hint says in what capacity the
// speaker last spoke, and New Person… opens a person editor on the typed name for someone
// not yet in the archive. Works on the form's own line edit, hint label and button.
class SpeakerPicker : public QObject
{
    Q_OBJECT

public:
    SpeakerPicker(Archive &archive, ListQueries &queries, QLineEdit *edit, QLabel *hint,
        QPushButton *newPerson, QWidget *parent);

    // The people to offer (read again when another editor saved one).
    void setPeople(const QList<Person> &people);
    // The person the text names (full name in any case, or the name in their own script); 0
    // when it names no one, e.g. a name still being typed.
    qint64 personForText(const QString &text) const;
    qint64 typedPerson() const;
    QString typedText() const;
    // The person's full name, empty if they are not among the people.
    QString nameOf(qint64 personId) const;

    // Shows `personId` as the speaker. A text that names no one is left alone unless
    // `replaceTyped` (the user may be typing a name, and must not lose it).
    void showPerson(qint64 personId, bool replaceTyped = false);
    // Says where `personId` last spoke, other than in `dialogueId`; 0 clears the hint.
    void showHint(qint64 personId, qint64 dialogueId);
    // Opens a person editor on the typed name, split as PersonNames::parse reads it ("Li
    // Ming": family name Li, written first); the editor shows how it reads and Swap corrects
    // it. `saved` gets the new person's id once it is in the archive (or the id of the person
    // already there the user chose instead); the person editor then closes.
    void createPerson(const std::function<void(qint64 id)> &saved);

signals:
    // New Person… was clicked: the editor makes sure there is a speech to give a speaker.
    void newPersonRequested();
    void personEditorOpened(QWidget *editor);

private:
    Archive &m_archive;
    ListQueries &m_queries;
    QLineEdit *m_edit;
    QLabel *m_hint;
    QWidget *m_parent;
    QList<Person> m_people;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace rt::app
