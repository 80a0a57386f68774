#pragma once

// One image map of a meme, computed on demand and stored with the model version's predictions (image_maps):
// the caption's attention over the 7x7 grid, or the Grad-CAM of one technique. The GUI's meme view asks for a
// missing map through this job (on a worker thread); candor-cli heatmap runs it before drawing.

#include "app/jobs/EngineJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace candor {

struct MemeMapOptions
{
    qint64 itemId = 0;
    std::optional<qint64> modelVersionId; // default: the latest fused version
    QString technique; // persuasion-22 name for Grad-CAM; empty: attention
    QString modelsFolder; // pretrained backbones; empty: MemeTaskData::defaultModelsFolder()
};

struct MemeMapResult
{
    qint64 itemId = 0;
    QString technique;
    qint64 modelVersionId = 0;
    qint64 mediaId = 0;
    int rows = 0;
    int cols = 0;
    std::vector<float> weights;
    double score = -1; // the technique's probability for this meme (Grad-CAM only)

    QJsonObject toJson() const;
    QString summary() const;
};

// run() throws candor::Error naming the project and item: not a meme with an image, a text-only model version, an
// unknown technique, a missing backbone file.
class MemeMapJob final : public TypedEngineJob<MemeMapResult>
{
    Q_DECLARE_TR_FUNCTIONS(MemeMapJob)

public:
    MemeMapJob(QString projectPath, MemeMapOptions options);
    QString title() const override;

protected:
    MemeMapResult execute() override;

private:
    MemeMapOptions m_options;
};

} // namespace candor
