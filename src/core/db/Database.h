#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <memory>

struct sqlite3;

namespace rt {

class IntegrityCheck;

// One open Roundtable archive, reached through Qt Sql: an SQLite file (the default) or a
// database on a PostgreSQL server (an address postgresql://…, see ServerAddress and DESIGN.md,
// "Team archive on PostgreSQL"). Everything that only SQLite has (the FTS5 tokenizer, PRAGMAs,
// the quick_check, data_version) stays behind backend() == Backend::SQLite; the SQL the records
// code runs is the same on both, with the few differences asked of this class (nocase(),
// beginSnapshot()).
// Opening refuses anything that is not a Roundtable archive (or is newer than this build
// understands) before a single byte of it is written, then brings older archives up to the
// current schema. Errors are returned as values; nothing here talks to the user.
class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };

    enum class Mode {
        ReadWrite, // create if missing, migrate if older; read-only (with readOnlyNotice()) when
                   // the file or its folder cannot be written
        ReadOnly // never writes, never migrates: for `check` and inspection
    };

    // 'RTBL' in the SQLite header's application_id field marks a file as ours.
    static constexpr int ApplicationId = 0x5254424C;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Check {
        Before, // SQLite's quick_check reads the whole file before open() returns
        InBackground, // an archive at the current version is opened at once and checked on a
                      // thread of its own; writes wait for the verdict (see writable())
        BeforeFirstWrite // an archive at the current version is opened at once and not read
                         // through: reads meet damage only on the pages they read, and SQLite
                         // reports it there. The first write checks first, unless the file is
                         // unchanged since the last sound verdict (see verifiedStamp)
    };

    // `path` is a file, or a server address (ServerAddress::isServerAddress), where `check`
    // does not apply: the server keeps its own files sound.
    bool open(const QString &path, Mode mode, QString *error, Check check = Check::Before);
    // Whether `path` may be opened in `mode` at all, read without opening it: only a regular
    // file, or (for ReadWrite) a path that does not exist yet, is ever an archive; a device,
    // pipe or folder is refused, and ReadOnly never takes a missing or empty file for one.
    static bool acceptablePath(const QString &path, Mode mode, QString *error);
    // Lets `flag` (may be null) stop the quick_check of the next open() early, which then
    // fails saying so: for a backup running behind a window that may close at any moment.
    void setInterrupt(const std::atomic<bool> *flag) { m_interrupt = flag; }
    // A further connection to an archive that another connection of this process is checking
    // in the background (`verdict`, from its sharedIntegrityCheck()): no check of its own, and
    // its writes wait for the same verdict. With a null `verdict`, like Check::Before.
    bool open(const QString &path, Mode mode, QString *error, std::shared_ptr<IntegrityCheck> verdict);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    Backend backend() const { return m_backend; }
    // Whether `path` names an archive on a server rather than a file.
    static bool isServerAddress(const QString &path);
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    // Set when ReadWrite was asked for but the archive could only be opened read-only:
    // one sentence for the user saying why and what still works. Empty otherwise.
    QString readOnlyNotice() const { return m_readOnlyNotice; }
    QString path() const { return m_path; } // the file, or the server address
    QSqlDatabase &db() { return m_db; }
    sqlite3 *handle() const;

    // The check open() started in the background; null when it ran before open() returned.
    IntegrityCheck *integrityCheck() const { return m_check.get(); }
    std::shared_ptr<IntegrityCheck> sharedIntegrityCheck() const { return m_check; }
    // Whether a write may go ahead: waits for a background check still running, and is false
    // (with the reason) when it found damage or was cancelled without a verdict (the archive
    // is being closed). Every Transaction asks before it begins.
    bool writable(QString *error);

    // SQLite's quick_check of the file at `path` through a read-only connection of its own:
    // empty when sound, else what is wrong. `cancel` (may be null) stops it early, and then
    // `cancelled` is set and the result is empty.
    static QString quickCheck(const QString &path, const std::atomic<bool> *cancel, bool *cancelled);

    int schemaVersion();
    static int latestSchemaVersion(Backend backend = Backend::SQLite);

    // The moment, in UTC, as the archive stores times: 2026-11-30T17:54:51Z.
    static QString utcNow();
    // `expression` in an ORDER BY that ignores the case of A to Z, as SQLite's NOCASE does,
    // with the same order on both backends (code point order otherwise).
    QString nocase(const QString &expression) const;
    // Where `needle` first occurs in `haystack` (1-based), 0 when it does not: SQLite's instr,
    // PostgreSQL's strpos (both SQL expressions).
    QString position(const QString &haystack, const QString &needle) const;
    // Starts a transaction that only reads and sees one moment of the archive throughout
    // (REPEATABLE READ on PostgreSQL); end it with exec("COMMIT").
    bool beginSnapshot(QString *error);
    // The schema version of the archive at `path`, read without writing; -1 when the file
    // is missing or cannot be read as an archive. Older than latestSchemaVersion(): opening
    // it for writing upgrades it.
    static int storedVersion(const QString &path);

    // A statement prepared once per connection and reused; callers bind and exec.
    QSqlQuery &prepared(const QString &sql);

    // Runs SQL without parameters; `error` gets the driver's message on failure.
    bool exec(const QString &sql, QString *error);
    // Runs a script of several statements (migrations, triggers): through sqlite3_exec, or
    // as one simple query on PostgreSQL.
    bool execScript(const QString &script, QString *error);

    // The channel of PostgreSQL's LISTEN/NOTIFY on which every committed change of a server
    // archive is announced (ChangeWatcher listens on it).
    static QString changeChannel();
    // Announces a change to the other connections, at the commit of the transaction it runs in
    // (NOTIFY; nothing on SQLite, whose other connections see PRAGMA data_version move). The
    // one place that says so: Transaction::commit calls it before COMMIT.
    bool announceChange(QString *error);

    // Transaction nesting, used by Transaction: the outermost level is BEGIN IMMEDIATE,
    // inner levels are savepoints.
    int transactionDepth() const { return m_transactionDepth; }

    // Total rows changed through this connection since it opened (sqlite3_total_changes; 0 on
    // PostgreSQL).
    qint64 totalChanges();

