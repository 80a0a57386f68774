#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>

namespace candor {

class ProjectStore;

// Inter-annotator agreement of a project's human rows, per task, as one JSON object (what `candor-cli agreement`
// prints, and what a Team view would show). Tasks and their schemas:
//   persuasion-labels  persuasion-20 item labels, multi-label: per label a yes/no decision per item, and micro
//                      (every item × label one decision)
//   persuasion-spans   persuasion-20 spans: pairwise exact and SemEval partial span F1 and unitizing alpha, per
//                      label and pooled
//   narrative          oppositional-2 item labels (one category per item) and narrative-6 spans
//   stance             stance-4 per post of a thread (one category per post)
// For categories: Krippendorff's nominal alpha and Fleiss' kappa over all annotators, Cohen's kappa per pair.
// Every figure has a 95% percentile-bootstrap interval over units (items, or posts for stance), seeded. Who counts
// as having annotated what is AgreementQueries's rule. Throws candor::Error for an unknown task or a database error.
class AgreementReport
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)

public:
    struct Options
    {
        int resamples = 1000;
        std::uint64_t seed = 14;
        // Figures per label too (each with its own bootstrap: most of the time on a large team project). A report
        // that shows the overall figures only leaves them out.
        bool perLabel = true;
    };

    static QStringList taskNames();
    // `tasks` empty: every task.
    static QJsonObject compute(const ProjectStore &store, const QStringList &tasks, const Options &options);
};

} // namespace candor
