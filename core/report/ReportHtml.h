#pragma once

#include "core/report/ReportFigures.h"
#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QString>

namespace candor {

// The report as one self-contained HTML page: inline CSS and SVG, no script, no external fetch, and a
// Content-Security-Policy that forbids them anyway (default-src 'none'; the one style block allowed by its hash).
// Every text from the data goes through html::text. `drawings` holds the charts by figure id (drawn by the
// widgets layer with QtCharts); a figure without a drawing, or with one that is not plain SVG, shows its table.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString render(const ReportModel &model, const ReportDrawings &drawings = {});

    // The policy the page carries, with `styleHash` the base64 SHA-256 of its style block.
    static QString contentSecurityPolicy(const QString &styleHash);
    // Whether an SVG document may go into the page as it is: no script, no event handler, no link, no foreign
    // content (the charts come from QSvgGenerator; this keeps a future change from opening a hole).
    static bool isPlainSvg(const QByteArray &svg);
};

} // namespace candor
