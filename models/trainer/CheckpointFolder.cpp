#include "models/trainer/CheckpointFolder.h"

#include "models/engine/DataParallel.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace candor::trainer {

namespace fs = std::filesystem;

bool openCheckpointFolder(const std::string &folder, const std::string &fingerprint, int processes)
{
    const std::string expected = "fingerprint " + fingerprint + "\nprocesses " + std::to_string(processes) + "\n";
    const fs::path marker = fs::path(folder) / "training.txt";
    std::error_code error;
    if (fs::exists(marker, error)) {
        std::ifstream in(marker);
        std::stringstream held;
        held << in.rdbuf();
        if (held.str() == expected)
            return true;
        throw std::runtime_error(folder + ": holds the checkpoints of another training or another number of processes ("
            + marker.string() + " says:\n" + held.str() + "this run is:\n" + expected
            + "); resume with the same bundle and --nproc/--world, or give another --checkpoint folder");
    }
    if (fs::exists(folder, error) && !fs::is_empty(folder, error))
        throw std::runtime_error(folder + ": not empty and not a checkpoint folder; give a new or empty folder");
    fs::create_directories(folder, error);
    if (error)
        throw std::runtime_error(folder + ": cannot create the checkpoint folder: " + error.message());
    // Every rank that sees no marker writes the same one, each through its own temporary name.
    const fs::path temporary = marker.string() + ".rank" + std::to_string(engine::parallelRank());
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << expected;
        if (!out.flush())
            throw std::runtime_error(temporary.string() + ": cannot write (disk full or no permission?)");
    }
    fs::rename(temporary, marker, error);
    if (error)
        throw std::runtime_error(marker.string() + ": cannot write: " + error.message());
    return false;
}

} // namespace candor::trainer
