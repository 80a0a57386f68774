#pragma once

// Every field of models::TextTrainConfig except pretrainedTokenizer (bytes, which each codec handles its own way),
// listed once, so that the two JSON codecs of the config cannot drift apart: the app's (`--config FILE`, the config
// stored with a version, translated errors; app/jobs/text/TrainConfigJson) and the training bundle's (no Qt;
// models/bundle/BundleJson). X(kind, member): kind is WHOLE (an integral member), NUMBER (double) or FLAG (bool);
// the JSON key is the member's name.
#define CANDOR_TEXT_TRAIN_CONFIG_FIELDS(X)                                                                             \
    X(WHOLE, seed)                                                                                                     \
    X(WHOLE, threads)                                                                                                  \
    X(FLAG, trainTransformer)                                                                                          \
    X(FLAG, trainNgramBaseline)                                                                                        \
    X(FLAG, trainLinear)                                                                                               \
    X(FLAG, trainEnsemble)                                                                                             \
    X(WHOLE, ngramHashBits)                                                                                            \
    X(NUMBER, ngramLearningRate)                                                                                       \
    X(WHOLE, ngramEpochs)                                                                                              \
    X(WHOLE, vocabSize)                                                                                                \
    X(WHOLE, layers)                                                                                                   \
    X(WHOLE, heads)                                                                                                    \
    X(WHOLE, width)                                                                                                    \
    X(WHOLE, feedForward)                                                                                              \
    X(WHOLE, maxLength)                                                                                                \
    X(NUMBER, dropout)                                                                                                 \
    X(WHOLE, mlmPretrainEpochs)                                                                                        \
    X(WHOLE, fineTuneLastLayers)                                                                                       \
    X(WHOLE, headUnits)                                                                                                \
    X(NUMBER, focalAlpha)                                                                                              \
    X(NUMBER, focalGamma)                                                                                              \
    X(NUMBER, classFocalGamma)                                                                                         \
    X(FLAG, oversample)                                                                                                \
    X(FLAG, balanceClasses)                                                                                            \
    X(WHOLE, minSpanLength)                                                                                            \
    X(WHOLE, epochs)                                                                                                   \
    X(WHOLE, batchSize)                                                                                                \
    X(NUMBER, learningRate)                                                                                            \
    X(NUMBER, weightDecay)                                                                                             \
    X(NUMBER, warmupFraction)                                                                                          \
    X(WHOLE, patience)                                                                                                 \
    X(FLAG, tuneThresholds)                                                                                            \
    X(WHOLE, cvFolds)                                                                                                  \
    X(FLAG, dropTrailingCandidates)                                                                                    \
    X(WHOLE, bootstrapResamples)
