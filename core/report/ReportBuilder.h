#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace candor {

class ProjectStore;

struct ReportOptions
{
    int examplesPerLabel = 3;
    int contextCodePoints = 120; // each side of an example's span
    int spanCodePoints = 300; // longer spans (and whole texts) are cut here
    int deniedThreads = 10;
    int clusterMembers = 8; // near-duplicates listed per flagged post
    // The window's Charts dock wants the figures only: no agreement (its bootstrap is the slow part of a team's
    // report) and no near-duplicate lookups.
    bool figuresOnly = false;
    QString generatedBy; // empty: the account running Candor
    QDateTime generatedAt; // invalid: now
};

// Builds the one ReportModel both renderers (HTML here in core, PDF in widgets) draw, from the project store's
// report queries. Sections the scope has no data for stay absent. `progress(done, total)` after each section;
// a set `cancel` flag stops between sections with candor::Error. Throws candor::Error on database errors.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static ReportModel build(const ProjectStore &store, const ReportScope &scope, const ReportOptions &options = {},
        const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr);

    // "all items" or the filter's set fields ("kind meme · source semeval"), the saved filter's name first.
    static QString describeScope(const ReportScope &scope);
};

} // namespace candor
