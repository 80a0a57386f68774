#pragma once

#include "core/jobs/Job.h"

#include <QStringList>

#include <atomic>

namespace candor {

// Imports files or folders into a project on a worker thread with its own database connection. Each path
// is one transaction (importPath); the importer is chosen by format name or, when empty, by recognises(). A
// folder no importer recognises as a whole (a dropped folder of files) is walked for what they do recognise.
class ImportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(
        const QString &projectPath, const QStringList &paths, const QString &format = {}, QObject *parent = nullptr);

    // The name human rows without one are stored under (the window's annotator).
    void setAnnotator(const QString &name) { m_annotator = name; }
    // Paths imported before a cancel stay (each is its own transaction); the one under way is not written.
    QString cancelOutcome() const override;

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    QStringList m_paths;
    QString m_format;
    QString m_annotator;
    std::atomic_int m_filesImported{0};
};

} // namespace candor
