#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace candor {

class ProjectStore;

// The report as a PDF (A4): the same model, sections and figures as the HTML page, the charts painted as vectors
// by QtCharts, text laid out by QTextDocument. Needs a QApplication (the charts).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Writes the whole document to `device`; returns the page count. With `store` (the model's project) the most
    // denied threads get the window's stance timeline. Throws candor::Error when painting fails.
    static int write(const ReportModel &model, QIODevice *device, const ProjectStore *store = nullptr);
};

} // namespace candor
