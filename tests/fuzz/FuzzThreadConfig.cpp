// The thread training config reader (`candor-cli train --task thread --config FILE`): the CLI's JSON parse,
// then threadConfigFromJson. What it accepts must survive a round trip through threadConfigToJson unchanged.
#include "app/jobs/thread/ThreadConfigJson.h"
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
        once = candor::threadConfigToJson(candor::threadConfigFromJson(document.object()));
    } catch (const candor::Error &) {
        return 0;
    }
    const QJsonObject twice = candor::threadConfigToJson(candor::threadConfigFromJson(once));
    if (twice != once) {
        std::fprintf(stderr, "thread config changed in a round trip:\n%s\n%s\n",
            QJsonDocument(once).toJson().constData(), QJsonDocument(twice).toJson().constData());
        std::abort();
    }
    return 0;
}
