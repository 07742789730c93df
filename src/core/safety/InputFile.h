#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rt {

// Every file the program reads for an import (roundtable/1 JSON, spreadsheets, address books)
// is read here, so that all of them obey the same rules: only a regular file (a FIFO with no
// writer would block for ever, /dev/zero never ends, a folder is no file), opened without
// waiting, and at most `limit` bytes, refused with the limit stated. A Qt resource (":/...")
// is always a plain file.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(rt::InputFile)

public:
    // The whole file into `bytes`, or false with one line naming the path and the reason.
    static bool read(const QString &path, qint64 limit, QByteArray *bytes, QString *error);
};

} // namespace rt
