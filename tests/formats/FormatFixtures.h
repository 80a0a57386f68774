#pragma once

// Fixture helpers shared by the format tests of the generic, MediaEval and Telegram importers: files written
// into a temporary folder, images drawn in memory, and hostile variants of both.
#include "core/formats/common/Importer.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "tests/support/TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QtEndian>

namespace fixtures {

using testfiles::writeFile;

inline QByteArray pngBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(colour);
    image.setPixelColor(width / 2, height / 2, Qt::black); // not uniform, so PNG compression has work to do
    return testfiles::encoded(image, "PNG");
}

inline QByteArray jpegBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(colour);
    return testfiles::encoded(image, "JPEG");
}

// A PNG that stops half-way through its image data.
inline QByteArray truncatedPng()
{
    const QByteArray whole = pngBytes(64, 64, Qt::red);
    return whole.left(whole.size() / 2);
}

// A well-formed PNG header announcing 30000 x 30000 pixels (a decompression bomb's first bytes).
inline QByteArray hugePngHeader()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("\x00\x00\x00\x0dIHDR", 8);
    char size[8];
    qToBigEndian<quint32>(30000, size);
    qToBigEndian<quint32>(30000, size + 4);
    ihdr.append(size, 8);
    ihdr.append("\x08\x02\x00\x00\x00", 5);
    ihdr.append("\x00\x00\x00\x00", 4); // CRC: never reached, the size check comes first
    bytes += ihdr;
    bytes += QByteArray("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);
    return bytes;
}

// An OS/2 1.x BMP (12-byte BITMAPCOREHEADER: 16-bit width and height at bytes 18 and 20) claiming a size; the
// Windows header's 32-bit fields at 18 and 22 read something else entirely from these bytes.
inline QByteArray os2BmpHeader(quint16 width, quint16 height)
{
    QByteArray bytes(96, '\0');
    bytes[0] = 'B';
    bytes[1] = 'M';
    qToLittleEndian<quint32>(quint32(bytes.size()), bytes.data() + 2);
    qToLittleEndian<quint32>(26, bytes.data() + 10); // pixel data offset
    qToLittleEndian<quint32>(12, bytes.data() + 14); // header size: BITMAPCOREHEADER
    qToLittleEndian<quint16>(width, bytes.data() + 18);
    qToLittleEndian<quint16>(height, bytes.data() + 20);
    qToLittleEndian<quint16>(1, bytes.data() + 22); // planes
    qToLittleEndian<quint16>(24, bytes.data() + 24); // bits per pixel
    return bytes;
}

inline qint64 count(const candor::ProjectStore &store, const QString &statement)
{
    return candor::sql::scalar(storeConnection(store), statement).toLongLong();
}

} // namespace fixtures
