// The text training config reader (`candor-cli train --config FILE`, and the config stored with a version):
// the CLI's JSON parse, then trainConfigFromJson. What it accepts must survive a round trip through
// trainConfigToJson unchanged; a refusal is a candor::Error.
#include "app/jobs/text/TrainConfigJson.h"
#include "core/domain/Error.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QJsonObject once;
    try {
        once = candor::trainConfigToJson(candor::trainConfigFromJson(document.object()));
    } catch (const candor::Error &) {
        return 0;
    }
    // pretrainedTokenizer is written as whether one was given (its bytes are not JSON): not read back.
    QJsonObject again = once;
    again.remove(QStringLiteral("pretrainedTokenizer"));
    const QJsonObject twice = candor::trainConfigToJson(candor::trainConfigFromJson(again));
    if (twice != once) {
        std::fprintf(stderr, "train config changed in a round trip:\n%s\n%s\n",
            QJsonDocument(once).toJson().constData(), QJsonDocument(twice).toJson().constData());
        std::abort();
    }
    return 0;
}
