#include "core/report/ReportMethodNotes.h"

#include "core/report/HtmlText.h"

namespace candor {

QStringList ReportMethodNotes::counting(const ReportModel &model)
{
    QStringList notes;
    notes.append(tr("Scope: %1; %2 items.").arg(model.filterDescription, QString::number(model.items)));
    notes.append(tr("A label counts on an item when a row of it is neither rejected nor ignored; a model's row "
                    "counts when its score is at least %1. Each item counts once per label and origin, whether "
                    "the label marks a span, the whole item or a post.")
                     .arg(model.modelThreshold, 0, 'f', 2));
    notes.append(tr("Gold rows come from the imported datasets, human rows from the project's annotators, model "
                    "rows from the current model versions' predictions."));
    notes.append(tr("Months follow the items' own dates (UTC); items without a date are left out of the charts "
                    "over time. Examples show per label the passages a person marked first, then the dataset's, "
                    "then the model's by score, one per item, cut around the span."));
    if (model.threads)
        notes.append(tr("A post's stance is a person's label where there is one, else the dataset's (the window's "
                        "reference timeline); a thread's veracity likewise. Replies are the posts after the "
                        "source post."));
    if (!model.models.isEmpty())
        notes.append(tr("Model scores are those measured on the dev split when the version was trained; the "
                        "constant-answer baseline always gives the answer that scored best on the training data. "
                        "A model no better than it is marked."));
    return notes;
}

QStringList ReportMethodNotes::models(const ReportModel &model)
{
    QStringList lines;
    for (const ModelSummary &summary : model.models) {
        QStringList data;
        for (const auto &pair : summary.data)
            data.append(pair.first + QLatin1Char(' ') + pair.second);
        QStringList config;
        for (const auto &pair : summary.config)
            config.append(pair.first + QLatin1Char(' ') + pair.second);
        lines.append(tr("%1 — %2, trained %3. Data: %4. Configuration: %5.")
                         .arg(summary.task, summary.name,
                             summary.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                             data.isEmpty() ? tr("not recorded") : data.join(QStringLiteral("; ")),
                             config.isEmpty() ? tr("not recorded") : config.join(QStringLiteral("; "))));
    }
    return lines;
}

QString ReportMethodNotes::html(const ReportModel &model)
{
    QString section = QStringLiteral("<section id=\"method\">\n<h2>%1</h2>\n").arg(tr("Method notes"));
    for (const QString &note : counting(model))
        section += QStringLiteral("<p><bdi>%1</bdi></p>\n").arg(html::shortText(note, 2000));
    const QStringList lines = models(model);
    if (!lines.isEmpty()) {
        section += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(tr("Models"));
        for (const QString &line : lines)
            section += QStringLiteral("<li><bdi>%1</bdi></li>\n").arg(html::shortText(line, 4000));
        section += QStringLiteral("</ul>\n");
    }
    return section + QStringLiteral("</section>\n");
}

} // namespace candor
