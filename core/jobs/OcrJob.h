#pragma once

#include "core/jobs/Job.h"
#include "core/ocr/MemeOcr.h"
#include "core/store/ItemQuery.h"

#include <optional>

namespace candor {

// Tools > OCR current filter: reads the images of the memes a browser filter lists with Tesseract (core/ocr/OcrPass)
// on a worker thread with its own connection. Each image is written in its own transaction, so a cancel keeps the
// images read before it (and says so).
class OcrJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OcrJob)

public:
    OcrJob(
        const QString &projectPath, const ItemQuery &filter, const OcrOptions &options = {}, QObject *parent = nullptr);
    QString cancelOutcome() const override;

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    ItemQuery m_filter;
    OcrOptions m_options;
    std::atomic_int m_read{0};
};

} // namespace candor
