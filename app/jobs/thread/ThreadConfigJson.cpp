#include "app/jobs/thread/ThreadConfigJson.h"

#include "app/jobs/ConfigFields.h"

#include <utility>

namespace candor {
namespace {

using models::PostOrder;
using models::ThreadTasks;
using models::ThreadTrainConfig;

// The words of this table's messages; translated when an error is thrown.
const char *const kInteger = QT_TRANSLATE_NOOP("Error", "an integer");
const char *const kNumber = QT_TRANSLATE_NOOP("Error", "a number");
const char *const kTrueOrFalse = QT_TRANSLATE_NOOP("Error", "true or false");

QString orderName(PostOrder order)
{
    return QString::fromStdString(models::postOrderName(order));
}

const ConfigFields<ThreadTrainConfig> &fields()
{
    static const ConfigFields<ThreadTrainConfig> table = [] {
        ConfigFields<ThreadTrainConfig> t({QT_TRANSLATE_NOOP("Error", "thread training config: unknown key \"%1\""),
            QT_TRANSLATE_NOOP("Error", "thread training config: \"%1\" must be %2")});
        const auto integer = [&t](const char *key, int ThreadTrainConfig::*member) {
            t.whole(QLatin1String(key), member, kInteger, kInteger);
        };
        const auto real = [&t](const char *key, double ThreadTrainConfig::*member) {
            t.number(QLatin1String(key), member, kNumber);
        };
        const auto flag = [&t](const char *key, bool ThreadTrainConfig::*member) {
            t.flag(QLatin1String(key), member, kTrueOrFalse);
        };
        const char *const seedWords = QT_TRANSLATE_NOOP("Error", "a non-negative integer");
        t.whole(QStringLiteral("seed"), &ThreadTrainConfig::seed, seedWords, seedWords);
        integer("threads", &ThreadTrainConfig::threads);
        t.choice(QStringLiteral("order"), &ThreadTrainConfig::order,
            {{orderName(PostOrder::Chronological), PostOrder::Chronological},
                {orderName(PostOrder::Branches), PostOrder::Branches}},
            QT_TRANSLATE_NOOP("Error", "\"chronological\" or \"branches\""));
        t.choice(QStringLiteral("tasks"), &ThreadTrainConfig::tasks,
            {{QStringLiteral("both"), ThreadTasks::Both}, {QStringLiteral("stance"), ThreadTasks::StanceOnly},
                {QStringLiteral("veracity"), ThreadTasks::VeracityOnly}},
            QT_TRANSLATE_NOOP("Error", "\"both\", \"stance\" or \"veracity\""));
        flag("useImages", &ThreadTrainConfig::useImages);
        flag("useMeta", &ThreadTrainConfig::useMeta);
        flag("useAttention", &ThreadTrainConfig::useAttention);
        flag("claimStance", &ThreadTrainConfig::claimStance);
        flag("selectOnVeracity", &ThreadTrainConfig::selectOnVeracity);
        flag("holdOutByGroup", &ThreadTrainConfig::holdOutByGroup);
        integer("hashBuckets", &ThreadTrainConfig::hashBuckets);
        integer("textDim", &ThreadTrainConfig::textDim);
        integer("imageInputDim", &ThreadTrainConfig::imageInputDim);
        integer("imageDim", &ThreadTrainConfig::imageDim);
        integer("metaState", &ThreadTrainConfig::metaState);
        integer("metaDim", &ThreadTrainConfig::metaDim);
        integer("taskHidden", &ThreadTrainConfig::taskHidden);
        real("dropout", &ThreadTrainConfig::dropout);
        integer("epochs", &ThreadTrainConfig::epochs);
        integer("batchSize", &ThreadTrainConfig::batchSize);
        integer("minStepsPerEpoch", &ThreadTrainConfig::minStepsPerEpoch);
        real("beta", &ThreadTrainConfig::beta);
        real("learningRate", &ThreadTrainConfig::learningRate);
        real("weightDecay", &ThreadTrainConfig::weightDecay);
        real("decayRate", &ThreadTrainConfig::decayRate);
        integer("decaySteps", &ThreadTrainConfig::decaySteps);
        real("stanceClassWeightPower", &ThreadTrainConfig::stanceClassWeightPower);
        real("veracityClassWeightPower", &ThreadTrainConfig::veracityClassWeightPower);
        real("validationFraction", &ThreadTrainConfig::validationFraction);
        integer("patience", &ThreadTrainConfig::patience);
        return t;
    }();
    return table;
}

} // namespace

ThreadTrainConfig threadConfigFromJson(const QJsonObject &json, ThreadTrainConfig config)
{
    return fields().fromJson(json, std::move(config));
}

QJsonObject threadConfigToJson(const ThreadTrainConfig &config)
{
    return fields().toJson(config);
}

} // namespace candor
