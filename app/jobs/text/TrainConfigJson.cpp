#include "app/jobs/text/TrainConfigJson.h"

#include "core/domain/Error.h"

#include <QFile>
#include <QJsonValue>

#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace candor {

namespace {

using models::TextTrainConfig;

// One entry per field: how to read it from JSON and how to write it back.
struct Field
{
    std::function<void(TextTrainConfig &, const QJsonValue &, const QString &)> read;
    std::function<QJsonValue(const TextTrainConfig &)> write;
};

[[noreturn]] void wrongType(const QString &key, const char *expected)
{
    // `expected` is marked with QT_TRANSLATE_NOOP at the call sites, so it is translated here.
    throw Error(Error::tr("training config: '%1' must be %2").arg(key, Error::tr(expected)));
}

double number(const QJsonValue &value, const QString &key)
{
    if (!value.isDouble())
        wrongType(key, QT_TRANSLATE_NOOP("Error", "a number"));
    return value.toDouble();
}

// A whole number that fits the field's type. A double beyond the type's range does not convert (undefined
// behaviour; the config fuzzer found "epochs": 1e72) and a narrowing cast would silently change it: both refused.
template<typename T>
T integer(const QJsonValue &value, const QString &key)
{
    const double x = number(value, key);
    if (std::floor(x) != x)
        wrongType(key, QT_TRANSLATE_NOOP("Error", "a whole number"));
    const double lowest = double(std::numeric_limits<T>::lowest());
    const double end = std::ldexp(1.0, std::numeric_limits<T>::digits);   // 2^31 for int, 2^64 for unsigned long long
    if (x < lowest || x >= end)
        throw Error(Error::tr("training config: '%1' must be a whole number from %2 to %3")
                        .arg(key, QString::number(std::numeric_limits<T>::lowest()), QString::number(std::numeric_limits<T>::max())));
    return static_cast<T>(x);
}

template<typename T>
Field intField(T TextTrainConfig::*member)
{
    return {[member](TextTrainConfig &c, const QJsonValue &v, const QString &k) { c.*member = integer<T>(v, k); },
            [member](const TextTrainConfig &c) { return QJsonValue(static_cast<double>(c.*member)); }};
}

Field doubleField(double TextTrainConfig::*member)
{
    return {[member](TextTrainConfig &c, const QJsonValue &v, const QString &k) { c.*member = number(v, k); },
            [member](const TextTrainConfig &c) { return QJsonValue(c.*member); }};
}

Field boolField(bool TextTrainConfig::*member)
{
    return {[member](TextTrainConfig &c, const QJsonValue &v, const QString &k) {
                if (!v.isBool())
                    wrongType(k, QT_TRANSLATE_NOOP("Error", "true or false"));
                c.*member = v.toBool();
            },
            [member](const TextTrainConfig &c) { return QJsonValue(c.*member); }};
}

Field tokenizerField()
{
    return {[](TextTrainConfig &c, const QJsonValue &v, const QString &k) {
                if (!v.isString())
                    wrongType(k, QT_TRANSLATE_NOOP("Error", "the path of a sentencepiece .model file"));
                QFile file(v.toString());
                if (!file.open(QIODevice::ReadOnly))
                    throw Error(Error::tr("training config: cannot read tokenizer '%1': %2").arg(v.toString(), file.errorString()));
                const QByteArray bytes = file.readAll();
                c.pretrainedTokenizer.assign(bytes.constData(), size_t(bytes.size()));
            },
            [](const TextTrainConfig &c) { return QJsonValue(!c.pretrainedTokenizer.empty()); }};
}

const std::map<QString, Field> &fields()
{
    static const std::map<QString, Field> table = {
        {QStringLiteral("seed"), intField(&TextTrainConfig::seed)},
        {QStringLiteral("threads"), intField(&TextTrainConfig::threads)},
        {QStringLiteral("trainTransformer"), boolField(&TextTrainConfig::trainTransformer)},
        {QStringLiteral("trainNgramBaseline"), boolField(&TextTrainConfig::trainNgramBaseline)},
        {QStringLiteral("trainEnsemble"), boolField(&TextTrainConfig::trainEnsemble)},
        {QStringLiteral("ngramHashBits"), intField(&TextTrainConfig::ngramHashBits)},
        {QStringLiteral("ngramLearningRate"), doubleField(&TextTrainConfig::ngramLearningRate)},
        {QStringLiteral("ngramEpochs"), intField(&TextTrainConfig::ngramEpochs)},
        {QStringLiteral("vocabSize"), intField(&TextTrainConfig::vocabSize)},
        {QStringLiteral("pretrainedTokenizer"), tokenizerField()},
        {QStringLiteral("layers"), intField(&TextTrainConfig::layers)},
        {QStringLiteral("heads"), intField(&TextTrainConfig::heads)},
        {QStringLiteral("width"), intField(&TextTrainConfig::width)},
        {QStringLiteral("feedForward"), intField(&TextTrainConfig::feedForward)},
        {QStringLiteral("maxLength"), intField(&TextTrainConfig::maxLength)},
        {QStringLiteral("dropout"), doubleField(&TextTrainConfig::dropout)},
        {QStringLiteral("mlmPretrainEpochs"), intField(&TextTrainConfig::mlmPretrainEpochs)},
        {QStringLiteral("fineTuneLastLayers"), intField(&TextTrainConfig::fineTuneLastLayers)},
        {QStringLiteral("headUnits"), intField(&TextTrainConfig::headUnits)},
        {QStringLiteral("focalAlpha"), doubleField(&TextTrainConfig::focalAlpha)},
        {QStringLiteral("focalGamma"), doubleField(&TextTrainConfig::focalGamma)},
        {QStringLiteral("classFocalGamma"), doubleField(&TextTrainConfig::classFocalGamma)},
        {QStringLiteral("oversample"), boolField(&TextTrainConfig::oversample)},
        {QStringLiteral("balanceClasses"), boolField(&TextTrainConfig::balanceClasses)},
        {QStringLiteral("minSpanLength"), intField(&TextTrainConfig::minSpanLength)},
        {QStringLiteral("epochs"), intField(&TextTrainConfig::epochs)},
        {QStringLiteral("batchSize"), intField(&TextTrainConfig::batchSize)},
        {QStringLiteral("learningRate"), doubleField(&TextTrainConfig::learningRate)},
        {QStringLiteral("weightDecay"), doubleField(&TextTrainConfig::weightDecay)},
        {QStringLiteral("warmupFraction"), doubleField(&TextTrainConfig::warmupFraction)},
        {QStringLiteral("patience"), intField(&TextTrainConfig::patience)},
        {QStringLiteral("tuneThresholds"), boolField(&TextTrainConfig::tuneThresholds)},
    };
    return table;
}

} // namespace

models::TextTrainConfig trainConfigFromJson(const QJsonObject &json, models::TextTrainConfig config)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto field = fields().find(it.key());
        if (field == fields().end())
            throw Error(Error::tr("training config: unknown key '%1'").arg(it.key()));
        field->second.read(config, it.value(), it.key());
    }
    return config;
}

QJsonObject trainConfigToJson(const models::TextTrainConfig &config)
{
    QJsonObject json;
    for (const auto &[key, field] : fields())
        json.insert(key, field.write(config));
    return json;
}

} // namespace candor
