#include "core/db/Database.h"

#include "core/db/IntegrityCheck.h"
#include "core/db/ServerAddress.h"
#include "core/db/ServerRoles.h"
#include "core/db/StatementCount.h"
#include "core/db/Transaction.h"
#include "core/search/SearchDocument.h"
#include "core/search/SearchRank.h"
#include "core/search/SearchTokenizer.h"
#include "core/settings/SettingsFile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rt {

namespace {

QAtomicInt s_connectionCounter;

constexpr int BusyTimeoutMs = 10000;

struct Migration
{
    int version;
    QString resource;
};

// Each backend's migrations: SQLite's in resources/migrations, PostgreSQL's in its folder
// postgresql/. A version number means the same schema on both.
QList<Migration> migrations(Database::Backend backend = Database::Backend::SQLite)
{
    QList<Migration> result;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(backend == Database::Backend::PostgreSQL ? QStringLiteral(":/migrations/postgresql")
                                                            : QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.append({ match.captured(1).toInt(), dir.filePath(name) });
    }
    return result;
}

// SQLite's URI for reading a file that nothing can change (see Database::needsImmutable).
QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QLatin1String("?mode=ro&immutable=1");
}

QString readOnlyNoticeFor(const QString &path)
{
    return QCoreApplication::translate("Database",
        "%1 cannot be changed (no write permission, or a read-only disk); it is open "
        "read-only: you can read, search and export it, but not change it")
        .arg(QDir::toNativeSeparators(path));
}

// What the user reads when SQLite's check finds `problem` in the archive at `path`.
QString damagedMessage(const QString &path, const QString &problem)
{
    // SQLite's report may run over several lines; the user gets one.
    return QCoreApplication::translate("Database", "%1 is damaged: %2")
        .arg(QDir::toNativeSeparators(path), problem.simplified());
}

// The settings file where the last sound check of each archive is noted (see verifiedStamp).
std::unique_ptr<QSettings> verdictSettings()
{
    return openSettingsFile(QStringLiteral("verified"));
}

