#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <thread>

namespace rt {

// SQLite's quick_check of one archive, run on a thread of its own with its own read-only
// connection, so that a window can show a large archive at once instead of waiting for a
// read of the whole file. The Database that started it lets no write through until the
// verdict is in (see Database::writable), so nothing is ever written to a damaged file.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Running,
        Sound,
        Damaged, // problem() says what SQLite found
        Cancelled // stopped by cancel() or the destructor: no verdict
    };

    // Starts checking `path` at once.
    explicit IntegrityCheck(const QString &path, QObject *parent = nullptr);
    // Cancels a check still running and waits for its thread.
    ~IntegrityCheck() override;

    State state() const;
    QString problem() const;
    // Blocks until the check has finished, and returns its state.
    State wait();
    void cancel();

signals:
    // Emitted once, from the checking thread, when the state is no longer Running.
    void finished();

private:
    void run(const QString &path);

    mutable QMutex m_mutex;
    QWaitCondition m_done;
    State m_state = State::Running;
    QString m_problem;
    std::atomic<bool> m_cancel { false };
    std::thread m_thread;
};

} // namespace rt
