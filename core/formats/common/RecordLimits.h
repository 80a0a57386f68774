#pragma once

#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"

#include <QDateTime>
#include <QString>

namespace candor {

// The limits every importer applies to what it reads, so a hostile or broken file costs a clear message instead
// of memory, time or a crash. Each is far above what real data needs (the reason says how far) and each refusal
// names the file, the record and the limit (docs/formats.md lists them).

// One text field (a post, a message, a meme's text), in UTF-16 code units. A Telegram message holds at most
// 4096 characters and a long article ~100 KB; 2 M keeps a 50 MB paragraph out of a row a view must lay out.
constexpr qsizetype kMaxRecordTextChars = 2 * 1024 * 1024;

// One record as read from disk: a JSON array element, a JSON Lines line, a CSV record. The largest real ones are
// Candor's own JSONL lines of a thread with its posts (a few MB); 64 MB bounds the parse of one record (the
// parsed JSON takes ~4x its bytes) well under a gigabyte.
constexpr qint64 kMaxRecordBytes = 64LL * 1024 * 1024;

// One JSON file read whole (a tweet, structure.json, annotation.json, RumourEval's answer files). The largest
// real one in RumourEval 2017 is 138 KB; a /proc file or a device reports no size, so reads stop here.
constexpr qint64 kMaxJsonFileBytes = 64LL * 1024 * 1024;

// Nesting of JSON arrays and objects. Tweets nest ~6 deep; structure.json nests as deep as its longest reply
// chain (26 in RumourEval 2017). Qt's parser stops at 1024; 512 leaves the recursive walks of a reply tree stack room.
constexpr int kMaxJsonDepth = 512;

// Columns of one CSV row. Real exports have tens; a row of a million empty columns is a few MB of commas
// that would make a million-key record.
constexpr qsizetype kMaxCsvColumns = 10000;

// One image file, and its pixels (checked from the header before decoding, so a decompression bomb costs nothing).
// Photos in the datasets are under 10 MB and 20 megapixels.
constexpr qint64 kMaxImageBytes = 64LL * 1024 * 1024;
constexpr qint64 kMaxImagePixels = ImageDecoder::defaultMaxPixels;

// Entries of one folder an importer lists (thread folders, replies/, a dropped folder). RumourEval 2017's largest
// replies/ holds 102 files and a whole event folder a few hundred threads; a listing costs ~1 KB per entry.
constexpr qsizetype kMaxFilesPerFolder = 200000;

// Times a project stores: the years ISO 8601 writes with four digits. A time outside them would be stored as an
// empty text (Qt writes no ISO date for year 10000), so it is refused instead of lost.
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
inline bool isStorableTime(const QDateTime &time)
{
    return time.isValid() && time.date().year() >= kMinYear && time.date().year() <= kMaxYear;
}

// Throws candor::Error naming the field when `text` is longer than the limit or holds a NUL character (JSON's
// \u0000, or a raw NUL some parsers let through): SQLite's text functions and every C string stop at a NUL, so
// the stored text would read as cut short.
inline void checkText(const QString &text, const QString &field)
{
    if (text.size() > kMaxRecordTextChars)
        throw Error(Error::tr("%1 of %2 characters exceeds the limit of %3")
                        .arg(field)
                        .arg(text.size())
                        .arg(kMaxRecordTextChars));
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0)
        throw Error(Error::tr("%1 holds a NUL character at position %2").arg(field).arg(nul));
}

} // namespace candor
