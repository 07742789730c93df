#pragma once

#include "app/editors/EditorDialog.h"
#include "core/records/Records.h"

#include <QList>

#include <memory>

class QListWidget;
class QStandardItemModel;
class QCompleter;

namespace Ui {
class DialogueEditor;
}

namespace rt {
class ListQueries;
}

namespace rt::app {

// Edits one dialogue: every field, its organisations with their roles, its topics and its
// speeches, each list in order (buttons or drag to reorder). A speaker is picked by typing
// part of a name (a completer over every person; "New Person…" creates one from the typed
// name), and a new speaker's title and organisation are filled in from their latest speech.
class DialogueEditor : public EditorDialog
{
    Q_OBJECT

public:
    DialogueEditor(
        Archive &archive, ListQueries &queries, const Dialogue &dialogue, QWidget *parent = nullptr);
    ~DialogueEditor() override;

    const Dialogue &record() const { return m_record; }
    QString recordKey() const override;
    int currentSpeech() const { return m_currentSpeech; }

public slots:
    // Reads people, organisations and contacts again (another editor saved one).
    void refreshLookups();
    void addSpeech();
    void removeSpeech();
    void moveSpeech(int delta);
    void selectSpeech(int index);

signals:
    // The user asked for a person editor for a speaker ("New Person…").
    void personEditorOpened(QWidget *editor);

protected:
    QString validate() const override;
    bool commit(QString *error) override;
    QString recordKind() const override;
    QString recordName() const override;

private:
    enum Field {
        TitleField,
        ShortTitleField,
        SeriesField,
        KindField,
        StartDateField,
        EndDateField,
        CityField,
        CountryField,
        VenueField,
        FormatField,
        StatusField,
        OccasionField,
        ParticipantsField,
        OutcomeField,
        ContactField,
        AboutField,
        NotesField,
        // Fields of one speech or topic: the index is added so typing in two speeches stays two edits.
        SpeakerField = 100,
        SpeechRoleField = 200,
        SpeechTitleField = 300,
        SpeechOrganizationField = 400,
        VerbField = 500,
        SummaryField = 600,
        TopicTitleField = 700,
        TopicDescriptionField = 800,
        Structure = -1
    };

    Dialogue readForm() const;
    void load(const Dialogue &dialogue);
    void loadSpeechDetail();
    void loadTopicDetail();
    void refreshListTexts();
    void edited(int field);
    void pushStructural(const Dialogue &after, const QString &text);
    void listReordered(QListWidget *list);
    qint64 personForText(const QString &text) const;
    QString speechText(int index) const;
    QString organizationText(const DialogueOrganization &entry) const;
    void createPerson();

    std::unique_ptr<Ui::DialogueEditor> m_ui;
    ListQueries &m_queries;
    Dialogue m_record;
    QList<Person> m_people;
    QList<Organization> m_organizations;
    QStandardItemModel *m_peopleModel;
    QCompleter *m_speakerCompleter;
    int m_currentSpeech = -1;
    int m_currentTopic = -1;
};

} // namespace rt::app
