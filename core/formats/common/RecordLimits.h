#pragma once

#include "core/domain/Error.h"

#include <QString>

namespace candor {

// Limits on one imported record, so a hostile file cannot make a project hold gigabytes in one row or make a
// view try to lay out a 50 MB paragraph. Real posts, messages and meme texts are far below them (a Telegram
// message is at most 4096 characters, a long article ~100 KB).
constexpr qsizetype kMaxRecordTextChars = 2 * 1024 * 1024;   // UTF-16 code units per text field

// Throws candor::Error naming the field when `text` is longer than the limit.
inline void checkTextLength(const QString &text, const QString &field)
{
    if (text.size() > kMaxRecordTextChars)
        throw Error(Error::tr("%1 of %2 characters exceeds the limit of %3").arg(field).arg(text.size()).arg(kMaxRecordTextChars));
}

} // namespace candor
