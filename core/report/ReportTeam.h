#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>

#include <optional>

namespace candor {

class ProjectStore;
class ReportQueries;

// The report's team section: annotators' progress on the scope and the agreement command's figures
// (AgreementReport) as rows, and its markup for both renderers (each passes how it opens a table).
class ReportTeam
{
    Q_DECLARE_TR_FUNCTIONS(ReportTeam)

public:
    // nullopt unless two or more people annotated items in scope.
    static std::optional<AnnotatorSection> build(
        const ProjectStore &store, const ReportQueries &queries, qint64 scopeItems, int resamples = 1000);
    // AgreementReport's JSON as rows: a team figure per category schema, one row per pair for spans.
    static QList<AgreementRow> rowsOf(const QJsonObject &agreement, QStringList *notes = nullptr);
    static QString html(const AnnotatorSection &section, const QString &tableStart);
};

} // namespace candor
