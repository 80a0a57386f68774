#include "core/store/AnnotationMerge.h"

#include "core/domain/Error.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace candor {

namespace {

// One annotator's rows on one item (post) in one schema of the other copy.
struct Answer
{
    QString source;
    QString externalId;
    QString postId;
    QString annotator;
    QString schema;
    QList<Annotation> rows; // itemId / postRowId unset: the target's ids are looked up at merge time
};

QString describe(const QString &label, std::optional<int> start, std::optional<int> end, Status status)
{
    QString text = label;
    if (start)
        text += QStringLiteral(" [%1, %2)").arg(*start).arg(*end);
    if (status != Status::Accepted)
        text += QStringLiteral(" (%1)").arg(statusName(status));
    return text;
}

QStringList describe(const QList<Annotation> &rows)
{
    QStringList result;
    for (const Annotation &a : rows)
        result.append(describe(a.label, a.start, a.end, a.status));
    std::sort(result.begin(), result.end());
    return result;
}

// Opens the other copy read-only on a connection of its own (the merge must not upgrade or touch it), checks that
// it is a project this build can read, and returns its human rows grouped into answers.
QList<Answer> readAnswers(const QString &path, const QString &unnamedAs)
{
    if (!QFileInfo::exists(path))
        throw Error(Error::tr("%1: no such file").arg(path));
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("candor-merge-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<Answer> answers;
    // Declared before the block so that it runs after the connection's last handle is gone, also when reading throws.
    const auto removeConnection = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto close = qScopeGuard([&db] { db.close(); });
        if (!db.open())
            throw Error(Error::tr("%1: cannot open (%2)").arg(path, db.lastError().text()));
        int version = 0;
        try {
            version = Migrations::currentVersion(db);
        } catch (const Error &) {
            throw Error(Error::tr("%1: not a Candor project").arg(path));
        }
        if (version == 0)
            throw Error(Error::tr("%1: not a Candor project (empty database)").arg(path));
        if (version > Migrations::latestVersion)
            throw Error(Error::tr("%1 was written by a newer Candor (schema %2; this build reads up to %3): open it "
                                  "with that version or merge the other way round")
                            .arg(path)
                            .arg(version)
                            .arg(Migrations::latestVersion));
        // Every column read here exists since schema version 1, so older copies merge without an upgrade.
        QSqlQuery query = sql::prepare(db,
            QStringLiteral("SELECT i.source, i.external_id, ifnull(p.post_id, ''), a.annotator, s.name, l.name,"
                           " a.start_cp, a.end_cp, a.status, a.created_at, a.updated_at FROM annotations a"
                           " JOIN items i ON i.id = a.item_id LEFT JOIN posts p ON p.id = a.post_id"
                           " JOIN labels l ON l.id = a.label_id JOIN label_schemas s ON s.id = l.schema_id"
                           " WHERE a.origin = 'human'"
                           " ORDER BY i.source, i.external_id, 3, a.annotator, s.name, a.id"));
        sql::exec(query);
        while (query.next()) {
            const QString source = query.value(0).toString();
            const QString externalId = query.value(1).toString();
            const QString postId = query.value(2).toString();
            const QString annotator = query.value(3).toString().isEmpty() ? unnamedAs : query.value(3).toString();
            const QString schema = query.value(4).toString();
            if (answers.isEmpty() || answers.last().source != source || answers.last().externalId != externalId
                || answers.last().postId != postId || answers.last().annotator != annotator
                || answers.last().schema != schema)
                answers.append({source, externalId, postId, annotator, schema, {}});
            Annotation a;
            a.schema = schema;
            a.label = query.value(5).toString();
            if (!query.value(6).isNull()) {
                a.start = query.value(6).toInt();
                a.end = query.value(7).toInt();
            }
            a.origin = Origin::Human;
            a.annotator = annotator;
            a.status = statusFromName(query.value(8).toString());
            a.createdAt = fromIsoUtc(query.value(9).toString());
            a.updatedAt = fromIsoUtc(query.value(10).toString());
            answers.last().rows.append(a);
        }
    }
    return answers;
}

// The target's current name of the label `name` (a current or former name) of `schema`; unknown names stay as they
// are (adding them is refused later, naming the file and item).
QString currentLabelName(
    const ProjectStore &target, const QString &schema, const QString &name, QHash<QString, LabelSchema> &schemas)
{
    try {
        const qint64 id = target.labelId(schema, name);
        auto it = schemas.find(schema);
        if (it == schemas.end())
            it = schemas.insert(schema, target.schema(schema));
        for (const LabelDef &def : it->labels)
            if (def.id == id)
                return def.name;
    } catch (const Error &) {
    }
    return name;
}

// The target's rows of the same annotator on the same item (post) and schema.
QList<Annotation> targetRows(const QSqlDatabase &db, qint64 itemId, std::optional<qint64> postRowId,
    const QString &annotator, const QString &schema)
{
    sql::Statement statement(db,
        QStringLiteral("SELECT l.name, a.start_cp, a.end_cp, a.status FROM annotations a"
                       " JOIN labels l ON l.id = a.label_id JOIN label_schemas s ON s.id = l.schema_id"
                       " WHERE a.item_id = ? AND ifnull(a.post_id, 0) = ? AND a.origin = 'human'"
                       " AND a.annotator = ? AND s.name = ?"));
    QSqlQuery &query = statement.query();
    query.bindValue(0, itemId);
    query.bindValue(1, postRowId.value_or(0));
    query.bindValue(2, sql::text(annotator));
    query.bindValue(3, schema);
    statement.exec();
    QList<Annotation> rows;
    while (query.next()) {
        Annotation a;
        a.label = query.value(0).toString();
        if (!query.value(1).isNull()) {
            a.start = query.value(1).toInt();
            a.end = query.value(2).toInt();
        }
        a.status = statusFromName(query.value(3).toString());
        rows.append(a);
    }
    return rows;
}

} // namespace

