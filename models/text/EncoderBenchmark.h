#pragma once

// The encoder speed benchmark (issue 3), engine side: builds the text encoder with seeded weights, writes the
// weights, the inputs and its outputs as safetensors for the PyTorch-Python twin (bench/python/encoder_speed.py),
// and times inference (sequences/s) and one training step (forward + backward + AdamW). Plain C++ edge.

#include <string>

namespace candor::models {

struct EncoderBenchmarkOptions
{
    int batch = 32;
    int length = 128;
    int threads = 2;
    int vocabSize = 8000;
    int width = 256;
    int layers = 4;
    int heads = 4;
    int feedForward = 1024;
    int warmupIterations = 2;
    int iterations = 10;
    int trainSteps = 5;
    unsigned long long seed = 7;
    std::string folder; // receives encoder.safetensors and io.safetensors
};

struct EncoderBenchmarkResult
{
    double inferenceSeconds = 0; // per batch, mean over iterations: the engine's path (fused layer kernel)
    double sequencesPerSecond = 0;
    double plainInferenceSeconds = 0; // the same network op by op, exactly as the Python twin computes it
    double fusedVsPlainMaxDiff = 0; // max |fused - plain| over the outputs
    double trainStepSeconds = 0; // per step, mean over trainSteps
    int threads = 0;
};

EncoderBenchmarkResult runEncoderBenchmark(const EncoderBenchmarkOptions &options);

} // namespace candor::models
