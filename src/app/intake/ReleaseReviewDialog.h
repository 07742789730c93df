#pragma once

#include "core/intake/ProposedRelease.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTableWidgetItem;

namespace Ui {
class ReleaseReviewDialog;
}

namespace rt::app {

// One press release under review: its text on the left, the record proposed from it on the
// right, each field, organisation, speech, topic and the contact a row that, selected, marks
// the text it was read from. Values are edited in place; people and organisations say which
// archive record they matched and how, or that they are new. Nothing is saved here: the
// buttons say what the user decided (Accept, Ctrl+Return; Skip; Stop, Escape — which asks
// first once something was edited) and ReleaseImportQueue acts on it.
class ReleaseReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Accept, Skip, Stop };

    explicit ReleaseReviewDialog(QWidget *parent = nullptr);
    ~ReleaseReviewDialog() override;

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

    std::unique_ptr<Ui::ReleaseReviewDialog> m_ui;
    ProposedRelease m_proposal;
    bool m_edited = false;
    bool m_filling = false;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_stopButton = nullptr;
};

} // namespace rt::app
