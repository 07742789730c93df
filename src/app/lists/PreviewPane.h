#pragma once

#include "app/lists/RecordCard.h"

#include <QTextBrowser>

namespace rt {
class Database;
}

namespace rt::app {

// The read-only card beside a list: the selected record, read by id (one record, never the
// list) and shown as RecordCard makes it. Its links ask for the records they name
// (recordRequested); web and mail links go to the desktop. A hidden pane reads nothing
// until it is shown.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    // The archive to read; nullptr (no archive) empties the card.
    void setDatabase(Database *database);
    // Shows the record `id` of `kind`; 0 shows that nothing is selected.
    void showRecord(RecordCard::Kind kind, qint64 id);
    // Reads the record shown again (after a change).
    void reload();

    RecordCard::Kind kind() const { return m_kind; }
    qint64 recordId() const { return m_id; }

signals:
    void recordRequested(rt::app::RecordCard::Kind kind, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();

    Database *m_database = nullptr;
    RecordCard::Kind m_kind = RecordCard::Kind::Dialogue;
    qint64 m_id = 0;
    bool m_pending = false;
};

} // namespace rt::app
