#pragma once

#include "models/meme/MemeModel.h"

#include <QJsonObject>

namespace candor {

// The config stored with a meme model version: the MemeTrainConfig settings under snake_case keys
// (variant, seed, hash_buckets, text_width, attention_width, hidden_units, dropout, focal_alpha, focal_gamma,
// epochs, batch_size, learning_rate, weight_decay, holdout_fraction) and what the version is made of (backbone,
// files).
QJsonObject memeConfigToJson(const models::MemeTrainConfig &config);

} // namespace candor
