// Team-server addresses (`candor-cli push`, `pull`, `team`, any command given postgresql://…, File > Open team
// project…): whatever text arrives, parsing ends in an address or a candor::Error; an accepted address never
// carries a password, its libpq options never hold a character that would split the option string (whitespace,
// control characters, quotes, backslashes, ';'), and the address written back (url()) parses to the same thing.
#include "core/domain/Error.h"
#include "core/store/server/ServerAddress.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    candor::ServerAddress address;
    try {
        address = candor::ServerAddress::parse(text);
    } catch (const candor::Error &) {
        return 0;
    }
    for (const QChar c : address.connectOptions())
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('\'') || c == QLatin1Char('\\')) {
            std::fprintf(stderr, "an option string that libpq would split: %s\n", qPrintable(address.connectOptions()));
            std::abort();
        }
    candor::ServerAddress again;
    try {
        again = candor::ServerAddress::parse(address.url());
    } catch (const candor::Error &error) {
        std::fprintf(stderr, "the address written back was refused: %s\n%s\n", error.what(), qPrintable(address.url()));
        std::abort();
    }
    if (again.connectOptions() != address.connectOptions() || again.display() != address.display()
        || again.host() != address.host() || again.database() != address.database() || again.user() != address.user()
        || again.port() != address.port()) {
        std::fprintf(stderr, "an address changed when written back: %s -> %s\n", qPrintable(address.url()),
            qPrintable(again.url()));
        std::abort();
    }
    return 0;
}
