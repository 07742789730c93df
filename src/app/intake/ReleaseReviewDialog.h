#pragma once

#include "core/intake/ProposedRelease.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPushButton;
class QTableWidgetItem;

namespace Ui {
class ReleaseReviewDialog;
}

namespace rt {
class Archive;
}

namespace rt::app {

// One press release under review: its text on the left, the record proposed from it on the
// right, each field, organisation, speech, topic and the contact a row that, selected, marks
// the text it was read from. Values are edited in place; people and organisations say which
// archive record they matched and how, or that they are new. A speech, the contact and About
// are edited in the panel below the list (speaker, role, that day's title and organisation,
// verb, summary; Add, Remove, Move Up and Down for speeches), where a person or organisation
// is picked from the release's, from the archive's, or typed to make a new one. Nothing is
// saved here: the
// buttons say what the user decided (Accept, Ctrl+Return; Skip; Stop, Escape — which asks
// first once something was edited) and ReleaseImportQueue acts on it.
class ReleaseReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Accept, Skip, Stop };

    explicit ReleaseReviewDialog(QWidget *parent = nullptr);
    ~ReleaseReviewDialog() override;

    // The archive whose people, organisations and contacts may be picked instead of what the
    // reader matched (read once, here).
    void setArchive(Archive *archive);

    // Shows `proposal`, the `position`th release (1-based) of `count`.
    void setProposal(const ProposedRelease &proposal, int position, int count);
    // The proposal with the user's edits.
    ProposedRelease proposal() const { return m_proposal; }
    bool isEdited() const { return m_edited; }
    // Shows why the last Accept failed; the release stays open for correction.
    void showError(const QString &message);

signals:
    void decided(rt::app::ReleaseReviewDialog::Decision decision);

public slots:
    void reject() override; // Escape, the window's close button: Stop, asking if edited

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum RowKind {
        FieldRow,
        EnglishRow,
        RoleRow,
        OrganizationNameRow,
        SpeechRow,
        TopicRow,
        ContactRow,
        AboutRow
    };
    void fill();
    void addRow(RowKind kind, int index, const QString &label, const QString &value, double confidence,
        const QString &match, TextSpan span, bool editable);
    void showSpan(int row);
    void itemEdited(QTableWidgetItem *item);

    // The panel below the list: the selected speech, contact or About.
    void setUpDetail();
    void showDetail(int row);
    int rowOf(RowKind kind, int index) const;
    void refreshRow(RowKind kind, int index);
    void rowTexts(RowKind kind, int index, QString *label, QString *value, QString *match) const;
    void detailEdited();
    QString personText(int person) const;
    QString personMatch(int person) const;
    QString organizationText(int organization) const;
    QString organizationMatch(int organization) const;
    void fillPeople(QComboBox *combo, int selected);
    void fillOrganizations(QComboBox *combo, int selected, const QString &noneText);
    // The person or organisation a picker now names, as an index into the proposal: one of its
    // own, one of the archive's (added to the proposal as matched) or a new one typed there.
    int pickedPerson(QComboBox *combo, int current);
    int pickedOrganization(QComboBox *combo, int current);
    void commitSpeaker();
    void commitOrganization(QComboBox *combo);
    void contactChosen();
    // Whatever is typed in a picker and not yet taken (Accept pressed while it has focus).
    void commitPending();
    void addSpeech();
    void removeSpeech();
    void moveSpeech(int by);

    std::unique_ptr<Ui::ReleaseReviewDialog> m_ui;
    ProposedRelease m_proposal;
    bool m_edited = false;
    bool m_filling = false;
    bool m_loadingDetail = false;
    int m_detailIndex = -1; // the speech shown in the panel
    Archive *m_archive = nullptr;
    QList<Person> m_archivePeople;
    QList<Organization> m_archiveOrganizations;
    QList<Contact> m_archiveContacts;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_stopButton = nullptr;
};

} // namespace rt::app
