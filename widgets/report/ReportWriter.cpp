#include "widgets/report/ReportWriter.h"

#include "core/domain/Error.h"
#include "core/report/ReportHtml.h"
#include "widgets/report/ReportChart.h"
#include "widgets/report/ReportPdf.h"
#include "widgets/report/ThreadTimelines.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace candor {

std::optional<ReportFormat> ReportWriter::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Html;
    if (name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Pdf;
    return std::nullopt;
}

ReportFormat ReportWriter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ? ReportFormat::Pdf
                                                                                            : ReportFormat::Html;
}

QString ReportWriter::write(
    const ReportModel &model, ReportFormat format, const QString &path, const ProjectStore *store)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write the report: %2").arg(path, file.errorString()));
    QString summary;
    if (format == ReportFormat::Pdf) {
        const int pages = ReportPdf::write(model, &file, store);
        summary = pages == 1 ? Error::tr("1 page") : Error::tr("%1 pages").arg(pages);
    } else {
        ReportDrawings drawings = ReportChart::drawAll(ReportFigures::of(model));
        if (store)
            drawings.insert(ThreadTimelines::svgs(model, *store));
        const QByteArray html = ReportHtml::render(model, drawings).toUtf8();
        if (file.write(html) != html.size())
            throw Error(Error::tr("%1: cannot write the report: %2").arg(path, file.errorString()));
        summary = QLocale().formattedDataSize(html.size());
    }
    if (!file.commit())
        throw Error(Error::tr("%1: cannot write the report: %2").arg(path, file.errorString()));
    return summary;
}

} // namespace candor