QJsonObject MergeReport::toJson() const
{
    QJsonArray conflictArray;
    for (const MergeConflict &c : conflicts)
        conflictArray.append(QJsonObject{{QStringLiteral("source"), c.source},
            {QStringLiteral("external_id"), c.externalId}, {QStringLiteral("post_id"), c.postId},
            {QStringLiteral("annotator"), c.annotator}, {QStringLiteral("schema"), c.schema},
            {QStringLiteral("target"), QJsonArray::fromStringList(c.targetAnswer)},
            {QStringLiteral("other"), QJsonArray::fromStringList(c.otherAnswer)}});
    return {{QStringLiteral("file"), otherPath}, {QStringLiteral("rows_added"), rowsAdded},
        {QStringLiteral("answers_added"), answersAdded},
        {QStringLiteral("answers_already_present"), answersAlreadyPresent},
        {QStringLiteral("conflicts"), conflictArray},
        {QStringLiteral("missing_items"), QJsonArray::fromStringList(missingItems)},
        {QStringLiteral("annotators"), QJsonArray::fromStringList(annotators)}};
}

QList<MergeReport> AnnotationMerge::merge(ProjectStore &target, const QStringList &otherPaths, const Progress &progress,
    const std::atomic_bool *cancel, const QString &unnamedAs)
{
    QList<QList<Answer>> perFile;
    qint64 total = 0;
    for (const QString &path : otherPaths) {
        if (QFileInfo(path).canonicalFilePath() == QFileInfo(target.path()).canonicalFilePath())
            throw Error(Error::tr("%1: a project cannot be merged into itself").arg(path));
        perFile.append(readAnswers(path, unnamedAs));
        total += perFile.last().size();
    }
    const QSqlDatabase db = storeConnection(target);
    sql::Transaction transaction = target.transaction();
    QList<MergeReport> reports;
    qint64 done = 0;
    for (qsizetype f = 0; f < otherPaths.size(); ++f) {
        MergeReport report;
        report.otherPath = otherPaths[f];
        QSet<QString> annotators;
        QSet<QString> missing;
        QHash<QString, LabelSchema> schemas; // the target's, read once per merge of a file
        int matched = 0;
        for (Answer answer : perFile[f]) {
            // A label renamed in this copy since the other was made: the other's name is a former name here, which
            // finds the same label (ProjectStore::labelId); compare and add under today's name.
            for (Annotation &row : answer.rows)
                row.label = currentLabelName(target, row.schema, row.label, schemas);
            if (cancel && cancel->load())
                throw Error(Error::tr("the merge was cancelled; nothing was written"));
            annotators.insert(answer.annotator);
            const QString itemName = answer.source + QLatin1Char('/') + answer.externalId;
            const std::optional<qint64> itemId = target.findItem(answer.source, answer.externalId);
            if (!itemId) {
                if (!missing.contains(itemName)) {
                    missing.insert(itemName);
                    report.missingItems.append(itemName);
                }
                continue;
            }
            ++matched;
            std::optional<qint64> postRowId;
            if (!answer.postId.isEmpty()) {
                postRowId = target.findPost(*itemId, answer.postId);
                if (!postRowId)
                    throw Error(Error::tr("%1: item %2 has post %3, which the target's copy of the item lacks")
                                    .arg(report.otherPath, itemName, answer.postId));
            }
            const QStringList otherAnswer = describe(answer.rows);
            const QStringList targetAnswer
                = describe(targetRows(db, *itemId, postRowId, answer.annotator, answer.schema));
            if (targetAnswer == otherAnswer) {
                ++report.answersAlreadyPresent;
            } else if (!targetAnswer.isEmpty()) {
                report.conflicts.append({answer.source, answer.externalId, answer.postId, answer.annotator,
                    answer.schema, targetAnswer, otherAnswer});
            } else {
                for (Annotation a : answer.rows) {
                    a.itemId = *itemId;
                    a.postRowId = postRowId;
                    try {
                        target.labelId(a.schema, a.label);
                    } catch (const Error &error) {
                        throw Error(Error::tr("%1: item %2: %3").arg(report.otherPath, itemName, error.message()));
                    }
                    target.addAnnotation(a);
                    ++report.rowsAdded;
                }
                ++report.answersAdded;
            }
            if (progress)
                progress(++done, total);
        }
        if (!perFile[f].isEmpty() && matched == 0)
            throw Error(Error::tr("%1 shares no annotated item with %2: it is not a copy of the same project")
                            .arg(report.otherPath, target.path()));
        report.annotators = QStringList(annotators.begin(), annotators.end());
        std::sort(report.annotators.begin(), report.annotators.end());
        reports.append(report);
    }
    transaction.commit();
    return reports;
}

} // namespace candor
