#pragma once

// Helpers shared by the data-safety tests: archives with known contents, generated imports,
// damage on purpose, and the `roundtable` binary run as a child process.

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <sys/mount.h>
#include <unistd.h>

namespace rt::test {

// A roundtable/1 file with `dialogues` dialogues (each with two speeches by people and an
// organisation of its own), every key beginning with `prefix`: so a test can tell exactly
// which import's records are in an archive.
inline QByteArray generatedImport(const QString &prefix, int dialogues)
{
    QJsonArray organizations, people, list;
    organizations.append(QJsonObject { { QStringLiteral("key"), prefix + QLatin1String("org") },
        { QStringLiteral("name"), QStringLiteral("Organisation ") + prefix } });
    for (int i = 0; i < dialogues; ++i) {
        const QString person = prefix + QStringLiteral("p%1").arg(i);
        people.append(QJsonObject { { QStringLiteral("key"), person },
            { QStringLiteral("family_name"), QStringLiteral("Speaker%1").arg(i) },
            { QStringLiteral("given_name"), prefix } });
        QJsonArray speeches;
        for (int s = 0; s < 2; ++s) {
            speeches.append(QJsonObject { { QStringLiteral("person"), person },
                { QStringLiteral("organization"), prefix + QLatin1String("org") },
                { QStringLiteral("verb"), QStringLiteral("stated") },
                { QStringLiteral("summary"),
                    QStringLiteral("Ecosystem management along the Mekong needs shared data, %1 %2. ")
                        .arg(i)
                        .arg(s)
                        .repeated(8) } });
        }
        list.append(QJsonObject { { QStringLiteral("key"), prefix + QStringLiteral("d%1").arg(i) },
            { QStringLiteral("title"), QStringLiteral("Roundtable %1 of %2").arg(i).arg(prefix) },
            { QStringLiteral("start_date"), QStringLiteral("2022-11-23") },
            { QStringLiteral("city"), QStringLiteral("Vientiane") },
            { QStringLiteral("topics"),
                QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Water") } } } },
            { QStringLiteral("speeches"), speeches } });
    }
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("roundtable/1") },
        { QStringLiteral("organizations"), organizations }, { QStringLiteral("people"), people },
        { QStringLiteral("dialogues"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

inline Archive::Counts countsOf(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly, nullptr))
        return { -1, -1, -1, -1, -1 };
    return Archive(db).counts();
}

// Overwrites bytes in the middle of the file's b-tree pages, the way a failing disk would.
inline bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 3 * 4096)
        return false;
    for (qint64 page = 1; page * 4096 < file.size(); ++page) {
        file.seek(page * 4096 + 8);
        file.write(QByteArray(64, '\x5a'));
    }
    return true;
}

// A copy of an archive that this process cannot write: a file without write permission,
// or for root (whom permissions do not stop) a file on a small read-only tmpfs. path() is
// empty when that cannot be arranged here (root without the right to mount).
class ReadOnlyCopy
{
public:
    explicit ReadOnlyCopy(const QString &archive)
    {
        if (geteuid() != 0) {
            m_path = archive + QLatin1String(".read-only");
            if (!QFile::copy(archive, m_path) || !QFile::setPermissions(m_path, QFile::ReadOwner))
                m_path.clear();
            return;
        }
        m_mountPoint = std::make_unique<QTemporaryDir>();
        const QByteArray point = QFile::encodeName(m_mountPoint->path());
        if (mount("tmpfs", point.constData(), "tmpfs", 0, "size=16m") != 0)
            return;
        m_mounted = true;
        const QString path = m_mountPoint->filePath(QStringLiteral("archive.roundtable"));
        if (QFile::copy(archive, path)
            && mount("tmpfs", point.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0)
            m_path = path;
    }
    ~ReadOnlyCopy()
    {
        if (m_mounted)
            umount(QFile::encodeName(m_mountPoint->path()).constData());
    }
    QString path() const { return m_path; }

private:
    std::unique_ptr<QTemporaryDir> m_mountPoint;
    bool m_mounted = false;
    QString m_path;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real binary with `arguments`; `environment` entries are added to the current one.
inline Run roundtable(
    const QStringList &arguments, const QStringList &environment = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROUNDTABLE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace rt::test
