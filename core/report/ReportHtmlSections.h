#pragma once

// The data sections of the HTML report (ReportHtml writes the page, the title, models and method notes).

#include "core/report/HtmlPage.h"
#include "core/report/ReportModel.h"

namespace candor::report_html {

void labelSection(HtmlPage &page, const LabelSection &section, const QList<ReportFigure> &figures,
    const QString &heading, const QString &anchor);
void narrativeSection(HtmlPage &page, const NarrativeSection &section, const QList<ReportFigure> &figures);
void threadSection(HtmlPage &page, const ThreadSection &section, const QList<ReportFigure> &figures);

} // namespace candor::report_html
