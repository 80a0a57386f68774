#pragma once

#include "core/report/ReportBuilder.h"
#include "core/report/ReportModel.h"

#include <QCoreApplication>

namespace candor {

class ProjectStore;

// The near-duplicate clusters of the posts a report's verdict section shows as fake: whether the same picture or
// wording travels elsewhere in the project, and what people, the dataset or a fact check said of those copies.
// The lookup is SimilarItems' (the window's Similar panel and `candor-cli similar`), over the whole project.
class VerdictClusters
{
    Q_DECLARE_TR_FUNCTIONS(VerdictClusters)

public:
    // One cluster per flagged example with at least one near-duplicate, in the section's order.
    static QList<VerdictCluster> of(
        const ProjectStore &store, const LabelSection &verdicts, const ReportOptions &options);
    static QString html(const QList<VerdictCluster> &clusters, const QString &tableStart);
};

} // namespace candor
