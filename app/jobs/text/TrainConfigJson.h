#pragma once

#include "models/text/TextModel.h"

#include <QJsonObject>

namespace candor {

// TextTrainConfig as JSON (the `--config FILE` of `candor-cli train` and the config stored with a model version).
// The keys are the field names of models::TextTrainConfig, e.g.
//   {"epochs": 10, "layers": 2, "width": 128, "learningRate": 3e-4, "trainNgramBaseline": false}
// seed, threads, trainTransformer, trainNgramBaseline, trainEnsemble, ngramHashBits, ngramLearningRate, ngramEpochs,
// vocabSize, pretrainedTokenizer (a path to a sentencepiece .model file; its bytes are read), layers, heads, width,
// feedForward, maxLength, dropout, mlmPretrainEpochs, fineTuneLastLayers, headUnits, focalAlpha, focalGamma,
// classFocalGamma, oversample, balanceClasses, minSpanLength, epochs, batchSize, learningRate, weightDecay,
// warmupFraction, patience, tuneThresholds. Keys left out keep their defaults. An unknown key or a value of the wrong
// type throws candor::Error naming it.
models::TextTrainConfig trainConfigFromJson(const QJsonObject &json, models::TextTrainConfig config = {});
// Every field except the tokenizer bytes (pretrainedTokenizer becomes true/false: whether one was given).
QJsonObject trainConfigToJson(const models::TextTrainConfig &config);

} // namespace candor
