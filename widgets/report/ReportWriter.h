#pragma once

#include "core/report/ReportModel.h"

#include <QString>

#include <optional>

namespace candor {

class ProjectStore;

enum class ReportFormat { Html, Pdf };

// Writes a report model to a file in one of the two formats, charts included, and only whole: the file appears
// when complete (QSaveFile), never half-written. Runs on the thread that owns the QApplication (QtCharts).
class ReportWriter
{
public:
    static std::optional<ReportFormat> formatFromName(const QString &name); // "html", "pdf"
    static ReportFormat formatForPath(const QString &path); // by the suffix; HTML unless ".pdf"
    // Returns what was written ("12 pages", "84 KiB"); throws candor::Error naming the file and the reason.
    // `store`, the model's project, adds the window's stance timelines of the most denied threads.
    static QString write(
        const ReportModel &model, ReportFormat format, const QString &path, const ProjectStore *store = nullptr);
};

} // namespace candor
