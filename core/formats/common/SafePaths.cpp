#include "core/formats/common/SafePaths.h"

#include "core/domain/Error.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace candor {

QString resolveInside(const QString &baseDir, const QString &relative)
{
    if (relative.isEmpty())
        throw Error(Error::tr("empty file name"));
    if (QDir::isAbsolutePath(relative) || relative.contains(QLatin1Char('\\')))
        throw Error(Error::tr("file name '%1' must be relative to the import folder").arg(relative));
    if (relative.contains(QChar(0)))
        throw Error(Error::tr("file name '%1' holds a NUL character")
                        .arg(QString(relative).replace(QChar(0), QStringLiteral("\\0"))));
    const QString base = QFileInfo(baseDir).canonicalFilePath();
    // A folder that is not there has no canonical path: an empty base would make every absolute path "inside".
    if (base.isEmpty())
        throw Error(Error::tr("the folder '%1' of '%2' does not exist").arg(baseDir, relative));
    const QString prefix = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/'); // "/" stays "/"
    const QString joined = QDir::cleanPath(prefix + relative);
    if (!joined.startsWith(prefix))
        throw Error(Error::tr("file name '%1' leaves the import folder").arg(relative));
    const QFileInfo info(joined);
    if (info.exists() || info.isSymLink()) {
        const QString canonical = info.canonicalFilePath(); // follows symbolic links; empty for a dangling one
        if (!canonical.startsWith(prefix))
            throw Error(Error::tr("file '%1' links outside the import folder").arg(relative));
        return canonical;
    }
    return joined;
}

bool isRegularFile(const QString &path)
{
    // QFileInfo::isFile() is true for regular files only (a FIFO, socket or device is neither file nor folder).
    return QFileInfo(path).isFile();
}

void openRegularFile(QFile &file, const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        file.setFileName(path);
        file.open(QIODevice::ReadOnly); // for Qt's wording of the reason
        throw Error(Error::tr("%1: cannot open: %2").arg(path, file.errorString()));
    }
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        throw Error(Error::tr("%1: not a regular file (a folder, FIFO, socket or device is never read)").arg(path));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file.setFileName(path);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw Error(Error::tr("%1: cannot open: %2").arg(path, file.errorString()));
    }
#else
    if (!isRegularFile(path))
        throw Error(Error::tr("%1: not a regular file (a folder, FIFO, socket or device is never read)").arg(path));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("%1: cannot open: %2").arg(path, file.errorString()));
#endif
}

QByteArray readFileLimited(const QString &path, qint64 maxBytes)
{
    QFile file;
    openRegularFile(file, path);
    if (file.size() > maxBytes)
        throw Error(
            Error::tr("%1: file of %2 bytes is larger than the limit of %3").arg(path).arg(file.size()).arg(maxBytes));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        throw Error(Error::tr("%1: file is larger than the limit of %2 bytes").arg(path).arg(maxBytes));
    return bytes;
}

QString decodeUtf8Strict(const QByteArray &bytes, const QString &origin)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(Error::tr("%1: invalid UTF-8").arg(origin));
    return text;
}

QFileInfoList listFolder(
    const QString &folder, QDir::Filters filters, const QStringList &nameFilters, bool includeLinks)
{
    QFileInfoList entries;
    QDirIterator it(
        folder, nameFilters, filters | QDir::NoDotAndDotDot | (includeLinks ? QDir::Filters() : QDir::NoSymLinks));
    while (it.hasNext()) {
        it.next();
        if (entries.size() >= kMaxFilesPerFolder)
            throw Error(
                Error::tr("%1: the folder holds more than %2 entries, the limit").arg(folder).arg(kMaxFilesPerFolder));
        entries.append(it.fileInfo());
    }
    std::sort(entries.begin(), entries.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
    return entries;
}

} // namespace candor
