#include "core/db/ArchiveCopy.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QHash>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rt {

namespace {

// The tables whose id is made by the archive (an identity column on PostgreSQL).
const QStringList &tablesWithIds()
{
    static const QStringList names
        = { QStringLiteral("organization"), QStringLiteral("person"), QStringLiteral("contact"),
              QStringLiteral("dialogue"), QStringLiteral("saved_search"), QStringLiteral("press_release") };
    return names;
}

// The tables whose records carry a version (DESIGN.md, "Several editors at once").
const QStringList &versionedTables()
{
    static const QStringList names = { QStringLiteral("organization"), QStringLiteral("person"),
        QStringLiteral("contact"), QStringLiteral("dialogue"), QStringLiteral("press_release") };
    return names;
}

// A stable order of rows, so that both backends are read alike (the key columns of each table).
QString orderOf(const QString &table)
{
    if (tablesWithIds().contains(table))
        return QStringLiteral("id");
    if (table == QLatin1String("contact_phone") || table == QLatin1String("contact_email"))
        return QStringLiteral("contact_id, position");
    if (table == QLatin1String("press_release_revision"))
        return QStringLiteral("press_release_id, number");
    if (table == QLatin1String("translation"))
        return QStringLiteral("record, record_id, position, field, language");
    return QStringLiteral("dialogue_id, position");
}

} // namespace

const QStringList &ArchiveCopy::tables()
{
    static const QStringList names = { QStringLiteral("organization"), QStringLiteral("person"),
        QStringLiteral("contact"), QStringLiteral("contact_phone"), QStringLiteral("contact_email"),
        QStringLiteral("dialogue"), QStringLiteral("dialogue_organization"), QStringLiteral("topic"),
        QStringLiteral("speech"), QStringLiteral("translation"), QStringLiteral("saved_search"),
        QStringLiteral("press_release"), QStringLiteral("press_release_revision") };
    return names;
}

bool ArchiveCopy::isEmpty(Database &database, QString *error)
{
    QStringList counts;
    for (const QString &table : tables())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table);
    QSqlQuery query(database.db());
    if (!query.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "))) || !query.next()) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    return query.value(0).toLongLong() == 0;
}

bool ArchiveCopy::copy(Database &source, Database &destination, QString *error,
    const std::atomic<bool> *cancel, const std::function<void(qint64, qint64)> &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (source.schemaVersion() != destination.schemaVersion()) {
        *error
            = tr("%1 is at archive version %2 and %3 at version %4; open the older one for writing once to "
                 "upgrade it")
                  .arg(source.path())
                  .arg(source.schemaVersion())
                  .arg(destination.path())
                  .arg(destination.schemaVersion());
        return false;
    }
    QString failure;
    const bool empty = isEmpty(destination, &failure);
    if (!failure.isEmpty()) {
        *error = tr("%1: %2").arg(destination.path(), failure);
        return false;
    }
    if (!empty) {
        *error = tr("%1 already holds records; an archive is only copied into an empty one")
                     .arg(destination.path());
        return false;
    }
    return write(source, destination, false, error, cancel, progress);
}

bool ArchiveCopy::replace(
    Database &source, Database &destination, QString *error, const std::atomic<bool> *cancel)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (source.schemaVersion() != destination.schemaVersion()) {
        *error = tr("%1 is at archive version %2 and %3 at version %4; nothing was replaced")
                     .arg(source.path())
                     .arg(source.schemaVersion())
                     .arg(destination.path())
                     .arg(destination.schemaVersion());
        return false;
    }
    return write(source, destination, true, error, cancel, {});
}

