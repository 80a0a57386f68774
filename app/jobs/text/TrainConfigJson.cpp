#include "app/jobs/text/TrainConfigJson.h"

#include "app/jobs/ConfigFields.h"
#include "core/domain/Error.h"
#include "models/text/TextTrainConfigFields.h"

#include <QFile>

#include <utility>

namespace candor {

namespace {

using models::TextTrainConfig;

// The words of this table's messages; translated when an error is thrown.
const char *const kNumber = QT_TRANSLATE_NOOP("Error", "a number");
const char *const kWholeNumber = QT_TRANSLATE_NOOP("Error", "a whole number");
const char *const kTrueOrFalse = QT_TRANSLATE_NOOP("Error", "true or false");

// The tokenizer is given as the path of a sentencepiece .model file, whose bytes are read; what is written back is
// only whether one was given (the bytes are stored as a model file).
void readTokenizer(TextTrainConfig &c, const QJsonValue &v)
{
    if (!v.isString())
        throw WrongConfigValue{QT_TRANSLATE_NOOP("Error", "the path of a sentencepiece .model file")};
    QFile file(v.toString());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("training config: cannot read tokenizer '%1': %2").arg(v.toString(), file.errorString()));
    const QByteArray bytes = file.readAll();
    c.pretrainedTokenizer.assign(bytes.constData(), size_t(bytes.size()));
}

QJsonValue tokenizerGiven(const TextTrainConfig &c)
{
    return QJsonValue(!c.pretrainedTokenizer.empty());
}

const ConfigFields<TextTrainConfig> &fields()
{
    static const ConfigFields<TextTrainConfig> table = [] {
        ConfigFields<TextTrainConfig> t({QT_TRANSLATE_NOOP("Error", "training config: unknown key '%1'"),
            QT_TRANSLATE_NOOP("Error", "training config: '%1' must be %2")});
        const auto addWHOLE = [&t](const char *key, auto TextTrainConfig::*member) {
            t.whole(QLatin1String(key), member, kNumber, kWholeNumber);
        };
        const auto addNUMBER
            = [&t](const char *key, double TextTrainConfig::*member) { t.number(QLatin1String(key), member, kNumber); };
        const auto addFLAG = [&t](const char *key, bool TextTrainConfig::*member) {
            t.flag(QLatin1String(key), member, kTrueOrFalse);
        };
        t.field(QStringLiteral("pretrainedTokenizer"), readTokenizer, tokenizerGiven);
#define CANDOR_ADD_FIELD(kind, member) add##kind(#member, &TextTrainConfig::member);
        CANDOR_TEXT_TRAIN_CONFIG_FIELDS(CANDOR_ADD_FIELD)
#undef CANDOR_ADD_FIELD
        return t;
    }();
    return table;
}

} // namespace

models::TextTrainConfig trainConfigFromJson(const QJsonObject &json, models::TextTrainConfig config)
{
    return fields().fromJson(json, std::move(config));
}

QJsonObject trainConfigToJson(const models::TextTrainConfig &config)
{
    return fields().toJson(config);
}

} // namespace candor
