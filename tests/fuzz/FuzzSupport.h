#pragma once

// Shared by the libFuzzer targets (tests/fuzz/Fuzz*.cpp): one input becomes the files of an import, the import
// runs against a real project, and the project is left as it was for the next input.
#include "core/formats/common/Importer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace candor::fuzz {

// An input holds several files: they are separated by this marker (also in tests/fuzz/candor.dict, so libFuzzer
// can insert it). Missing parts are empty.
inline const QByteArray kPartSeparator = QByteArrayLiteral("\n%%candor-part%%\n");
QList<QByteArray> splitParts(const uint8_t *data, size_t size, int parts);
QByteArray joinParts(const QList<QByteArray> &parts); // the seed generator's inverse of splitParts

// Makes the Qt application object the SQL driver and image plugins need; idempotent.
void ensureApplication();

// A Candor project (created once per process) and a scratch folder emptied before each input. run() calls the
// importer the way importPath does, inside one transaction, and rolls it back: every input meets the same empty
// project, however many inputs came before. A candor::Error (a refused file) is an expected outcome; anything
// else escaping (std::bad_alloc, a foreign exception, a crash) is a finding. So is an issue that does not name
// its file and reason.
class ImportHarness
{
public:
    ImportHarness();
    // An empty scratch folder for this input; `files` (relative name -> bytes) written into it.
    QString prepare(const QList<QPair<QString, QByteArray>> &files);
    void run(const QString &format, const QString &path, const ImportOptions &options = {});

private:
    QString m_root;
    QString m_project;
    QString m_scratch;
};

} // namespace candor::fuzz
