// candor-train: the headless trainer. Reads a training bundle, trains exactly as candor-cli train would inside the
// project (same engine, examples, config and seed), on the chosen device, alone or as one rank of a data-parallel
// group, and writes a model bundle for candor-cli import-model. Built from models/ only (no Qt).

#include "models/bundle/ModelBundle.h"
#include "models/bundle/TrainingBundle.h"
#include "models/engine/Compute.h"
#include "models/engine/DataParallel.h"
#include "models/trainer/CheckpointFolder.h"
#include "models/trainer/LocalRanks.h"
#include "models/trainer/TrainerOptions.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace {

using namespace candor;

std::shared_ptr<std::atomic_bool> g_cancel = std::make_shared<std::atomic_bool>(false);

void onInterrupt(int)
{
    g_cancel->store(true);
}

// Rank 0 reports what a person watches: each epoch's end (with the held-out score), else once every few seconds.
engine::ProgressSink progressPrinter()
{
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [last](const engine::Progress &p) {
        const auto now = std::chrono::steady_clock::now();
        if (p.has("retry_batch")) {
            std::fprintf(stderr, "%s: out of memory at batch %.0f; trying again at batch %.0f\n", p.phase.c_str(),
                p.metric("out_of_memory_batch"), p.metric("retry_batch"));
            return;
        }
        if (p.has("resumed")) {
            std::fprintf(
                stderr, "%s: resumed after epoch %d/%d from the checkpoint\n", p.phase.c_str(), p.epoch, p.epochs);
            return;
        }
        if (!p.has("held_out") && now - *last < std::chrono::seconds(5))
            return;
        *last = now;
        std::fprintf(stderr, "%s: epoch %d/%d, step %ld/%ld, loss %.4f", p.phase.c_str(), p.epoch, p.epochs, p.step,
            p.total, p.metric("loss", 0));
        if (p.has("held_out"))
            std::fprintf(stderr, ", held-out %.4f", p.metric("held_out"));
        std::fputc('\n', stderr);
    };
}

void printSummary(const models::ModelBundle &b, double seconds)
{
    std::printf("trained %s (kept %s) on %s, %d process(es), %.1f s\n", b.task.c_str(), b.report.chosen.c_str(),
        b.device.c_str(), b.processes, seconds);
    const auto chosen = b.report.candidates.find(b.report.chosen);
    if (chosen != b.report.candidates.end())
        for (const auto &[metric, value] : chosen->second.cv)
            std::printf("  CV %s %.4f ± %.4f over %d folds\n", metric.c_str(), value.mean, value.sd, value.count);
    if (!b.report.constant.metric.empty())
        std::printf("  lead over the constant answer (%s): %+.4f [%+.4f, %+.4f]\n", b.report.constant.metric.c_str(),
            b.report.constant.lead.estimate, b.report.constant.lead.low, b.report.constant.lead.high);
    for (const auto &[metric, value] : b.report.dev)
        std::printf("  dev %s %.4f\n", metric.c_str(), value);
}

int trainOneRank(const trainer::TrainerOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    engine::selectDevice(options.device, options.threads);
    engine::setBatchLimit(options.batchLimit);
    if (options.distributed)
        engine::joinProcessGroup(options.parallel);
    const bool writer = engine::parallelRank() == 0;
    if (writer && std::filesystem::exists(options.modelBundle))
        throw std::runtime_error(options.modelBundle + ": already exists (a bundle is never overwritten)");
    models::TrainingBundle training = models::readTrainingBundle(options.trainingBundle);
    training.config.threads = engine::currentCompute().threads;
    const std::string fingerprint = models::trainingFingerprint(training);
    engine::checkSameOnEveryRank(fingerprint + " batch limit " + std::to_string(options.batchLimit)
            + (options.checkpoint.empty() ? "" : " with checkpoints every " + std::to_string(options.checkpointEvery)),
        "training bundle and config");

    engine::RunControl control;
    if (!options.checkpoint.empty()) {
        // Rank 0 first: the ranks of one machine share the folder, and only one of them may create it.
        bool resumed
            = writer && trainer::openCheckpointFolder(options.checkpoint, fingerprint, engine::parallelWorld());
        engine::checkSameOnEveryRank("opened", "checkpoint folder");
        if (!writer)
            resumed = trainer::openCheckpointFolder(options.checkpoint, fingerprint, engine::parallelWorld());
        if (writer)
            std::fprintf(
                stderr, "%s checkpoints in %s\n", resumed ? "resuming from the" : "saving", options.checkpoint.c_str());
        control.checkpointFolder = options.checkpoint;
        control.checkpointEvery = options.checkpointEvery;
    }
    control.cancel = engine::CancelToken(g_cancel);
    if (writer)
        control.sink = progressPrinter();
    const models::ModelBundle model = models::trainModelBundle(training, control);
    if (writer)
        models::writeModelBundle(model, options.modelBundle);
    engine::leaveProcessGroup();
    if (writer) {
        printSummary(model, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        std::printf("wrote %s: register it with candor-cli import-model PROJECT %s\n", options.modelBundle.c_str(),
            options.modelBundle.c_str());
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    trainer::TrainerOptions options;
    try {
        options = trainer::parseTrainerOptions(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::invalid_argument &e) {
        std::cerr << "candor-train: " << e.what() << "\n\n" << trainer::trainerUsage();
        return 2;
    }
    if (options.help) {
        std::cout << trainer::trainerUsage();
        return 0;
    }
    std::signal(SIGINT, onInterrupt);
    try {
        if (options.processes > 1)
            return trainer::runLocalRanks(options);
        return trainOneRank(options);
    } catch (const engine::Cancelled &) {
        std::cerr << "candor-train: cancelled; nothing was written\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "candor-train: " << e.what() << '\n';
        return 1;
    }
}