private:
    friend class Transaction;

    // open() for a server address.
    bool openServer(const QString &address, Mode mode, QString *error);
    bool migrateServer(QString *error);
    // open() but for the message when a deferred check would have found damage.
    bool openConnection(const QString &path, Mode mode, QString *error, Check check, bool *deferred);
    // `path` through SQLite's C API, read-only (immutable where it must be, see
    // needsImmutable), with the busy timeout; closed when the handle goes. `rc` is
    // sqlite3_open_v2's result; on failure the handle still carries the message.
    using RawHandle = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>;
    static RawHandle openRaw(const QString &path, int *rc);
    // `deferred` is set when the quick_check was left for the background (see Check).
    bool probe(const QString &path, bool mayDefer, bool *deferred, QString *error);
    static QString quickCheckOn(sqlite3 *raw, const std::atomic<bool> *cancel, bool *cancelled);
    // True when SQLite must be told the file cannot change (a WAL archive on read-only media
    // cannot otherwise be read: its shared-memory file cannot be created).
    static bool needsImmutable(const QString &path);
    bool migrate(QString *error);
    // Builds a new archive in a temporary file beside `path` and gives it that name only once
    // it is complete, so a full disk leaves nothing behind.
    static bool create(const QString &path, QString *error);
    // The file's identity and last change (device, inode, size, modification time): equal
    // to the one recorded after its last sound check means unchanged since. Empty when the
    // file cannot be read or a write-ahead log holds changes.
    static QString verifiedStamp(const QString &path);
    static bool stampMatches(const QString &path);
    static void recordStamp(const QString &path, bool sound);

    QSqlDatabase m_db;
    Backend m_backend = Backend::SQLite;
    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    QString m_readOnlyNotice;
    int m_transactionDepth = 0;
    QHash<QString, QSqlQuery> m_statements;
    const std::atomic<bool> *m_interrupt = nullptr;
    std::shared_ptr<IntegrityCheck> m_check;
    bool m_ownsCheck = false; // started here, so cancelled when this connection closes
    std::shared_ptr<IntegrityCheck> m_verdictToShare; // handed to open() by the overload
    bool m_checkBeforeWrite = false; // Check::BeforeFirstWrite, not yet done
    bool m_verified = false; // a check found the file sound in this session
    QString m_damage; // what the check before the first write found
    bool m_building = false; // the temporary file of create()
};

// While it lives, `cancel` (may be null) interrupts whatever runs on `db`: SQLite asks it
// every few thousand steps, so a long check or copy stops within milliseconds.
class SqliteCancel
{
public:
    SqliteCancel(sqlite3 *db, const std::atomic<bool> *cancel);
    ~SqliteCancel();
    SqliteCancel(const SqliteCancel &) = delete;
    SqliteCancel &operator=(const SqliteCancel &) = delete;

private:
    sqlite3 *m_db;
};

// Describes a failed query in one line: what was attempted and what the driver said.
QString sqlError(const QSqlQuery &query);

// Binds `values` to the query's placeholders in order and runs it. A null QString binds
// as '' (the schema's "not given"), never as SQL NULL. On failure `error` gets the
// driver's message and the query is finished.
bool runQuery(QSqlQuery &query, const QVariantList &values, QString *error);

// Runs an INSERT that ends in "RETURNING id" (on both backends; never lastInsertId(), which
// QPSQL gets wrong when a trigger inserts elsewhere) and sets `id` to the new row's id.
bool runInsert(QSqlQuery &query, const QVariantList &values, qint64 *id, QString *error);

// An id for a nullable reference column: 0 ("none") binds as NULL.
QVariant idOrNull(qint64 id);

} // namespace rt
