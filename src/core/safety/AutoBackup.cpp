#include "core/safety/AutoBackup.h"

#include "core/db/ArchiveCopy.h"
#include "core/db/Database.h"
#include "core/db/ServerAddress.h"
#include "core/safety/Maintenance.h"
#include "core/settings/SettingsFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/types.h>

namespace rt {

namespace {

const QLatin1String Suffix(".roundtable");
const QLatin1String StampFormat("yyyyMMdd-HHmmss");

QString prefixFor(const QString &archivePath)
{
    if (Database::isServerAddress(archivePath))
        return AutoBackup::serverFolderName(archivePath) + QLatin1Char('-');
    return QFileInfo(archivePath).completeBaseName() + QLatin1Char('-');
}

} // namespace

AutoBackup::Settings AutoBackup::Settings::load()
{
    Settings settings;
    const auto settingsFile = openSettingsFile();
    QSettings &store = *settingsFile;
    store.beginGroup(QStringLiteral("backups"));
    settings.folder = store.value(QStringLiteral("folder")).toString();
    bool ok = false;
    const int keep = store.value(QStringLiteral("keep"), settings.keep).toInt(&ok);
    if (ok && keep >= 0)
        settings.keep = keep;
    const int hours = store.value(QStringLiteral("intervalHours"), settings.intervalHours).toInt(&ok);
    if (ok && hours >= 0)
        settings.intervalHours = hours;
    return settings;
}

void AutoBackup::Settings::save() const
{
    const auto settingsFile = openSettingsFile();
    QSettings &store = *settingsFile;
    store.beginGroup(QStringLiteral("backups"));
    store.setValue(QStringLiteral("folder"), folder);
    store.setValue(QStringLiteral("keep"), keep);
    store.setValue(QStringLiteral("intervalHours"), intervalHours);
}

AutoBackup::AutoBackup(const QString &archivePath, const Settings &settings)
    : m_archivePath(archivePath)
    , m_settings(settings)
{
}

QString AutoBackup::serverFolderName(const QString &address)
{
    const std::optional<ServerAddress> server = ServerAddress::parse(address, nullptr);
    if (!server)
        return {};
    // '-' joins the parts, so it is encoded inside them, '+' instead of '%' (which messages would
    // take for a placeholder); '.' stays (host names), but not as the name's first character (a
    // hidden file).
    auto part = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), QByteArrayLiteral("-~+")))
            .replace(QLatin1Char('%'), QLatin1Char('+'));
    };
    QString name
        = QStringList { part(server->host), server->port > 0 ? QString::number(server->port) : QString(),
              part(server->database), part(server->user) }
              .join(QLatin1Char('-'));
    if (name.startsWith(QLatin1Char('.')))
        name.replace(0, 1, QStringLiteral("+2E"));
    // A long socket folder would make a name no file system takes: kept short, and told apart
    // by a hash of the whole.
    constexpr int Longest = 120;
    if (name.size() > Longest) {
        const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
        name = name.left(Longest - 17) + QLatin1Char('~') + QString::fromLatin1(hash.left(16));
    }
    return name;
}

QString AutoBackup::folder() const
{
    if (!m_settings.folder.isEmpty())
        return m_settings.folder;
    // A server archive has no folder beside it: its backups are the user's, kept with the
    // program's data.
    if (Database::isServerAddress(m_archivePath))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QLatin1String("backups/") + serverFolderName(m_archivePath));
    const QFileInfo archive(m_archivePath);
    return archive.absoluteDir().filePath(archive.fileName() + QLatin1String(".backups"));
}

QList<AutoBackup::Entry> AutoBackup::backups() const
{
    // Only this archive's backups: a shared backup folder may hold other archives' too.
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(prefixFor(m_archivePath))
        + QLatin1String("(\\d{8}-\\d{6})(?:-(\\d+))?") + QRegularExpression::escape(Suffix)
        + QLatin1Char('$'));
    QList<Entry> result;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime written = QDateTime::fromString(match.captured(1), StampFormat);
        if (!written.isValid())
            continue;
        written.setTimeSpec(Qt::UTC);
        const int sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        result.append({ file.absoluteFilePath(), written, sequence, file.size() });
    }
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) {
        return a.written != b.written ? a.written > b.written : a.sequence > b.sequence;
    });
    return result;
}

QString AutoBackup::latestSound(QStringList *skipped) const
{
    const QList<Entry> all = backups();
    for (const Entry &entry : all) {
        QStringList problems;
        if (Maintenance::check(entry.path, &problems))
            return entry.path;
        if (skipped)
            skipped->append(
                tr("%1: %2").arg(QDir::toNativeSeparators(entry.path), problems.join(QLatin1String("; "))));
    }
    return {};
}