bool ArchiveCopy::write(Database &source, Database &destination, bool replacing, QString *error,
    const std::atomic<bool> *cancel, const std::function<void(qint64, qint64)> &progress)
{

    // One moment of the source throughout; ended whatever happens.
    Snapshot snapshot(source);
    if (!snapshot.begin(error))
        return false;

    qint64 total = 0;
    {
        QStringList counts;
        for (const QString &table : tables())
            counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table);
        QSqlQuery query(source.db());
        if (!query.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "))) || !query.next()) {
            *error = tr("%1: %2").arg(source.path(), sqlError(query));
            return false;
        }
        total = query.value(0).toLongLong();
    }

    Transaction transaction(destination);
    if (!transaction.begin(error))
        return false;
    // Replacing: the rows there go first, children before parents, inside the same transaction.
    QHash<QString, qint64> highestVersion;
    if (replacing) {
        for (const QString &table : versionedTables()) {
            QSqlQuery highest(destination.db());
            if (!highest.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM %1").arg(table))
                || !highest.next()) {
                *error = tr("%1: %2").arg(destination.path(), sqlError(highest));
                return false;
            }
            highestVersion.insert(table, highest.value(0).toLongLong());
        }
        if (!destination.exec(QStringLiteral("UPDATE organization SET parent_id = NULL"), error))
            return false;
        for (qsizetype i = tables().size() - 1; i >= 0; --i) {
            if (!destination.exec(QStringLiteral("DELETE FROM %1").arg(tables().at(i)), error)) {
                *error = tr("%1: %2").arg(destination.path(), *error);
                return false;
            }
        }
    }
    qint64 done = 0;
    QList<QPair<qint64, qint64>> parents; // organisation, parent: set once all are in
    for (const QString &table : tables()) {
        QSqlQuery read(source.db());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderOf(table)))) {
            *error = tr("%1: %2").arg(source.path(), sqlError(read));
            return false;
        }
        const QSqlRecord columns = read.record();
        QStringList names;
        QStringList marks;
        int parentColumn = -1;
        for (int i = 0; i < columns.count(); ++i) {
            names << columns.fieldName(i);
            marks << QStringLiteral("?");
            if (table == QLatin1String("organization") && columns.fieldName(i) == QLatin1String("parent_id"))
                parentColumn = i;
        }
        QSqlQuery write(destination.db());
        if (!write.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
            *error = tr("%1: %2").arg(destination.path(), sqlError(write));
            return false;
        }
        while (read.next()) {
            if (cancel && cancel->load()) {
                *error = tr("the copy was cancelled; nothing was written to %1").arg(destination.path());
                return false;
            }
            for (int i = 0; i < columns.count(); ++i) {
                QVariant value = read.value(i);
                // An organisation's parent may come later in id order: set after all are in.
                if (i == parentColumn && !value.isNull()) {
                    parents.append({ read.value(0).toLongLong(), value.toLongLong() });
                    value = QVariant();
                }
                // Only id columns hold NULL ("none"); every text column is NOT NULL.
                write.bindValue(i, value.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : value);
            }
            if (!write.exec()) {
                *error = tr("%1: copying %2 failed: %3").arg(destination.path(), table, sqlError(write));
                return false;
            }
            ++done;
            if (progress && done % 500 == 0)
                progress(done, total);
        }
    }
    QSqlQuery parent(destination.db());
    if (!parents.isEmpty()
        && !parent.prepare(QStringLiteral("UPDATE organization SET parent_id = ? WHERE id = ?"))) {
        *error = tr("%1: %2").arg(destination.path(), sqlError(parent));
        return false;
    }
    for (const auto &[organization, parentId] : std::as_const(parents)) {
        parent.bindValue(0, parentId);
        parent.bindValue(1, organization);
        if (!parent.exec()) {
            *error = tr("%1: %2").arg(destination.path(), sqlError(parent));
            return false;
        }
    }
    for (auto it = highestVersion.cbegin(); it != highestVersion.cend(); ++it) {
        QSqlQuery bump(destination.db());
        bump.prepare(QStringLiteral("UPDATE %1 SET version = version + ?").arg(it.key()));
        bump.addBindValue(it.value());
        if (!bump.exec()) {
            *error = tr("%1: %2").arg(destination.path(), sqlError(bump));
            return false;
        }
    }
    // New records on the server take ids after the copied ones.
    if (destination.backend() == Database::Backend::PostgreSQL) {
        for (const QString &table : tablesWithIds()) {
            if (!destination.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                 "coalesce(max(id), 0) + 1, false) FROM %1")
                                      .arg(table),
                    error))
                return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    if (progress)
        progress(total, total);
    return true;
}

} // namespace rt
