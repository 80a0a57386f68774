#include "app/jobs/thread/ThreadConfigJson.h"

#include "core/domain/Error.h"

#include <cmath>
#include <functional>
#include <map>
#include <stdexcept>

namespace candor {
namespace {

using models::ThreadTasks;
using models::ThreadTrainConfig;

QString tasksName(ThreadTasks tasks)
{
    switch (tasks) {
    case ThreadTasks::StanceOnly: return QStringLiteral("stance");
    case ThreadTasks::VeracityOnly: return QStringLiteral("veracity");
    case ThreadTasks::Both: break;
    }
    return QStringLiteral("both");
}

// One reader per key; each checks the JSON type and names the key when it is wrong.
using Reader = std::function<void(const QJsonValue &, ThreadTrainConfig &)>;

Reader integer(int ThreadTrainConfig::*field)
{
    return [field](const QJsonValue &v, ThreadTrainConfig &c) {
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            throw std::invalid_argument(QT_TRANSLATE_NOOP("Error", "an integer"));
        c.*field = v.toInt();
    };
}

Reader real(double ThreadTrainConfig::*field)
{
    return [field](const QJsonValue &v, ThreadTrainConfig &c) {
        if (!v.isDouble())
            throw std::invalid_argument(QT_TRANSLATE_NOOP("Error", "a number"));
        c.*field = v.toDouble();
    };
}

Reader flag(bool ThreadTrainConfig::*field)
{
    return [field](const QJsonValue &v, ThreadTrainConfig &c) {
        if (!v.isBool())
            throw std::invalid_argument(QT_TRANSLATE_NOOP("Error", "true or false"));
        c.*field = v.toBool();
    };
}

const std::map<QString, Reader> &readers()
{
    static const std::map<QString, Reader> table{
        {QStringLiteral("seed"), [](const QJsonValue &v, ThreadTrainConfig &c) {
             // Below 2^64 and whole: a larger double does not convert (undefined behaviour, found by the fuzzer).
             const double seed = v.toDouble();
             if (!v.isDouble() || seed < 0 || seed >= 18446744073709551616.0 || std::floor(seed) != seed)
                 throw std::invalid_argument(QT_TRANSLATE_NOOP("Error", "a non-negative integer"));
             c.seed = static_cast<unsigned long long>(seed);
         }},
        {QStringLiteral("threads"), integer(&ThreadTrainConfig::threads)},
        {QStringLiteral("order"), [](const QJsonValue &v, ThreadTrainConfig &c) {
             if (v.toString() != QLatin1String("chronological") && v.toString() != QLatin1String("branches"))
                 throw std::invalid_argument(QT_TRANSLATE_NOOP("Error", "\"chronological\" or \"branches\""));
             c.order = models::postOrderFromName(v.toString().toStdString());
         }},
        {QStringLiteral("tasks"), [](const QJsonValue &v, ThreadTrainConfig &c) {
             const QString name = v.toString();
             if (name == QLatin1String("both"))
                 c.tasks = ThreadTasks::Both;
             else if (name == QLatin1String("stance"))
                 c.tasks = ThreadTasks::StanceOnly;
             else if (name == QLatin1String("veracity"))
                 c.tasks = ThreadTasks::VeracityOnly;
             else
                 throw std::invalid_argument(QT_TRANSLATE_NOOP("Error", "\"both\", \"stance\" or \"veracity\""));
         }},
        {QStringLiteral("useImages"), flag(&ThreadTrainConfig::useImages)},
        {QStringLiteral("useMeta"), flag(&ThreadTrainConfig::useMeta)},
        {QStringLiteral("useAttention"), flag(&ThreadTrainConfig::useAttention)},
        {QStringLiteral("claimStance"), flag(&ThreadTrainConfig::claimStance)},
        {QStringLiteral("selectOnVeracity"), flag(&ThreadTrainConfig::selectOnVeracity)},
        {QStringLiteral("holdOutByGroup"), flag(&ThreadTrainConfig::holdOutByGroup)},
        {QStringLiteral("hashBuckets"), integer(&ThreadTrainConfig::hashBuckets)},
        {QStringLiteral("textDim"), integer(&ThreadTrainConfig::textDim)},
        {QStringLiteral("imageInputDim"), integer(&ThreadTrainConfig::imageInputDim)},
        {QStringLiteral("imageDim"), integer(&ThreadTrainConfig::imageDim)},
        {QStringLiteral("metaState"), integer(&ThreadTrainConfig::metaState)},
        {QStringLiteral("metaDim"), integer(&ThreadTrainConfig::metaDim)},
        {QStringLiteral("taskHidden"), integer(&ThreadTrainConfig::taskHidden)},
        {QStringLiteral("dropout"), real(&ThreadTrainConfig::dropout)},
        {QStringLiteral("epochs"), integer(&ThreadTrainConfig::epochs)},
        {QStringLiteral("batchSize"), integer(&ThreadTrainConfig::batchSize)},
        {QStringLiteral("minStepsPerEpoch"), integer(&ThreadTrainConfig::minStepsPerEpoch)},
        {QStringLiteral("beta"), real(&ThreadTrainConfig::beta)},
        {QStringLiteral("learningRate"), real(&ThreadTrainConfig::learningRate)},
        {QStringLiteral("weightDecay"), real(&ThreadTrainConfig::weightDecay)},
        {QStringLiteral("decayRate"), real(&ThreadTrainConfig::decayRate)},
        {QStringLiteral("decaySteps"), integer(&ThreadTrainConfig::decaySteps)},
        {QStringLiteral("stanceClassWeightPower"), real(&ThreadTrainConfig::stanceClassWeightPower)},
        {QStringLiteral("veracityClassWeightPower"), real(&ThreadTrainConfig::veracityClassWeightPower)},
        {QStringLiteral("validationFraction"), real(&ThreadTrainConfig::validationFraction)},
        {QStringLiteral("patience"), integer(&ThreadTrainConfig::patience)},
    };
    return table;
}

} // namespace

ThreadTrainConfig threadConfigFromJson(const QJsonObject &json, ThreadTrainConfig config)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto reader = readers().find(it.key());
        if (reader == readers().end())
            throw Error(Error::tr("thread training config: unknown key \"%1\"").arg(it.key()));
        try {
            reader->second(it.value(), config);
        } catch (const std::invalid_argument &expected) {
            // The readers mark what they expect with QT_TRANSLATE_NOOP("Error", ...); it is translated here.
            throw Error(Error::tr("thread training config: \"%1\" must be %2").arg(it.key(), Error::tr(expected.what())));
        }
    }
    return config;
}

