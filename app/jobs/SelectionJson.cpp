#include "app/jobs/SelectionJson.h"

namespace candor {

namespace {

QJsonObject spreadJson(const models::selection::MeanSd &spread)
{
    return {{QStringLiteral("mean"), spread.mean}, {QStringLiteral("sd"), spread.sd}};
}

} // namespace

QJsonArray labelsJson(const std::vector<std::string> &labels)
{
    QJsonArray json;
    for (const std::string &label : labels)
        json.append(QString::fromStdString(label));
    return json;
}

QJsonObject candidateJson(const models::CandidateReport &candidate)
{
    QJsonObject cv;
    for (const auto &[name, spread] : candidate.cv)
        cv.insert(QString::fromStdString(name), spreadJson(spread));
    QJsonObject json{{QStringLiteral("cv"), cv}};
    if (candidate.epoch > 0)
        json.insert(QStringLiteral("epoch"), candidate.epoch);
    if (!candidate.dropped.empty())
        json.insert(QStringLiteral("dropped"), QString::fromStdString(candidate.dropped));
    QJsonObject weights;
    for (const auto &[member, permille] : candidate.weights)
        weights.insert(QString::fromStdString(member), permille / 1000.0);
    if (!weights.isEmpty())
        json.insert(QStringLiteral("weights"), weights);
    return json;
}

QJsonObject candidatesJson(const std::map<std::string, models::CandidateReport> &candidates)
{
    QJsonObject json;
    for (const auto &[name, candidate] : candidates)
        json.insert(QString::fromStdString(name), candidateJson(candidate));
    return json;
}

QJsonObject crossValidationJson(int folds, const QJsonObject &chosen, const models::LeadOverConstant &constant)
{
    const models::selection::Interval &lead = constant.lead;
    return {{QStringLiteral("folds"), folds}, {QStringLiteral("model"), chosen},
        {QStringLiteral("lead"),
            QJsonObject{{QStringLiteral("metric"), QString::fromStdString(constant.metric)},
                {QStringLiteral("constant"), spreadJson(constant.constant)},
                {QStringLiteral("answer"), labelsJson(constant.answer)}, {QStringLiteral("estimate"), lead.estimate},
                {QStringLiteral("low"), lead.low}, {QStringLiteral("high"), lead.high},
                {QStringLiteral("level"), lead.level}}}};
}

} // namespace candor
