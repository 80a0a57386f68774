#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>
#include <QString>

namespace candor {

// The report's last section: how every figure was counted, and per model what it is, what data it saw and when it
// was made, so a reader can judge the numbers without opening Candor.
class ReportMethodNotes
{
    Q_DECLARE_TR_FUNCTIONS(ReportMethodNotes)

public:
    // Paragraphs of plain text (the PDF lays them out itself).
    static QStringList counting(const ReportModel &model);
    // "task — name (date): key value, key value" per model.
    static QStringList models(const ReportModel &model);
    // Both as an HTML section, every data text escaped.
    static QString html(const ReportModel &model);
};

} // namespace candor
