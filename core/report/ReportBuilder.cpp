#include "core/report/ReportBuilder.h"

#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/report/ModelEvaluations.h"
#include "core/report/ReportSections.h"
#include "core/report/ReportTeam.h"
#include "core/report/VerdictClusters.h"
#include "core/store/ProjectStore.h"
#include "core/store/ReportQueries.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace candor {

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &one : value.toArray())
            parts.append(scalarText(one));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

// Nested objects one level deep become "train.items"; deeper ones are left out (a reader judges the figures by
// what data a model saw, not by every internal setting).
QList<QPair<QString, QString>> flatten(const QJsonObject &object, const QString &prefix = {}, int depth = 0)
{
    QList<QPair<QString, QString>> pairs;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject()) {
            if (depth < 1)
                pairs.append(flatten(it.value().toObject(), key, depth + 1));
        } else if (!it.value().isNull()) {
            pairs.append({key, scalarText(it.value())});
        }
    }
    return pairs;
}

QList<ModelSummary> modelSummaries(const ProjectStore &store)
{
    QStringList tasks;
    for (const ModelVersion &version : store.modelVersions())
        if (!tasks.contains(version.task))
            tasks.append(version.task);
    tasks.sort();
    const ModelEvaluations evaluations(store);
    QList<ModelSummary> models;
    for (const QString &task : tasks) {
        const std::optional<ModelVersion> version = store.currentModelVersion(task);
        if (!version)
            continue;
        ModelSummary summary;
        summary.task = task;
        summary.versionId = version->id;
        summary.name = version->name;
        summary.createdAt = version->createdAt;
        summary.pinned = store.pinnedModelVersion(task).has_value();
        const QJsonObject &metrics = version->metrics;
        const QJsonObject scores = metrics.value(QStringLiteral("dev")).isObject()
            ? metrics.value(QStringLiteral("dev")).toObject()
            : metrics;
        for (auto it = scores.begin(); it != scores.end(); ++it)
            if (it.value().isDouble())
                summary.scores.append({it.key(), it.value().toDouble()});
        const QString cv = cvSummary(metrics); // what cross-validation inside train found, when it ran
        summary.baseline
            = cv.isEmpty() ? baselineSummary(metrics) : cv + QStringLiteral("; ") + baselineSummary(metrics);
        summary.noBetterThanConstant = noBetterThanConstant(metrics);
        summary.data = flatten(version->dataSnapshot);
        QJsonObject config = version->config;
        config.remove(QStringLiteral("files")); // the checkpoint's file names tell a reader nothing
        summary.config = flatten(config, {}, 1);
        summary.evaluations = evaluations.of(version->id);
        models.append(summary);
    }
    return models;
}

} // namespace

qint64 CountGrid::max() const
{
    qint64 largest = 0;
    for (const QList<qint64> &row : cells)
        for (qint64 cell : row)
            largest = qMax(largest, cell);
    return largest;
}

qint64 offDiagonalMax(const CountGrid &square)
{
    qint64 largest = 0;
    for (int row = 0; row < square.rows.size(); ++row)
        for (int column = 0; column < square.columns.size(); ++column)
            if (row != column)
                largest = qMax(largest, square.at(row, column));
    return largest;
}

QColor LabelSection::colourOf(const QString &label) const
{
    for (const LabelFrequency &frequency : frequencies)
        if (frequency.label.name == label)
            return frequency.label.colour;
    return QColor(Qt::gray);
}

QString ReportBuilder::describeScope(const ReportScope &scope)
{
    const ItemQuery &query = scope.query;
    QStringList parts;
    const auto add = [&parts](const QString &name, const QString &value) {
        if (!value.isEmpty())
            parts.append(name + QLatin1Char(' ') + value);
    };
    add(tr("kind"), query.kind);
    add(tr("label"), query.label);
    if (!query.predictedLabel.isEmpty())
        parts.append(tr("predicted %1 in [%2, %3]")
                         .arg(query.predictedLabel)
                         .arg(query.minScore, 0, 'f', 2)
                         .arg(query.maxScore, 0, 'f', 2));
    if (query.review == ItemQuery::Review::Reviewed)
        parts.append(tr("reviewed"));
    if (query.review == ItemQuery::Review::Unreviewed)
        parts.append(tr("not reviewed"));
    add(tr("annotator"), query.annotator);
    if (query.disagreement)
        parts.append(tr("annotators disagree"));
    add(tr("language"), query.language);
    add(tr("source"), query.source);
    add(tr("split"), query.split);
    add(tr("search"), query.search);
    add(tr("sources"), scope.sources.join(QStringLiteral(", ")));
    QString text = parts.isEmpty() ? tr("all items") : parts.join(QStringLiteral(" · "));
    if (!scope.filterName.isEmpty())
        text = tr("saved filter “%1”: %2").arg(scope.filterName, text);
    return text;
}

ReportModel ReportBuilder::build(const ProjectStore &store, const ReportScope &scope, const ReportOptions &options,
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    constexpr int kSteps = 5;
    int step = 0;
    const auto advance = [&] {
        if (cancel && cancel->load())
            throw Error(Error::tr("%1: the report was cancelled").arg(store.path()));
        if (progress)
            progress(++step, kSteps);
    };
    const ReportQueries queries(store, scope.query, scope.sources, scope.modelThreshold);
    ReportModel model;
    model.projectPath = store.path();
    model.projectName = QFileInfo(store.path()).completeBaseName();
    model.filterDescription = describeScope(scope);
    model.generatedAt = options.generatedAt.isValid() ? options.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    model.generatedBy = options.generatedBy;
    // The account's name: USER (Unix), USERNAME (Windows), LOGNAME (cron, some daemons), else the home folder's.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (model.generatedBy.isEmpty())
            model.generatedBy = qEnvironmentVariable(variable);
    if (model.generatedBy.isEmpty())
        model.generatedBy = QDir::home().dirName();
    model.modelThreshold = scope.modelThreshold;
    model.items = queries.itemCount();
    model.byKind = queries.itemsBy(ReportQueries::Facet::Kind);
    model.bySource = queries.itemsBy(ReportQueries::Facet::Source);
    model.byLanguage = queries.itemsBy(ReportQueries::Facet::Language);
    model.bySplit = queries.itemsBy(ReportQueries::Facet::Split);
    advance();

    const ReportSections sections(store, queries, options);
    for (const QString &schema : {Schemas::Persuasion20, Schemas::Persuasion22})
        if (queries.hasLiveRows(schema))
            model.techniques.append(sections.labelSection(schema));
    advance();
    model.narratives = sections.narratives();
    advance();
    model.threads = sections.threads();
    if (queries.hasLiveRows(Schemas::Fake2))
        model.verdicts = sections.labelSection(Schemas::Fake2, ReportQueries::ExampleOrder::ModelFirst);
    if (model.verdicts && !options.figuresOnly)
        model.verdictClusters = VerdictClusters::of(store, *model.verdicts, options);
    advance();
    model.models = modelSummaries(store);
    if (!options.figuresOnly)
        model.annotators = ReportTeam::build(store, queries, model.items);
    advance();
    return model;
}

} // namespace candor
