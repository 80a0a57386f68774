#include "app/jobs/thread/ThreadScoring.h"

#include "core/metrics/ClassificationMetrics.h"
#include "models/selection/Baselines.h"
#include "models/selection/CvSummary.h"
#include "models/selection/Folds.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <string>

namespace candor {
namespace {

// Post ids are unique per source, but keyed by thread too so two imports of one tweet cannot collide.
std::string postKey(const ThreadTaskItem &item, size_t post)
{
    return item.example.id + '/' + item.example.posts[post].id;
}

QJsonObject scoresOf(const std::map<std::string, std::string> &stanceGold,
    const std::map<std::string, std::string> &stanceAnswers, const std::map<std::string, std::string> &veracityGold,
    const std::map<std::string, metrics::VeracityAnswer> &veracityAnswers)
{
    QJsonObject result;
    if (!stanceGold.empty()) {
        const metrics::StanceScores s = metrics::rumourEvalStance(stanceGold, stanceAnswers);
        result[QStringLiteral("stance_accuracy")] = s.accuracy;
        result[QStringLiteral("stance_macro_f1")] = s.macroF1;
    }
    if (!veracityGold.empty()) {
        const metrics::VeracityScores v = metrics::rumourEvalVeracity(veracityGold, veracityAnswers);
        result[QStringLiteral("veracity_accuracy")] = v.accuracy;
        result[QStringLiteral("veracity_macro_f1")] = v.macroF1;
        result[QStringLiteral("veracity_rmse")] = v.rmse;
    }
    return result;
}

} // namespace

QJsonObject threadMetrics(const QList<ThreadTaskItem> &items, const std::vector<models::ThreadPrediction> &predictions)
{
    std::map<std::string, std::string> stanceGold, stanceAnswers, veracityGold;
    std::map<std::string, metrics::VeracityAnswer> veracityAnswers;
    for (int t = 0; t < items.size(); ++t) {
        const ThreadTaskItem &item = items[t];
        const models::ThreadPrediction *prediction = size_t(t) < predictions.size() ? &predictions[t] : nullptr;
        for (size_t p = 0; p < item.example.posts.size(); ++p) {
            const int gold = item.example.posts[p].stance;
            if (gold < 0)
                continue;
            stanceGold[postKey(item, p)] = models::stanceLabels()[gold];
            if (prediction && p < prediction->stance.size())
                stanceAnswers[postKey(item, p)] = models::stanceLabels()[prediction->stance[p]];
        }
        if (item.example.veracity >= 0) {
            veracityGold[item.example.id] = models::veracityLabels()[item.example.veracity];
            if (prediction)
                veracityAnswers[item.example.id]
                    = {models::veracityLabels()[prediction->veracity], prediction->veracityConfidence};
        }
    }
    return scoresOf(stanceGold, stanceAnswers, veracityGold, veracityAnswers);
}

QJsonObject majorityBaselineMetrics(const QList<ThreadTaskItem> &train, const QList<ThreadTaskItem> &items)
{
    std::vector<int> stanceCounts(models::stanceLabels().size(), 0), veracityCounts(models::veracityLabels().size(), 0);
    for (const ThreadTaskItem &item : train) {
        for (const models::ThreadPostExample &post : item.example.posts)
            if (post.stance >= 0)
                ++stanceCounts[post.stance];
        if (item.example.veracity >= 0)
            ++veracityCounts[item.example.veracity];
    }
    const int stance = int(std::max_element(stanceCounts.begin(), stanceCounts.end()) - stanceCounts.begin());
    const int veracity = int(std::max_element(veracityCounts.begin(), veracityCounts.end()) - veracityCounts.begin());
    int veracityTotal = 0;
    for (int c : veracityCounts)
        veracityTotal += c;
    std::vector<models::ThreadPrediction> answers;
    for (const ThreadTaskItem &item : items) {
        models::ThreadPrediction p;
        p.stance.assign(item.example.posts.size(), stance);
        p.veracity = veracity;
        p.veracityConfidence = veracityTotal ? float(veracityCounts[veracity]) / float(veracityTotal) : 0.0f;
        answers.push_back(std::move(p));
    }
    return threadMetrics(items, answers);
}

namespace {

// The majority class of one target by folds grouped so that no group is on both sides, and on dev.
QJsonObject groupedMajority(const std::vector<int> &classes, const std::vector<std::string> &groups,
    const std::vector<int> &devClasses, const std::vector<std::string> &labels, const QString &metric,
    const QString &rule)
{
    std::vector<std::string> distinct = groups;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const int k = int(std::min<size_t>(5, distinct.size()));
    if (k < 2 || classes.empty())
        return {};
    namespace selection = models::selection;
    const selection::FoldPlan plan = selection::groupedFolds(groups, classes, k, 1);
    const selection::MajorityBaseline majority = selection::majorityClassBaseline(classes, int(labels.size()), plan);
    const int answer = selection::majorityClass(classes, int(labels.size()));
    const selection::MeanSd cv = selection::meanSd(majority.scores.accuracy);
    QJsonArray warnings;
    for (const std::string &warning : plan.warnings)
        warnings.append(QString::fromStdString(warning));
    QJsonObject baseline{{QStringLiteral("rule"), rule}, {QStringLiteral("metric"), metric},
        {QStringLiteral("answer"), QJsonArray{QString::fromStdString(labels[size_t(answer)])}},
        {QStringLiteral("cv"),
            QJsonObject{
                {QStringLiteral("mean"), cv.mean}, {QStringLiteral("sd"), cv.sd}, {QStringLiteral("folds"), cv.count}}},
        {QStringLiteral("warnings"), warnings}};
    if (!devClasses.empty()) {
        const auto right = std::count(devClasses.begin(), devClasses.end(), answer);
        baseline.insert(QStringLiteral("dev"), double(right) / double(devClasses.size()));
    }
    return baseline;
}

} // namespace

QJsonArray threadConstantAnswers(const QList<ThreadTaskItem> &train, const QList<ThreadTaskItem> &dev)
{
    std::vector<int> stance, veracity, devStance, devVeracity;
    std::vector<std::string> threads, events;
    for (const ThreadTaskItem &item : train) {
        for (const models::ThreadPostExample &post : item.example.posts)
            if (post.stance >= 0) {
                stance.push_back(post.stance);
                threads.push_back(item.example.id);
            }
        if (item.example.veracity >= 0) {
            veracity.push_back(item.example.veracity);
            events.push_back(item.example.group);
        }
    }
    for (const ThreadTaskItem &item : dev) {
        for (const models::ThreadPostExample &post : item.example.posts)
            if (post.stance >= 0)
                devStance.push_back(post.stance);
        if (item.example.veracity >= 0)
            devVeracity.push_back(item.example.veracity);
    }
    QJsonArray baselines;
    for (const QJsonObject &baseline :
        {groupedMajority(stance, threads, devStance, models::stanceLabels(), QStringLiteral("stance_accuracy"),
             QStringLiteral("always the majority training stance, folds grouped by thread")),
            groupedMajority(veracity, events, devVeracity, models::veracityLabels(),
                QStringLiteral("veracity_accuracy"),
                QStringLiteral("always the majority training veracity, folds grouped by event"))})
        if (!baseline.isEmpty())
            baselines.append(baseline);
    return baselines;
}

} // namespace candor
