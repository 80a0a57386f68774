#pragma once

#include "models/meme/MemeModel.h"

#include <QJsonObject>

namespace candor {

// The config stored with a meme model version: the MemeTrainConfig settings under snake_case keys
// (variant, seed, hash_buckets, text_width, attention_width, hidden_units, dropout, focal_alpha, focal_gamma,
// epochs, batch_size, learning_rate, weight_decay, holdout_fraction) and what the version is made of (backbone,
// files).
QJsonObject memeConfigToJson(const models::MemeTrainConfig &config);
// The settings of such a config (what "retrain with the last settings" and the train dialog pass), over `config`.
// backbone and files describe a saved version and are refused as settings; an unknown key or a value of the wrong
// type throws candor::Error naming it.
models::MemeTrainConfig memeConfigFromJson(const QJsonObject &json, models::MemeTrainConfig config = {});

} // namespace candor
