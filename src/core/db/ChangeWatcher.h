#pragma once

#include <QObject>
#include <QTimer>

namespace rt {

class Database;

// Notices when another connection (another window, a `roundtable import` in a terminal)
// has committed changes to the archive this Database has open, so a window can refresh.
// It polls SQLite's PRAGMA data_version, which moves only for other connections' commits,
// never for this connection's own: cheap enough to ask a few times a second.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);

    void start(int intervalMs = 1000);
    void stop();
    // Polls once now; true (and changedElsewhere() emitted) when another connection committed.
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace rt
