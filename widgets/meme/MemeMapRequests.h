#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace candor {

// One stored image map of a meme model version (see core/store/MemeStore.h): the caption's attention over the
// image grid, or the Grad-CAM of one technique.
struct MemeMapKey
{
    qint64 itemId = 0;
    qint64 modelVersionId = 0;
    QString kind; // "attention" or "gradcam"
    QString label; // the technique of a Grad-CAM map; empty for attention

    friend bool operator==(const MemeMapKey &a, const MemeMapKey &b)
    {
        return a.itemId == b.itemId && a.modelVersionId == b.modelVersionId && a.kind == b.kind && a.label == b.label;
    }
};

// The meme view's way to get a missing map computed without knowing the engine (widgets never link torch):
// the application implements request() by starting a job that computes the map on a worker thread and writes it
// to the project, then emits mapStored (or mapFailed). request() returns at once.
class MemeMapRequests : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeMapRequests)

public:
    using QObject::QObject;
    virtual void request(const candor::MemeMapKey &key) = 0;

Q_SIGNALS:
    void mapStored(const candor::MemeMapKey &key);
    void mapFailed(const candor::MemeMapKey &key, const QString &message);
};

} // namespace candor

Q_DECLARE_METATYPE(candor::MemeMapKey)
