#include "models/trainer/LocalRanks.h"

#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <iostream>
#include <map>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace candor::trainer {

namespace {

// A port the kernel just handed out on loopback. Another program could take it before rank 0 binds it; rank 0 then
// fails with "port in use" and the run can simply be started again.
int freeLoopbackPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        throw std::runtime_error(std::string("cannot open a socket: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        ::close(s);
        throw std::runtime_error(std::string("cannot find a free loopback port: ") + std::strerror(errno));
    }
    ::close(s);
    return ntohs(address.sin_port);
}

std::string describe(int status)
{
    if (WIFEXITED(status))
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return std::string("was killed by signal ") + strsignal(WTERMSIG(status));
    return "stopped";
}

} // namespace

int runLocalRanks(const TrainerOptions &options)
{
    TrainerOptions perRank = options;
    if (perRank.threads <= 0)
        perRank.threads = std::max(1, int(::sysconf(_SC_NPROCESSORS_ONLN)) / options.processes);
    const int port = freeLoopbackPort();
    std::map<pid_t, int> ranks;
    for (int rank = 0; rank < options.processes; ++rank) {
        std::vector<std::string> arguments = rankArguments(perRank, rank, port);
        arguments.insert(arguments.begin(), "candor-train");
        std::vector<char *> argv;
        for (std::string &a : arguments)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        const pid_t pid = ::fork();
        if (pid < 0)
            throw std::runtime_error(
                std::string("cannot start rank ") + std::to_string(rank) + ": " + std::strerror(errno));
        if (pid == 0) {
            ::execv("/proc/self/exe", argv.data());
            std::cerr << "candor-train: cannot start rank " << rank << ": " << std::strerror(errno) << '\n';
            ::_exit(127);
        }
        ranks[pid] = rank;
    }
    std::string failure;
    while (!ranks.empty()) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        const auto it = ranks.find(pid);
        if (it == ranks.end())
            continue;
        const int rank = it->second;
        ranks.erase(it);
        if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0) && failure.empty()) {
            failure = "rank " + std::to_string(rank) + " " + describe(status);
            for (const auto &[other, otherRank] : ranks)
                ::kill(other, SIGTERM);
        }
    }
    if (!failure.empty()) {
        std::cerr << "candor-train: data-parallel run failed: " << failure
                  << "; the other ranks were stopped and nothing was written\n";
        return 1;
    }
    return 0;
}

} // namespace candor::trainer
