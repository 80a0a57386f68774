#pragma once

#include "core/formats/common/RecordLimits.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfoList>
#include <QString>

namespace candor {

// Resolves `relative` (a file name taken from an import file) inside `baseDir`. Throws candor::Error when it
// is absolute or leaves the folder (".." or a symbolic link pointing outside), so an import file can never make
// Candor read elsewhere.
QString resolveInside(const QString &baseDir, const QString &relative);

// Opens `path` for reading only when it is a regular file (after following links). A FIFO, socket or device
// would block the import, or never end, while it holds the project's write lock; the check and the open are one
// step (O_NONBLOCK, then fstat), so the file cannot be swapped in between. Throws candor::Error naming the file.
void openRegularFile(QFile &file, const QString &path);
bool isRegularFile(const QString &path); // the same test without opening, for recognises()

// Reads a whole (small) file; throws candor::Error naming it when it cannot be read or holds more than maxBytes.
// The read itself stops at the limit: /proc files and devices report a size of 0.
QByteArray readFileLimited(const QString &path, qint64 maxBytes = kMaxImageBytes);

// Strict UTF-8 decoding: throws candor::Error naming `origin` on invalid byte sequences.
QString decodeUtf8Strict(const QByteArray &bytes, const QString &origin);

// The entries of `folder` matching `filters` (QDir::Files, QDir::Dirs, ...) and `nameFilters`, sorted by name,
// never hidden ones. Symbolic links are left out unless `includeLinks` (the caller then checks each with
// resolveInside). Throws candor::Error when the folder holds more than kMaxFilesPerFolder entries.
QFileInfoList listFolder(
    const QString &folder, QDir::Filters filters, const QStringList &nameFilters = {}, bool includeLinks = false);

} // namespace candor