QJsonObject threadConfigToJson(const ThreadTrainConfig &c)
{
    return {
        {QStringLiteral("seed"), double(c.seed)},
        {QStringLiteral("threads"), c.threads},
        {QStringLiteral("order"), QString::fromStdString(models::postOrderName(c.order))},
        {QStringLiteral("tasks"), tasksName(c.tasks)},
        {QStringLiteral("useImages"), c.useImages},
        {QStringLiteral("useMeta"), c.useMeta},
        {QStringLiteral("useAttention"), c.useAttention},
        {QStringLiteral("claimStance"), c.claimStance},
        {QStringLiteral("selectOnVeracity"), c.selectOnVeracity},
        {QStringLiteral("holdOutByGroup"), c.holdOutByGroup},
        {QStringLiteral("hashBuckets"), c.hashBuckets},
        {QStringLiteral("textDim"), c.textDim},
        {QStringLiteral("imageInputDim"), c.imageInputDim},
        {QStringLiteral("imageDim"), c.imageDim},
        {QStringLiteral("metaState"), c.metaState},
        {QStringLiteral("metaDim"), c.metaDim},
        {QStringLiteral("taskHidden"), c.taskHidden},
        {QStringLiteral("dropout"), c.dropout},
        {QStringLiteral("epochs"), c.epochs},
        {QStringLiteral("batchSize"), c.batchSize},
        {QStringLiteral("minStepsPerEpoch"), c.minStepsPerEpoch},
        {QStringLiteral("beta"), c.beta},
        {QStringLiteral("learningRate"), c.learningRate},
        {QStringLiteral("weightDecay"), c.weightDecay},
        {QStringLiteral("decayRate"), c.decayRate},
        {QStringLiteral("decaySteps"), c.decaySteps},
        {QStringLiteral("stanceClassWeightPower"), c.stanceClassWeightPower},
        {QStringLiteral("veracityClassWeightPower"), c.veracityClassWeightPower},
        {QStringLiteral("validationFraction"), c.validationFraction},
        {QStringLiteral("patience"), c.patience},
    };
}

} // namespace candor
