#include "core/tables/ZipReader.h"

#include <zlib.h>

namespace rt {

namespace {

quint16 u16(const QByteArray &b, qint64 at)
{
    return quint16(uchar(b.at(at))) | quint16(uchar(b.at(at + 1))) << 8;
}

quint32 u32(const QByteArray &b, qint64 at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

} // namespace

ZipReader::ZipReader(const QByteArray &bytes)
    : m_bytes(bytes)
{
}

bool ZipReader::open(QString *error)
{
    const QString notZip = tr("the file is not a readable ZIP archive");
    const qint64 n = m_bytes.size();
    // The end of central directory record: 22 bytes and a comment of at most 65,535.
    qint64 end = -1;
    for (qint64 at = n - 22; at >= 0 && at >= n - 22 - 65535; --at) {
        if (u32(m_bytes, at) == 0x06054b50u) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        *error = notZip;
        return false;
    }
    const quint16 count = u16(m_bytes, end + 10);
    const quint32 directorySize = u32(m_bytes, end + 12);
    const quint32 directoryOffset = u32(m_bytes, end + 16);
    if (u16(m_bytes, end + 4) != 0 || u16(m_bytes, end + 6) != 0 || count == 0xFFFF
        || directoryOffset == 0xFFFFFFFFu) {
        *error = tr("a ZIP archive over several disks or in ZIP64 form is not read");
        return false;
    }
    if (count > MaxEntries) {
        *error = tr("the ZIP archive has more than %1 entries").arg(MaxEntries);
        return false;
    }
    if (qint64(directoryOffset) + directorySize > end) {
        *error = notZip;
        return false;
    }
    qint64 at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(m_bytes, at) != 0x02014b50u) {
            *error = notZip;
            return false;
        }
        const quint16 flags = u16(m_bytes, at + 8);
        Entry entry;
        entry.method = u16(m_bytes, at + 10);
        entry.crc = u32(m_bytes, at + 16);
        entry.compressedSize = u32(m_bytes, at + 20);
        entry.size = u32(m_bytes, at + 24);
        const quint16 nameLength = u16(m_bytes, at + 28);
        const quint16 extraLength = u16(m_bytes, at + 30);
        const quint16 commentLength = u16(m_bytes, at + 32);
        entry.localOffset = u32(m_bytes, at + 42);
        if (at + 46 + nameLength > end) {
            *error = notZip;
            return false;
        }
        const QString name = QString::fromUtf8(m_bytes.constData() + at + 46, nameLength);
        if (flags & 1) {
            *error = tr("%1: the entry is encrypted").arg(name);
            return false;
        }
        if (entry.compressedSize == 0xFFFFFFFFu || entry.size == 0xFFFFFFFFu
            || entry.localOffset == 0xFFFFFFFFu) {
            *error = tr("%1: a ZIP64 entry is not read").arg(name);
            return false;
        }
        m_entries.insert(name, entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

bool ZipReader::read(const QString &name, qint64 limit, QByteArray *bytes, QString *error) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd()) {
        *error = tr("%1: missing from the workbook").arg(name);
        return false;
    }
    const Entry &entry = it.value();
    const QString damaged = tr("%1: cannot be unpacked (the ZIP archive is damaged)").arg(name);
    const QString tooLarge = tr("%1: unpacks to more than %2 MB").arg(name).arg(limit / (1024 * 1024));
    const qint64 local = qint64(entry.localOffset);
    if (local + 30 > m_bytes.size() || u32(m_bytes, local) != 0x04034b50u) {
        *error = damaged;
        return false;
    }
    const qint64 data = local + 30 + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (data + qint64(entry.compressedSize) > m_bytes.size()) {
        *error = damaged;
        return false;
    }
    if (qint64(entry.size) > limit) {
        *error = tooLarge;
        return false;
    }
    const char *source = m_bytes.constData() + data;
    bytes->clear();
    if (entry.method == 0) {
        if (entry.compressedSize != entry.size) {
            *error = damaged;
            return false;
        }
        *bytes = QByteArray(source, qsizetype(entry.size));
    } else if (entry.method == 8) {
        z_stream stream = {};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            *error = damaged;
            return false;
        }
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(source));
        stream.avail_in = uInt(entry.compressedSize);
        // Never more than the limit, whatever the header said the size was.
        QByteArray out;
        int rc = Z_OK;
        char chunk[65536];
        while (rc == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(chunk);
            stream.avail_out = sizeof chunk;
            rc = inflate(&stream, Z_NO_FLUSH);
            out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
            if (out.size() > limit) {
                inflateEnd(&stream);
                *error = tooLarge;
                return false;
            }
            if (rc == Z_BUF_ERROR && stream.avail_in == 0)
                break;
        }
        inflateEnd(&stream);
        if (rc != Z_STREAM_END) {
            *error = damaged;
            return false;
        }
        *bytes = std::move(out);
    } else {
        *error = tr("%1: compressed in a way this does not read (method %2)").arg(name).arg(entry.method);
        return false;
    }
    if (quint64(bytes->size()) != entry.size
        || crc32(0, reinterpret_cast<const Bytef *>(bytes->constData()), uInt(bytes->size())) != entry.crc) {
        bytes->clear();
        *error = damaged;
        return false;
    }
    return true;
}

} // namespace rt