bool AutoBackup::isDue() const
{
    if (m_settings.keep <= 0)
        return false;
    const QList<Entry> existing = backups();
    if (existing.isEmpty())
        return true;
    const qint64 age = existing.first().written.secsTo(QDateTime::currentDateTimeUtc());
    // A backup "from the future" (the clock was put back) must not stop backups for good.
    return age < 0 || age >= qint64(m_settings.intervalHours) * 3600;
}

AutoBackup::Outcome AutoBackup::run(QString *writtenPath, QString *error, const std::atomic<bool> *cancel)
{
    if (m_settings.keep <= 0)
        return Outcome::NotDue;
    if (Database::isServerAddress(m_archivePath))
        return runForServer(writtenPath, error, cancel);
    const QFileInfo archive(m_archivePath);
    if (!archive.isFile() || archive.size() == 0)
        return Outcome::NoArchive;
    // An archive this program may not change needs no new backup (and its folder may not
    // take one): it opens read-only with its own notice.
    if (!archive.isWritable() || !QFileInfo(archive.absolutePath()).isWritable())
        return Outcome::Unchangeable;
    // What a backup killed half-way left goes at the next open, not when the next is due.
    if (QFileInfo(folder()).isDir())
        removeStaleTemporaries();
    if (!isDue())
        return Outcome::NotDue;
    return writeNow(writtenPath, error, cancel) ? Outcome::Written : Outcome::Failed;
}

// A server archive is backed up once it has been opened for writing (and so brought up to this
// program's version: a backup is an SQLite archive of the current version). Who may not write to
// it may still read it, and a backup only reads.
AutoBackup::Outcome AutoBackup::runForServer(
    QString *writtenPath, QString *error, const std::atomic<bool> *cancel)
{
    if (serverFolderName(m_archivePath).isEmpty())
        return Outcome::NoArchive;
    if (QFileInfo(folder()).isDir())
        removeStaleTemporaries();
    if (!isDue())
        return Outcome::NotDue;
    {
        Database server;
        server.setInterrupt(cancel);
        if (!server.open(m_archivePath, Database::Mode::ReadOnly, error))
            return Outcome::Failed;
        // A new archive holds nothing to keep, as a new file does not.
        QString failure;
        const bool empty = ArchiveCopy::isEmpty(server, &failure);
        if (!failure.isEmpty()) {
            *error = failure;
            return Outcome::Failed;
        }
        if (empty)
            return Outcome::NoArchive;
    }
    return writeNow(writtenPath, error, cancel) ? Outcome::Written : Outcome::Failed;
}

QString AutoBackup::failureWarning(const QString &error)
{
    return tr("The automatic backup failed: %1").arg(error);
}

bool AutoBackup::writeNow(QString *writtenPath, QString *error, const std::atomic<bool> *cancel)
{
    const QString dir = folder();
    const bool folderExisted = QFileInfo(dir).isDir();
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    removeStaleTemporaries();
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const QString stem = prefixFor(m_archivePath) + now.toString(StampFormat);
    // A second backup in the same second must sort after the first, even once rotation
    // has removed that one.
    const QList<Entry> existing = backups();
    int sequence = existing.isEmpty() || existing.first().written != now ? 1 : existing.first().sequence + 1;
    QString target;
    do {
        target = QDir(dir).filePath(
            stem + (sequence > 1 ? QStringLiteral("-%1").arg(sequence) : QString()) + Suffix);
        ++sequence;
    } while (QFileInfo::exists(target));
    if (!Maintenance::backup(m_archivePath, target, error, cancel)) {
        // An archive that was refused (foreign, damaged) gets no empty folder beside it.
        if (!folderExisted)
            QDir().rmdir(dir);
        return false;
    }
    if (writtenPath)
        *writtenPath = target;
    rotate();
    return true;
}

void AutoBackup::rotate()
{
    const QList<Entry> all = backups();
    for (int i = std::max(m_settings.keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

// A backup killed half-way leaves its temporary file and journal (Maintenance::backup names
// them ".<target>.<pid>-<id>.tmp[-journal]"). One whose process is gone, or older than an
// hour (a process of that id on another machine sharing the folder), belongs to no backup.
void AutoBackup::removeStaleTemporaries()
{
    const QDir dir(folder());
    const QString prefix = QLatin1Char('.') + prefixFor(m_archivePath);
    const QFileInfoList files
        = dir.entryInfoList({ prefix + QLatin1String("*.tmp"), prefix + QLatin1String("*.tmp-journal") },
            QDir::Files | QDir::Hidden);
    static const QRegularExpression owner(QStringLiteral("\\.(\\d+)-[0-9a-f]+\\.tmp(-journal)?$"));
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &file : files) {
        const auto match = owner.match(file.fileName());
        const pid_t pid = match.hasMatch() ? pid_t(match.captured(1).toLongLong()) : 0;
        const bool ownerGone = pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH;
        if (ownerGone || file.lastModified().toUTC() < hourAgo)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace rt
