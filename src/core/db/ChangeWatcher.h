#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

namespace rt {

class Database;

// Notices when another connection (another window, a `roundtable import` in a terminal)
// has committed changes to the archive this Database has open, so a window can refresh.
// On SQLite it polls PRAGMA data_version, which moves only for other connections' commits,
// never for this connection's own: cheap enough to ask a few times a second. On PostgreSQL it
// listens (LISTEN/NOTIFY) on Database::changeChannel(), which every Transaction announces at its
// commit; its own connection's announcements are ignored, as SQLite's data_version ignores them.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    void start(int intervalMs = 1000);
    void stop();
    // Polls once now; true (and changedElsewhere() emitted) when another connection committed
    // (on PostgreSQL: when another connection's announcement has arrived since the last call).
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 dataVersion() const;
    void listen();
    void unlisten();

    QPointer<QSqlDriver> m_driver; // the driver listened on
    bool m_listening = false;
    bool m_heard = false; // an announcement of another connection, not yet passed on
    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace rt
