#pragma once

#include "models/thread/ThreadModel.h"

#include <QJsonObject>

namespace candor {

// ThreadTrainConfig as JSON (the `--config FILE` of `candor-cli train --task thread` and the config stored with
// a thread model version). Keys are the field names of models::ThreadTrainConfig, e.g.
//   {"order": "chronological", "epochs": 10, "useMeta": false, "tasks": "stance"}
// order: chronological | branches; tasks: both | stance | veracity. Keys left out keep their defaults; an
// unknown key or a value of the wrong type throws candor::Error naming it.
models::ThreadTrainConfig threadConfigFromJson(const QJsonObject &json, models::ThreadTrainConfig config = {});
QJsonObject threadConfigToJson(const models::ThreadTrainConfig &config);

} // namespace candor
