#include "models/trainer/TrainerOptions.h"

#include <stdexcept>

namespace candor::trainer {

namespace {

int number(const std::string &option, const std::string &value, int lowest, int highest)
{
    size_t used = 0;
    int n = 0;
    try {
        n = std::stoi(value, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used != value.size() || value.empty() || n < lowest || n > highest)
        throw std::invalid_argument(option + ": '" + value + "' is not a whole number from " + std::to_string(lowest)
            + " to " + std::to_string(highest));
    return n;
}

} // namespace

const char *trainerUsage()
{
    return "usage: candor-train TRAINING.bundle OUT.model [options]\n"
           "\n"
           "Trains the model of a training bundle (written by candor-cli export-training) exactly as candor-cli train\n"
           "would inside the project, and writes a model bundle that candor-cli import-model registers as a model\n"
           "version. Built from the learning engine alone: it needs libtorch, not Qt. Format: docs/bundles.md.\n"
           "\n"
           "  --device D              auto (a GPU when libtorch sees one), cpu, cuda or cuda:N\n"
           "  --threads N             CPU threads per process (default: the cores shared among the processes)\n"
           "  --batch-limit N         the largest batch per process, whatever the bundle's config says; a run that\n"
           "                          runs out of memory alone retries at half its batch\n"
           "  --nproc N               data-parallel on this machine: N processes (ranks) on loopback, gradients\n"
           "                          all-reduced with Gloo; the bundle's batchSize is per process\n"
           "  --rendezvous HOST:PORT  data-parallel across machines: rank 0 listens on HOST:PORT; start every rank\n"
           "  --rank R --world W      with the same bundle and options, each with its rank (rank 0 writes OUT)\n"
           "  --timeout S             seconds to wait for the other ranks, at the start and in every step (120)\n"
           "  --checkpoint DIR        save every training run in DIR as it goes; the same command run again\n"
           "                          resumes from the newest epoch saved (same bundle and number of processes)\n"
           "  --checkpoint-every N    save the network's state every N epochs and at each run's end (5); a kill\n"
           "                          loses fewer than N epochs of the run it hit\n"
           "\n"
           "Exit codes: 0 done, 1 failed (the reason on stderr), 2 usage.\n";
}

TrainerOptions parseTrainerOptions(const std::vector<std::string> &arguments)
{
    TrainerOptions o;
    std::vector<std::string> positional;
    bool rankGiven = false, worldGiven = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string &a = arguments[i];
        const auto value = [&]() -> const std::string & {
            if (i + 1 >= arguments.size())
                throw std::invalid_argument(a + " needs a value");
            return arguments[++i];
        };
        if (a == "-h" || a == "--help") {
            o.help = true;
        } else if (a == "--device") {
            o.device = value();
        } else if (a == "--threads") {
            o.threads = number(a, value(), 1, 1024);
        } else if (a == "--batch-limit") {
            o.batchLimit = number(a, value(), 1, 65536);
        } else if (a == "--nproc") {
            o.processes = number(a, value(), 1, 64);
        } else if (a == "--rank") {
            o.parallel.rank = number(a, value(), 0, 65535);
            rankGiven = true;
        } else if (a == "--world") {
            o.parallel.world = number(a, value(), 1, 65536);
            worldGiven = true;
        } else if (a == "--timeout") {
            o.parallel.timeoutSeconds = number(a, value(), 1, 86400);
        } else if (a == "--checkpoint") {
            o.checkpoint = value();
            if (o.checkpoint.empty())
                throw std::invalid_argument("--checkpoint needs a folder");
        } else if (a == "--checkpoint-every") {
            o.checkpointEvery = number(a, value(), 1, 100000);
        } else if (a == "--rendezvous") {
            const std::string &v = value();
            const size_t colon = v.rfind(':');
            if (colon == std::string::npos || colon == 0)
                throw std::invalid_argument("--rendezvous: '" + v + "' is not HOST:PORT");
            o.parallel.host = v.substr(0, colon);
            o.parallel.port = number("--rendezvous port", v.substr(colon + 1), 1, 65535);
            o.distributed = true;
        } else if (!a.empty() && a[0] == '-') {
            throw std::invalid_argument("unknown option " + a);
        } else {
            positional.push_back(a);
        }
    }
    if (o.help)
        return o;
    if (positional.size() != 2)
        throw std::invalid_argument(
            "expected TRAINING.bundle and OUT.model, found " + std::to_string(positional.size()) + " argument(s)");
    o.trainingBundle = positional[0];
    o.modelBundle = positional[1];
    if (o.distributed != (rankGiven && worldGiven) || (!o.distributed && (rankGiven || worldGiven)))
        throw std::invalid_argument("--rendezvous, --rank and --world go together");
    if (o.distributed && o.processes > 1)
        throw std::invalid_argument("--nproc starts its own loopback group; it does not go with --rendezvous");
    if (o.distributed && o.parallel.rank >= o.parallel.world)
        throw std::invalid_argument(
            "--rank " + std::to_string(o.parallel.rank) + " is not below --world " + std::to_string(o.parallel.world));
    return o;
}

std::vector<std::string> rankArguments(const TrainerOptions &o, int rank, int port)
{
    std::vector<std::string> arguments{o.trainingBundle, o.modelBundle, "--device", o.device, "--rendezvous",
        "127.0.0.1:" + std::to_string(port), "--rank", std::to_string(rank), "--world", std::to_string(o.processes),
        "--timeout", std::to_string(o.parallel.timeoutSeconds)};
    if (!o.checkpoint.empty()) {
        arguments.push_back("--checkpoint");
        arguments.push_back(o.checkpoint);
        arguments.push_back("--checkpoint-every");
        arguments.push_back(std::to_string(o.checkpointEvery));
    }
    if (o.batchLimit > 0) {
        arguments.push_back("--batch-limit");
        arguments.push_back(std::to_string(o.batchLimit));
    }
    if (o.threads > 0) {
        arguments.push_back("--threads");
        arguments.push_back(std::to_string(o.threads));
    }
    return arguments;
}

} // namespace candor::trainer
