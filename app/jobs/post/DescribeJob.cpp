#include "app/jobs/post/DescribeJob.h"

#include "app/jobs/post/DescribeImages.h"
#include "core/store/ItemReader.h"
#include "core/store/ProjectStore.h"

namespace candor {

DescribeJob::DescribeJob(
    const QString &projectPath, const ItemQuery &filter, const QString &modelsFolder, QObject *parent)
    : Job(tr("Describe the pictures of the current filter"), parent)
    , m_projectPath(projectPath)
    , m_filter(filter)
    , m_modelsFolder(modelsFolder)
{
}

QString DescribeJob::cancelOutcome() const
{
    const int done = m_done.load();
    return done == 0 ? Job::cancelOutcome()
                     : tr("the descriptions of the %n picture(s) read before the cancel are kept", nullptr, done);
}

QJsonObject DescribeJob::run()
{
    QList<qint64> ids;
    {
        const ProjectStore store(m_projectPath);
        ids = ItemReader(store).ids(m_filter, [this] { return isCancelled(); });
    }
    if (isCancelled())
        return {};
    if (ids.isEmpty()) {
        log(tr("The filter lists no item: nothing to describe"));
        markCompleted();
        return {{QStringLiteral("pictures"), 0}};
    }
    DescribeImagesOptions options;
    options.modelsFolder = m_modelsFolder;
    options.itemIds = ids;
    const DescribeImagesResult result = describeImages(
        m_projectPath, options,
        [this](int done, int total) {
            m_done.store(done);
            reportProgress(done, total);
        },
        cancelToken().flag());
    if (result.cancelled)
        return {};
    markCompleted();
    for (const QString &problem : result.problems)
        log(problem);
    log(tr("%n picture(s) described (%1 new, %2 ms each); %3 could not be read", nullptr, result.pictures)
            .arg(result.computed)
            .arg(result.msPerPicture, 0, 'f', 0)
            .arg(result.problems.size()));
    if (!result.objects)
        log(tr("No objects: the pretrained MobileNetV2 is not in the models folder"));
    if (!result.faces)
        log(tr("No faces: OpenCV's face cascade is not installed (Debian package opencv-data)"));
    return {{QStringLiteral("items"), result.items}, {QStringLiteral("pictures"), result.pictures},
        {QStringLiteral("computed"), result.computed}, {QStringLiteral("problems"), int(result.problems.size())}};
}

} // namespace candor
