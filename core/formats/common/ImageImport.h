#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace candor {

class ImportContext;
class ProjectStore;

// Stores the bytes of an image an import read for one record and returns its media id. A new image is counted;
// when the decoder worked around damage (libjpeg's "corrupt JPEG data") the image is kept, a warning names the
// file, the record and the damage, and the record's metadata gets "image_warning" so the mark stays with the
// data. Throws candor::Error like ProjectStore::addMedia for an image that cannot be stored.
qint64 storeImportedImage(ProjectStore &store, ImportContext &context, const QByteArray &bytes, const QString &origin,
    const QString &file, const QString &record, QJsonObject &metadata);

} // namespace candor
