#pragma once

#include "app/editors/EditorDialog.h"
#include "app/editors/SnapshotCommand.h"
#include "core/records/Records.h"

#include <QList>

#include <array>
#include <functional>
#include <memory>

class QAbstractButton;
class QLabel;
class QPushButton;
class QAbstractItemView;

namespace Ui {
class DialogueEditor;
}

namespace rt {
class ListQueries;
}

namespace rt::app {

class OrderedListModel;
class SpeakerPicker;
class TranslatedFields;

// Edits one dialogue: every field, its organisations with their roles, its topics and its
// speeches, each list in order (buttons or drag to reorder, both through the list's
// OrderedListModel). A speaker is picked with a SpeakerPicker, and a new speaker's title and
// organisation are filled in from their latest speech.
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

    // Opens the dialogue's press release, or writes its first (the button below the tabs,
    // Ctrl+Shift+P); the window does the opening (pressReleaseRequested).
    void openPressRelease();
    // Shows again whether the dialogue has a release and its status.
    void updatePressRelease();

signals:
    // The editor opened another one: a person editor for a speaker ("New Person…"), an
    // organisation editor ("New Organisation…").
    void nestedEditorOpened(QWidget *editor);
    // The user asked for the dialogue's press release (it is saved).
    void pressReleaseRequested(qint64 dialogueId);

protected:
    QString validate() const override;
    bool commit(QString *error) override;
    QString recordKind() const override;
    QString recordName() const override;
    QString recordTable() const override;
    qint64 recordId() const override { return m_record.id; }
    qint64 recordVersion() const override { return m_record.version; }
    bool readStored(QList<ConflictDialog::Field> *fields) override;
    void takeStored(const QList<int> &rows) override;
    void setRecordVersion(qint64 version) override { m_record.version = version; }
    void forgetRecordId() override;
    void changeEvent(QEvent *event) override;

private:
    void setUpPressRelease();
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
        // Fields of one speech or topic, edited with the entry's position (EditField::item)
        // so typing in two speeches stays two edits.
        SpeakerField,
        SpeechRoleField,
        SpeechTitleField,
        SpeechOrganizationField,
        VerbField,
        SummaryField,
        TopicTitleField,
        TopicDescriptionField,
        Structure = -1
    };

    // One ordered list of the dialogue (organisations, topics, speeches): its model and view,
    // the entry selected, how to change the list in a record, and the names of the undo steps.
    struct OrderedPart
    {
        OrderedListModel *model = nullptr;
        QAbstractItemView *view = nullptr;
        int *current = nullptr;
        std::function<int(const Dialogue &)> size;
        std::function<void(Dialogue &, int)> removeAt;
        std::function<void(Dialogue &, int, int)> move;
        QString removeText;
        QString moveText;
    };
    enum PartId { OrganizationsPart, TopicsPart, SpeechesPart };
    template <class T>
    OrderedPart makePart(QList<T> Dialogue::*list, QAbstractItemView *view, int *current,
        std::function<QString(int)> text, const QString &removeText, const QString &moveText);
    void setUpPart(OrderedPart &part, QAbstractButton *remove, QAbstractButton *up, QAbstractButton *down);
    void removeEntry(OrderedPart &part);
    void moveEntry(OrderedPart &part, int from, int to);
    void showParts();

    Dialogue readForm() const;
    void load(const Dialogue &dialogue);
    void loadSpeechDetail();
    void loadTopicDetail();
    // The text fields in the language chosen (the dialogue's, the selected speech's and
    // topic's), the marks on those that lack it and the count over the whole record.
    void showTranslations();
    void refreshListTexts();
    void edited(EditField field);
    void pushStructural(const Dialogue &after, const QString &text);
    QString speechText(int index) const;
    QString topicText(int index) const;
    QString organizationText(const DialogueOrganization &entry) const;
    void createPerson();
    // Opens an organisation editor; once saved, the organisation is linked in the role chosen.
    void createOrganization();
    void changeOrganizationRole(int row, const QString &role);
    // Each organisation's row shows its role in a combo, changed in place.
    void showOrganizationRoles();

    std::unique_ptr<Ui::DialogueEditor> m_ui;
    ListQueries &m_queries;
    Dialogue m_record;
    Dialogue m_stored; // as someone else saved it, for Compare
    TranslatedFields *m_languages = nullptr;
    QList<Organization> m_organizations;
    SpeakerPicker *m_speakers;
    int m_currentSpeech = -1;
    int m_currentTopic = -1;
    int m_currentOrganization = -1;
    std::array<OrderedPart, 3> m_parts;
    QLabel *m_pressReleaseLabel = nullptr;
    QPushButton *m_pressReleaseButton = nullptr;
};

} // namespace rt::app
