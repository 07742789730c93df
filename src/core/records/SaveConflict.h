#pragma once

#include <QCoreApplication>
#include <QString>

namespace rt {

// Why a save, delete or merge did not happen although nothing was wrong with the record:
// someone else (another window, another program, another person on the server) saved or
// deleted it after it was read. Every save of an edited record is
// `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`; no row changed means
// one of these. Core reports it and writes nothing; the caller decides (the editor asks).
struct SaveConflict
{
    Q_DECLARE_TR_FUNCTIONS(rt::SaveConflict)

public:
    enum class Kind {
        None,
        Changed, // saved by someone else: theirVersion is the version now stored
        Deleted, // no longer in the archive
    };
    Kind kind = Kind::None;
    QString table; // "dialogue", "person", "organization", "contact", "press_release"
    qint64 id = 0;
    qint64 myVersion = 0; // the version the record had when it was read
    qint64 theirVersion = 0; // the version now stored (0 when deleted)
    QString modifiedAt; // when they saved (UTC, ISO 8601), where the record keeps it

    explicit operator bool() const { return kind != Kind::None; }
    // One line, for the command line, an import and the editor's question:
    // "dialogue 12 was changed by someone else (version 3, now 4) since it was read".
    QString message() const;
    // The record's kind in words ("dialogue", "person"), in the interface language.
    QString noun() const;
};

} // namespace rt
