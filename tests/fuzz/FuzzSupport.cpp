#include "tests/fuzz/FuzzSupport.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace candor::fuzz {

QList<QByteArray> splitParts(const uint8_t *data, size_t size, int parts)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> result;
    qsizetype from = 0;
    while (result.size() < parts - 1) {
        const qsizetype at = input.indexOf(kPartSeparator, from);
        if (at < 0)
            break;
        result.append(QByteArray(input.constData() + from, at - from));
        from = at + kPartSeparator.size();
    }
    result.append(QByteArray(input.constData() + from, input.size() - from)); // the last part takes the rest
    while (result.size() < parts)
        result.append(QByteArray());
    return result;
}

QByteArray joinParts(const QList<QByteArray> &parts)
{
    QByteArray joined;
    for (qsizetype i = 0; i < parts.size(); ++i)
        joined += (i ? kPartSeparator : QByteArray()) + parts[i];
    return joined;
}

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "candor-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

ImportHarness::ImportHarness()
{
    ensureApplication();
    // $TMPDIR decides where (tools/fuzz.sh points it at /dev/shm when it exists): every input is written there.
    m_root = QDir::temp().filePath(QStringLiteral("candor-fuzz-%1").arg(QCoreApplication::applicationPid()));
    QDir(m_root).removeRecursively();
    QDir().mkpath(m_root);
    m_project = m_root + QStringLiteral("/project.candor");
    m_scratch = m_root + QStringLiteral("/input");
    ProjectStore::create(m_project);
}

QString ImportHarness::prepare(const QList<QPair<QString, QByteArray>> &files)
{
    QDir(m_scratch).removeRecursively();
    QDir().mkpath(m_scratch);
    for (const auto &[name, bytes] : files) {
        const QString path = m_scratch + QLatin1Char('/') + name;
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "fuzz harness: cannot write %s\n", qPrintable(path));
            std::abort();
        }
    }
    return m_scratch;
}

void ImportHarness::run(const QString &format, const QString &path, const ImportOptions &options)
{
    ProjectStore store(m_project);
    const std::unique_ptr<Importer> importer = importerFor(format);
    ImportContext context;
    {
        sql::Transaction transaction(storeConnection(store));
        try {
            importer->import(store, path, options, context);
        } catch (const Error &) {
            // A refused file: the import's normal way to say so.
        }
        // ~Transaction rolls back: the project stays empty for the next input.
    }
    for (const ImportIssue &issue : context.report().issues) {
        if (issue.file.isEmpty() || issue.reason.isEmpty()) {
            std::fprintf(
                stderr, "fuzz harness: an import issue without file or reason: %s\n", qPrintable(issue.toString()));
            std::abort();
        }
    }
}

} // namespace candor::fuzz