QString verdictKey(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QString::fromLatin1(
        QCryptographicHash::hash((canonical.isEmpty() ? path : canonical).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

// The archive's side files that SQLite may create beside it.
const char *const SideFiles[] = { "-wal", "-shm", "-journal" };

} // namespace

QString sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

bool runQuery(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
    StatementCount::add();
    if (!query.exec()) {
        if (error)
            *error = sqlError(query);
        query.finish();
        return false;
    }
    return true;
}

bool runInsert(QSqlQuery &query, const QVariantList &values, qint64 *id, QString *error)
{
    if (!runQuery(query, values, error))
        return false;
    const bool returned = query.next();
    *id = returned ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!returned || *id <= 0) {
        if (error)
            *error = QCoreApplication::translate("Database", "the archive gave no id for the new record");
        return false;
    }
    return true;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Database::Database()
    : m_connectionName(QStringLiteral("roundtable-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    // Sound when it was checked, and changed since only through this program: noted, so that
    // the next write need not read the whole file again.
    const bool noteSound = m_backend == Backend::SQLite && m_db.isValid() && m_db.isOpen()
        && m_mode == Mode::ReadWrite && m_verified && m_damage.isEmpty() && !m_building;
    const QString path = m_path;
    m_checkBeforeWrite = false;
    m_verified = false;
    m_damage.clear();
    if (m_check && m_ownsCheck)
        m_check->cancel(); // a check still running is of no use once closed
    m_check.reset();
    m_ownsCheck = false;
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_transactionDepth = 0;
    m_backend = Backend::SQLite;
    if (noteSound)
        recordStamp(path, true);
}

int Database::latestSchemaVersion(Backend backend)
{
    const QList<Migration> all = migrations(backend);
    return all.isEmpty() ? 0 : all.last().version;
}

bool Database::isServerAddress(const QString &path)
{
    return ServerAddress::isServerAddress(path);
}

QString Database::utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString Database::nocase(const QString &expression) const
{
    if (m_backend == Backend::SQLite)
        return expression + QLatin1String(" COLLATE NOCASE");
    // SQLite's NOCASE: A to Z folded, then the bytes of the UTF-8 text, which is what the
    // "C" collation compares.
    return QStringLiteral(
        "translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"")
        .arg(expression);
}

QString Database::position(const QString &haystack, const QString &needle) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(m_backend == Backend::SQLite ? QLatin1String("instr") : QLatin1String("strpos"), haystack,
            needle);
}

bool Database::beginSnapshot(QString *error)
{
    return exec(m_backend == Backend::PostgreSQL
            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            : QStringLiteral("BEGIN"),
        error);
}

sqlite3 *Database::handle() const
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

bool Database::needsImmutable(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (folder.isWritable())
        return false;
    const QFileInfo shm(path + QLatin1String("-shm"));
    return !shm.exists() || !shm.isWritable();
}

QString Database::quickCheckOn(sqlite3 *raw, const std::atomic<bool> *cancel, bool *cancelled)
{
    *cancelled = false;
    const SqliteCancel interruptible(raw, cancel);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, "PRAGMA quick_check(1)", -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(raw));
    QString problem;
    const int step = sqlite3_step(stmt);
    if (step == SQLITE_ROW) {
        const QString result
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (result != QLatin1String("ok"))
            problem = result.simplified(); // one line, whatever SQLite's layout
    } else if (step == SQLITE_INTERRUPT && cancel && cancel->load()) {
        *cancelled = true;
    } else {
        problem = QString::fromUtf8(sqlite3_errmsg(raw));
    }
    sqlite3_finalize(stmt);
    return problem;
}

SqliteCancel::SqliteCancel(sqlite3 *db, const std::atomic<bool> *cancel)
    : m_db(cancel ? db : nullptr)
{
    if (m_db) {
        sqlite3_progress_handler(
            m_db, 4096,
            [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool> *>(cancel));
    }
}

SqliteCancel::~SqliteCancel()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

Database::RawHandle Database::openRaw(const QString &path, int *rc)
{
    sqlite3 *raw = nullptr;
    const bool immutable = needsImmutable(path);
    const QByteArray nativePath = immutable ? immutableUri(path).toUtf8() : QFile::encodeName(path);
    *rc = sqlite3_open_v2(
        nativePath.constData(), &raw, SQLITE_OPEN_READONLY | (immutable ? SQLITE_OPEN_URI : 0), nullptr);
    RawHandle handle(raw, sqlite3_close_v2);
    if (*rc == SQLITE_OK)
        sqlite3_busy_timeout(raw, BusyTimeoutMs);
    return handle;
}

int Database::storedVersion(const QString &path)
{
    if (isServerAddress(path))
        return -1;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return -1;
    int rc = SQLITE_OK;
    const RawHandle raw = openRaw(path, &rc);
    sqlite3_stmt *stmt = nullptr;
    if (rc != SQLITE_OK
        || sqlite3_prepare_v2(raw.get(), "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const int version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return version;
}

bool Database::acceptablePath(const QString &path, Mode mode, QString *error)
{
    if (isServerAddress(path))
        return true; // the server says, when it is asked (open())
    const QString name = QDir::toNativeSeparators(path);
    struct stat info;
    const bool exists = ::stat(QFile::encodeName(path).constData(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) {
        *error = QCoreApplication::translate("Database", "%1 is a folder, not an archive").arg(name);
        return false;
    }
    // A disk, terminal or pipe is never taken for a new, empty archive: it would be overwritten.
    if (exists && !S_ISREG(info.st_mode)) {
        *error = QCoreApplication::translate(
            "Database", "%1 is a device or pipe, not a file; only a file can be an archive")
                     .arg(name);
        return false;
    }
    if (mode == Mode::ReadOnly && (!exists || info.st_size == 0)) {
        *error = QCoreApplication::translate("Database", "%1: no such archive").arg(name);
        return false;
    }
    return true;
}

bool Database::create(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    const QString temporary
        = info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.new")
                                          .arg(info.fileName())
                                          .arg(QCoreApplication::applicationPid())
                                          .arg(QUuid::createUuid().toString(QUuid::Id128)));
    auto removeTemporary = qScopeGuard([&] {
        QFile::remove(temporary);
        for (const char *side : SideFiles)
            QFile::remove(temporary + QLatin1String(side));
    });
    {
        Database builder;
        builder.m_building = true;
        bool deferred = false;
        QString failure;
        if (!builder.openConnection(temporary, Mode::ReadWrite, &failure, Check::Before, &deferred)) {
            *error = QCoreApplication::translate("Database", "%1: cannot create the archive: %2")
                         .arg(name,
                             failure.remove(QDir::toNativeSeparators(temporary) + QLatin1String(": "))
                                 .replace(temporary, path));
            return false;
        }
        builder.close(); // the last connection: its write-ahead log goes into the file
    }
    // Complete only when everything is in the file itself, at the current version.
    QFile file(temporary);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
    file.close();
    const QFileInfo wal(temporary + QLatin1String("-wal"));
    const int version = header.size() == 100 ? qFromBigEndian<qint32>(header.constData() + 60) : -1;
    if ((wal.exists() && wal.size() > 0) || version != latestSchemaVersion()) {
        *error = QCoreApplication::translate("Database",
            "%1: cannot create the archive: it could not be written completely (is the disk full?)")
                     .arg(name);
        return false;
    }
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(path);
    // link() never replaces an archive another process created meanwhile (that one is used);
    // an empty file standing in the archive's place is replaced.
    bool placed = !info.exists() && ::link(from.constData(), to.constData()) == 0;
    if (!placed && !info.exists() && errno == EEXIST)
        placed = true;
    if (!placed && ::rename(from.constData(), to.constData()) == 0)
        placed = true;
    if (!placed) {
        *error = QCoreApplication::translate("Database", "%1: cannot create the archive: %2")
                     .arg(name, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

QString Database::verifiedStamp(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    const QFileInfo wal(path + QLatin1String("-wal"));
    if (wal.exists() && wal.size() > 0)
        return {};
    return QStringLiteral("%1:%2:%3:%4.%5")
        .arg(qulonglong(info.st_dev))
        .arg(qulonglong(info.st_ino))
        .arg(qlonglong(info.st_size))
        .arg(qlonglong(info.st_mtim.tv_sec))
        .arg(qlonglong(info.st_mtim.tv_nsec));
}

bool Database::stampMatches(const QString &path)
{
    const QString stamp = verifiedStamp(path);
    return !stamp.isEmpty() && verdictSettings()->value(verdictKey(path)).toString() == stamp;
}

void Database::recordStamp(const QString &path, bool sound)
{
    const QString stamp = sound ? verifiedStamp(path) : QString();
    const auto settings = verdictSettings();
    if (stamp.isEmpty())
        settings->remove(verdictKey(path));
    else
        settings->setValue(verdictKey(path), stamp);
}

QString Database::quickCheck(const QString &path, const std::atomic<bool> *cancel, bool *cancelled)
{
    *cancelled = false;
    int rc = SQLITE_OK;
    const RawHandle raw = openRaw(path, &rc);
    if (rc != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(raw.get()));
    return quickCheckOn(raw.get(), cancel, cancelled);
}

// Decides whether an existing file may be opened, using only read access, so that a foreign
// or damaged file is never touched.
bool Database::probe(const QString &path, bool mayDefer, bool *deferred, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Database", "%1: cannot read the file: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = QCoreApplication::translate(
            "Database", "%1 is not a Roundtable archive (not an SQLite database)")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }

    // The header can lag behind a write-ahead log; ask SQLite itself, read-only.
    int rc = SQLITE_OK;
    const RawHandle handle = openRaw(path, &rc);
    sqlite3 *raw = handle.get();
    if (rc != SQLITE_OK) {
        *error = QCoreApplication::translate("Database", "%1: cannot open: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errmsg(raw)));
        return false;
    }
    auto pragmaInt = [&](const char *sql, qint64 *value) -> bool {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
        if (ok)
            *value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return ok;
    };
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    if (!pragmaInt("PRAGMA application_id", &applicationId)
        || !pragmaInt("PRAGMA user_version", &userVersion)) {
        // Only SQLite's own verdict makes a file "damaged": a full disk or an I/O error
        // (e.g. no room for the shared-memory file) is no reason to alarm the user.
        const int code = sqlite3_errcode(raw);
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            *error = QCoreApplication::translate("Database", "%1 is damaged and cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errmsg(raw)));
        else
            *error = QCoreApplication::translate(
                "Database", "%1 cannot be read: %2 (is the disk full or failing?)")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errmsg(raw)));
        return false;
    }
    if (applicationId != ApplicationId) {
        *error
            = QCoreApplication::translate("Database", "%1 is an SQLite database but not a Roundtable archive")
                  .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (userVersion > latestSchemaVersion()) {
        *error = QCoreApplication::translate("Database",
            "%1 was written by a newer Roundtable (archive version %2, this "
            "program understands up to %3); please update the program")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(userVersion)
                     .arg(latestSchemaVersion());
        return false;
    }
    // Only a file already at this build's version may be read before the check has
    // finished: a migration writes, and nothing is written before the verdict.
    *deferred = mayDefer && userVersion == latestSchemaVersion();
    if (*deferred)
        return true;
    bool cancelled = false;
    const QString problem = quickCheckOn(raw, m_interrupt, &cancelled);
    if (cancelled) {
        *error = QCoreApplication::translate("Database", "%1: opening was cancelled")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!problem.isEmpty()) {
        *error = damagedMessage(path, problem);
        return false;
    }
    return true;
}

bool Database::open(const QString &path, Mode mode, QString *error, Check check)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (isServerAddress(path))
        return openServer(path, mode, error);
    bool deferred = false;
    if (openConnection(path, mode, error, check, &deferred))
        return true;
    if (deferred) {
        // The check was left for later, and opening failed on the way: say whether the file
        // is damaged, as the check first would have.
        bool cancelled = false;
        const QString problem = quickCheck(path, nullptr, &cancelled);
        if (!problem.isEmpty()) {
            *error = damagedMessage(path, problem);
        }
    }
    return false;
}

bool Database::openConnection(const QString &path, Mode mode, QString *error, Check check, bool *deferred)
{
    close();
    m_mode = mode;
    m_path = path;
    m_readOnlyNotice.clear();

    if (!acceptablePath(path, mode, error))
        return false;
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    // A file we may not change (no permission, read-only disk, a folder where the write-ahead
    // log cannot be created) is still worth reading: open it read-only and say so.
    if (exists && mode == Mode::ReadWrite
        && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        m_mode = mode = Mode::ReadOnly;
        m_readOnlyNotice = readOnlyNoticeFor(path);
    }
    if (exists) {
        // A refused file gets nothing beside it: the side files the probe's read made go again.
        bool before[std::size(SideFiles)];
        for (size_t i = 0; i < std::size(SideFiles); ++i)
            before[i] = QFileInfo::exists(path + QLatin1String(SideFiles[i]));
        if (!probe(path, check != Check::Before, deferred, error)) {
            const QFileInfo wal(path + QLatin1String(SideFiles[0]));
            if (!before[0] && (!wal.exists() || wal.size() == 0)) {
                for (size_t i = 0; i < std::size(SideFiles); ++i) {
                    if (!before[i])
                        QFile::remove(path + QLatin1String(SideFiles[i]));
                }
            }
            return false;
        }
        m_verified = !*deferred;
    }

    if (!exists && !info.absoluteDir().exists()) {
        *error = QCoreApplication::translate("Database", "%1: the folder does not exist")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // An in-memory database (the fuzzers') has no file to build beside.
    const bool inMemory = path == QLatin1String(":memory:");
    if (!exists && !m_building && !inMemory) {
        if (!create(path, error))
            return false;
        m_verified = true;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *error = QCoreApplication::translate("Database", "the Qt SQLite driver (QSQLITE) is not installed");
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    const bool immutable = mode == Mode::ReadOnly && needsImmutable(path);
    m_db.setDatabaseName(immutable ? immutableUri(path) : path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        *error = QCoreApplication::translate("Database", "%1: cannot open: %2")
                     .arg(QDir::toNativeSeparators(path), m_db.lastError().text());
        close();
        return false;
    }
    // SQLite itself falls back to reading when it may not write (e.g. permissions checked
    // only by the file system); follow it rather than fail at the first pragma.
    if (mode == Mode::ReadWrite && exists && sqlite3_db_readonly(handle(), "main") == 1) {
        m_mode = mode = Mode::ReadOnly;
        m_readOnlyNotice = readOnlyNoticeFor(path);
    }

    // The search index is kept by triggers that tokenize with our own tokenizer, so every
    // connection needs it before it reads or writes a dialogue.
    if (!SearchTokenizer::registerWith(handle(), error) || !SearchRank::registerWith(handle(), error)
        || !SearchDocument::registerWith(handle(), error)) {
        close();
        return false;
    }

    // A larger page cache (64 MiB) keeps a big import from spilling the same pages to the
    // write-ahead log again and again.
    QStringList setup
        = { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -65536") };
    if (mode == Mode::ReadWrite) {
        setup << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &sql : std::as_const(setup)) {
        if (!exec(sql, error)) {
            close();
            return false;
        }
    }
    if (mode == Mode::ReadWrite && !migrate(error)) {
        close();
        return false;
    }
    if (mode == Mode::ReadOnly && schemaVersion() == 0) {
        *error = QCoreApplication::translate("Database", "%1 is not a Roundtable archive")
                     .arg(QDir::toNativeSeparators(path));
        close();
        return false;
    }
    SearchTokenizer::followSchema(schemaVersion());
    if (*deferred && check == Check::BeforeFirstWrite) {
        m_checkBeforeWrite = mode == Mode::ReadWrite;
    } else if (*deferred) {
        m_ownsCheck = !m_verdictToShare;
        m_check = m_ownsCheck ? std::make_shared<IntegrityCheck>(path) : std::move(m_verdictToShare);
    }
    return true;
}

bool Database::open(const QString &path, Mode mode, QString *error, std::shared_ptr<IntegrityCheck> verdict)
{
    if (!verdict)
        return open(path, mode, error, Check::Before);
    m_verdictToShare = std::move(verdict);
    const bool opened = open(path, mode, error, Check::InBackground);
    m_verdictToShare.reset();
    return opened;
}

bool Database::writable(QString *error)
{
    if (m_checkBeforeWrite) {
        // Unchanged since its last sound check: nothing to read again.
        if (stampMatches(m_path)) {
            m_verified = true;
        } else {
            bool cancelled = false;
            const QString problem = quickCheck(m_path, m_interrupt, &cancelled);
            if (cancelled) {
                if (error) {
                    *error = QCoreApplication::translate("Database", "%1: the check was cancelled")
                                 .arg(QDir::toNativeSeparators(m_path));
                }
                return false;
            }
            m_damage = problem;
            m_verified = problem.isEmpty();
        }
        m_checkBeforeWrite = false;
    }
    if (!m_damage.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Database", "%1 is damaged: %2; nothing was written to it")
                         .arg(QDir::toNativeSeparators(m_path), m_damage);
        }
        return false;
    }
    if (!m_check)
        return true;
    switch (m_check->wait()) {
    case IntegrityCheck::State::Running:
        return true;
    case IntegrityCheck::State::Sound:
        m_verified = true;
        return true;
    case IntegrityCheck::State::Damaged:
        if (error) {
            *error = QCoreApplication::translate("Database", "%1 is damaged: %2; nothing was written to it")
                         .arg(QDir::toNativeSeparators(m_path), m_check->problem());
        }
        return false;
    case IntegrityCheck::State::Cancelled:
        if (error) {
            *error = QCoreApplication::translate("Database", "%1 is being closed; nothing was written to it")
                         .arg(QDir::toNativeSeparators(m_path));
        }
        return false;
    }
    return false;
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    if (m_backend == Backend::PostgreSQL) {
        // Asked only where the table exists: a failed statement would abort a transaction.
        if (query.exec(QStringLiteral("SELECT to_regclass('roundtable_schema') IS NOT NULL")) && query.next()
            && !query.value(0).toBool())
            return 0;
        if (query.exec(QStringLiteral("SELECT version FROM roundtable_schema")) && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Database", "missing migration %1").arg(migration.resource);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        Transaction transaction(*this);
        if (!transaction.begin(error))
            return false;
        QString failure;
        if (!execScript(script, &failure)) {
            *error = QCoreApplication::translate("Database", "upgrading the archive to version %1 failed: %2")
                         .arg(migration.version)
                         .arg(failure);
            return false;
        }
        // PRAGMA arguments cannot be bound; both values are integers of our own.
        QString pragmas = QStringLiteral("PRAGMA user_version = %1;").arg(migration.version);
        if (migration.version == 1)
            pragmas += QStringLiteral("PRAGMA application_id = %1;").arg(ApplicationId);
        if (!execScript(pragmas, error) || !transaction.commit(error))
            return false;
    }
    return true;
}

bool Database::openServer(const QString &address, Mode mode, QString *error)
{
    close();
    m_mode = mode;
    m_path = address;
    m_readOnlyNotice.clear();
    const std::optional<ServerAddress> server = ServerAddress::parse(address, error);
    if (!server)
        return false;
    const QString name = server->toString();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        *error = QCoreApplication::translate(
            "Database", "the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)");
        close();
        return false;
    }
    m_backend = Backend::PostgreSQL;
    m_db.setHostName(server->host);
    if (server->port > 0)
        m_db.setPort(server->port);
    m_db.setUserName(server->user);
    m_db.setDatabaseName(server->database);
    m_db.setConnectOptions(server->connectOptions());
    if (!m_db.open()) {
        const QSqlError failure = m_db.lastError();
        const QString reason = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
        *error = QCoreApplication::translate("Database", "%1: cannot connect: %2")
                     .arg(name, reason.simplified());
        close();
        return false;
    }
    // Times are kept in UTC whatever the server's zone; notices would only clutter the output.
    QStringList setup
        = { QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = warning") };
    if (mode == Mode::ReadOnly)
        setup << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &sql : std::as_const(setup)) {
        if (!exec(sql, error)) {
            *error = QCoreApplication::translate("Database", "%1: %2").arg(name, *error);
            close();
            return false;
        }
    }
    // Ours (the schema table), empty (a new archive), or someone else's database: never written to.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral(
            "SELECT to_regclass('roundtable_schema') IS NOT NULL, (SELECT count(*) FROM pg_catalog.pg_class "
            "c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relkind IN ('r', 'v', 'm', 'p', 'f'))"))
        || !probe.next()) {
        *error = QCoreApplication::translate("Database", "%1: %2").arg(name, sqlError(probe));
        close();
        return false;
    }
    const bool ours = probe.value(0).toBool();
    const qint64 relations = probe.value(1).toLongLong();
    probe.finish();
    if (!ours && relations > 0) {
        *error = QCoreApplication::translate("Database",
            "%1 is not a Roundtable archive (the database holds other tables); nothing was written to it")
                     .arg(name);
        close();
        return false;
    }
    // What this login may do (DESIGN.md, "Who may do what"): a reader's archive opens read-only,
    // and one who may not read it is told whom to ask, before anything of it is read.
    if (ours) {
        QString failure;
        const ServerRoles::Access access = ServerRoles::access(*this, &failure);
        if (access == ServerRoles::Access::None) {
            *error = QCoreApplication::translate("Database", "%1: %2")
                         .arg(name, failure.isEmpty() ? ServerRoles::noAccessMessage(*this) : failure);
            close();
            return false;
        }
        if (access == ServerRoles::Access::Read && mode == Mode::ReadWrite) {
            m_mode = mode = Mode::ReadOnly;
            m_readOnlyNotice = QCoreApplication::translate("Database", "%1: %2")
                                   .arg(name, ServerRoles::readOnlyNotice(*this));
            if (!exec(QStringLiteral("SET default_transaction_read_only = on"), error)) {
                *error = QCoreApplication::translate("Database", "%1: %2").arg(name, *error);
                close();
                return false;
            }
        }
    }
    if (ours) {
        QSqlQuery stored(m_db);
        if (!stored.exec(QStringLiteral("SELECT application, version FROM roundtable_schema"))
            || !stored.next() || stored.value(0).toString() != QLatin1String("roundtable")) {
            *error = QCoreApplication::translate("Database", "%1 is not a Roundtable archive").arg(name);
            close();
            return false;
        }
        const int version = stored.value(1).toInt();
        if (version > latestSchemaVersion(Backend::PostgreSQL)) {
            *error = QCoreApplication::translate("Database",
                "%1 was written by a newer Roundtable (archive version %2, this "
                "program understands up to %3); please update the program")
                         .arg(name)
                         .arg(version)
                         .arg(latestSchemaVersion(Backend::PostgreSQL));
            close();
            return false;
        }
        // An older archive is upgraded by whoever owns its tables; a reader cannot read it
        // with this program, an editor cannot upgrade it.
        const bool reader = !m_readOnlyNotice.isEmpty(); // asked to write, may only read
        if (version < latestSchemaVersion(Backend::PostgreSQL)
            && (reader || (mode == Mode::ReadWrite && !ServerRoles::mayUpgrade(*this)))) {
            *error = QCoreApplication::translate("Database", "%1: %2")
                         .arg(name, ServerRoles::needsOwnerMessage(*this, version));
            close();
            return false;
        }
    } else if (mode == Mode::ReadOnly) {
        *error = QCoreApplication::translate("Database", "%1: no such archive (the database is empty)")
                     .arg(name);
        close();
        return false;
    } else if (!ServerRoles::mayUpgrade(*this)) {
        *error = QCoreApplication::translate("Database", "%1: %2")
                     .arg(name, ServerRoles::needsOwnerMessage(*this, 0));
        close();
        return false;
    }
    if (mode == Mode::ReadWrite && !migrateServer(error)) {
        *error = QCoreApplication::translate("Database", "%1: %2").arg(name, *error);
        close();
        return false;
    }
    return true;
}

bool Database::migrateServer(QString *error)
{
    // Programs that open a new archive at the same moment take turns here, and the later ones
    // find the work done. The lock is the session's, taken before each migration's transaction
    // begins: a transaction that began before another program's migration committed would not
    // see the tables it made (the server's catalog cache is renewed when a transaction begins).
    const QString lock = QStringLiteral("SELECT pg_advisory_lock(%1)").arg(ApplicationId);
    if (!exec(lock, error))
        return false;
    const auto unlock = qScopeGuard(
        [this] { exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(ApplicationId), nullptr); });
    bool upgraded = false;
    for (const Migration &migration : migrations(Backend::PostgreSQL)) {
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Database", "missing migration %1").arg(migration.resource);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        // Each migration is one transaction.
        Transaction transaction(*this);
        if (!transaction.begin(error))
            return false;
        const int current = schemaVersion();
        if (current < 0) {
            *error = QCoreApplication::translate("Database", "the archive's version cannot be read");
            return false;
        }
        if (migration.version <= current) {
            if (!transaction.commit(error))
                return false;
            continue;
        }
        QString failure;
        if (!execScript(script, &failure)) {
            *error = QCoreApplication::translate("Database", "upgrading the archive to version %1 failed: %2")
                         .arg(migration.version)
                         .arg(failure);
            return false;
        }
        // Both values are integers of our own.
        const QString record = current == 0
            ? QStringLiteral("INSERT INTO roundtable_schema (application, version) VALUES ('roundtable', %1)")
            : QStringLiteral("UPDATE roundtable_schema SET version = %1");
        if (!exec(record.arg(migration.version), error) || !transaction.commit(error))
            return false;
        upgraded = true;
    }
    // The tables an upgrade made are granted to the archive's reader and editor roles as the
    // older ones are (DESIGN.md, "Who may do what"), whoever ran it.
    return !upgraded || ServerRoles::grantOnTables(*this, error);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qWarning("Roundtable: cannot prepare %s: %s", qPrintable(sql), qPrintable(sqlError(query)));
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

bool Database::exec(const QString &sql, QString *error)
{
    StatementCount::add();
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    return true;
}

QString Database::changeChannel()
{
    return QStringLiteral("roundtable_changed");
}

bool Database::announceChange(QString *error)
{
    if (m_backend != Backend::PostgreSQL)
        return true;
    // Delivered at COMMIT, and not at all when the transaction rolls back; several in one
    // transaction arrive as one.
    return exec(QStringLiteral("NOTIFY ") + changeChannel(), error);
}

bool Database::execScript(const QString &script, QString *error)
{
    if (m_backend == Backend::PostgreSQL)
        return exec(script, error); // a simple query may hold several statements
    StatementCount::add();
    sqlite3 *raw = handle();
    if (!raw) {
        if (error)
            *error = QCoreApplication::translate("Database", "the archive is not open");
        return false;
    }
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(raw, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(raw));
        sqlite3_free(message);
        return false;
    }
    return true;
}

qint64 Database::totalChanges()
{
    sqlite3 *raw = handle();
    return raw ? sqlite3_total_changes64(raw) : 0;
}

} // namespace rt
