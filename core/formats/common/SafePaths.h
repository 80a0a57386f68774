#pragma once

#include <QByteArray>
#include <QString>

namespace candor {

// Resolves `relative` (a file name taken from an import file) inside `baseDir`. Throws candor::Error when it
// is absolute or leaves the folder (".." or a symbolic link pointing outside), so an import file can never make
// Candor read elsewhere.
QString resolveInside(const QString &baseDir, const QString &relative);

// Reads a whole (small) file; throws candor::Error naming it on failure or when larger than maxBytes.
QByteArray readFileLimited(const QString &path, qint64 maxBytes = 256LL * 1024 * 1024);

// Strict UTF-8 decoding: throws candor::Error naming `origin` on invalid byte sequences.
QString decodeUtf8Strict(const QByteArray &bytes, const QString &origin);

} // namespace candor
