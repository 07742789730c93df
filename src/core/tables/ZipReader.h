#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rt {

// Reads the entries of a ZIP archive held in memory (an .xlsx workbook), with zlib for the
// deflated ones. Not QuaZip: QuaZip exports minizip's own functions (zipOpen3, …), which then
// take the place of libminizip's inside libxlsxwriter, and the XLSX export crashes as soon as
// both are in one program. Every size and offset is checked against the bytes there are; an
// entry is never unpacked past the limit asked for, whatever its header claims (a ZIP bomb
// stops there), and its CRC is checked.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(rt::ZipReader)

public:
    static constexpr int MaxEntries = 10000;

    explicit ZipReader(const QByteArray &bytes);

    // Reads the central directory; false with the reason when the bytes are no ZIP archive
    // this reads (encrypted, split over disks or ZIP64 entries are refused).
    bool open(QString *error);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // The entry's bytes, unpacked; false with "NAME: reason" (missing, damaged, larger than
    // `limit` bytes).
    bool read(const QString &name, qint64 limit, QByteArray *bytes, QString *error) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 localOffset = 0;
    };

    QByteArray m_bytes;
    QHash<QString, Entry> m_entries;
};

} // namespace rt
