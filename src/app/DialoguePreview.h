#pragma once

#include <QDialog>

namespace rt {
class Archive;
}

namespace rt::app {

// Shows one dialogue's record, read-only, as a page of text: what a search hit opens until
// the dialogue form of the main window takes its place.
class DialoguePreview : public QDialog
{
    Q_OBJECT

public:
    DialoguePreview(Archive &archive, qint64 dialogueId, QWidget *parent = nullptr);

    // The page shown, for tests.
    QString html() const { return m_html; }

    static QString toHtml(Archive &archive, qint64 dialogueId);

private:
    QString m_html;
};

} // namespace rt::app
