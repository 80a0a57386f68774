#include "core/formats/common/SafePaths.h"

#include "core/domain/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace candor {

QString resolveInside(const QString &baseDir, const QString &relative)
{
    if (relative.isEmpty())
        throw Error(Error::tr("empty file name"));
    if (QDir::isAbsolutePath(relative) || relative.contains(QLatin1Char('\\')))
        throw Error(Error::tr("file name '%1' must be relative to the import folder").arg(relative));
    const QString base = QFileInfo(baseDir).canonicalFilePath();
    const QString joined = QDir::cleanPath(base + QLatin1Char('/') + relative);
    if (!joined.startsWith(base + QLatin1Char('/')))
        throw Error(Error::tr("file name '%1' leaves the import folder").arg(relative));
    const QFileInfo info(joined);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();   // follows symbolic links
        if (!canonical.startsWith(base + QLatin1Char('/')))
            throw Error(Error::tr("file '%1' links outside the import folder").arg(relative));
        return canonical;
    }
    return joined;
}

QByteArray readFileLimited(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        throw Error(Error::tr("%1: file of %2 bytes is larger than the limit of %3").arg(path).arg(file.size()).arg(maxBytes));
    return file.readAll();
}

QString decodeUtf8Strict(const QByteArray &bytes, const QString &origin)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(Error::tr("%1: invalid UTF-8").arg(origin));
    return text;
}

} // namespace candor
