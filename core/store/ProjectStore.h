#pragma once

#include "core/domain/Annotation.h"
#include "core/domain/Item.h"
#include "core/domain/LabelSchema.h"
#include "core/store/Sql.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace candor {

enum class UpsertOutcome { Added, Updated, Unchanged };

struct UpsertResult
{
    qint64 id = 0;
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
};

struct ModelVersion
{
    qint64 id = 0;
    QString task; // "persuasion-labels", "persuasion-spans", "narrative", ...
    QString name;
    QDateTime createdAt;
    QJsonObject config;
    QJsonObject dataSnapshot; // what it was trained on (splits, counts, origins)
    QJsonObject metrics; // dev metrics at training time
};

// One finished run of the job log (an evaluation, a prediction): what it was asked and what it answered.
struct FinishedJob
{
    qint64 id = 0;
    QDateTime finishedAt;
    QJsonObject parameters;
    QJsonObject result;
};

// How many items an annotator has human rows on.
struct AnnotatorProgress
{
    QString annotator;
    qint64 items = 0;
};

// Which annotations a query returns.
struct AnnotationFilter
{
    std::optional<Origin> origin;
    std::optional<qint64> modelVersionId;
    QString schema; // empty: any
    bool includeRejected = true;
    bool includeIgnored = true;
};

// The project file. All reads and writes go through this class, on the calling thread's own connection, so
// an instance may be created in any thread (worker jobs make their own). Throws candor::Error on any failure.
class ProjectStore
{
public:
    // Creates a new project file; throws when the path exists.
    static void create(const QString &path);
    // Opens an existing project and upgrades its schema stepwise; throws when it is not a Candor project.
    explicit ProjectStore(const QString &path);

    QString path() const { return m_path; }
    // One write transaction on this thread's connection (BEGIN IMMEDIATE; rolled back unless committed): a job's
    // save, an import file, a batch of edits.
    sql::Transaction transaction() const { return sql::Transaction(db()); }
    // A savepoint inside the open transaction: one bad record is rolled back alone.
    sql::Savepoint savepoint(const QString &name) const { return sql::Savepoint(db(), name); }

    // Items. Identity is (source, externalId); the content hash makes re-import idempotent.
    UpsertResult upsertItem(const Item &item);
    std::optional<Item> item(qint64 id) const;
    std::optional<qint64> findItem(const QString &source, const QString &externalId) const;
    void setItemSplit(qint64 itemId, const QString &split);
    void setItemText(qint64 itemId, const QString &text); // e.g. OCR text for memes imported without text
    qint64 itemCount() const;

    // Posts of a thread item.
    UpsertResult upsertPost(const ThreadPost &post);
    QList<ThreadPost> posts(qint64 itemId) const; // in stored order (insertion)
    std::optional<qint64> findPost(qint64 itemId, const QString &postId) const;

    // Images (deduplicated by SHA-256). Validates and thumbnails; throws for undecodable or oversized images.
    // Damage the decoder worked around (a corrupt JPEG) goes to `warnings` when the image is new.
    UpsertResult addMedia(const QByteArray &bytes, const QString &origin, QStringList *warnings = nullptr);
    std::optional<qint64> findMedia(const QString &sha256) const;
    std::optional<MediaInfo> media(qint64 mediaId) const;
    QByteArray mediaBytes(qint64 mediaId) const;
    QByteArray mediaThumbnail(qint64 mediaId) const; // PNG bytes

    // Label schemas.
    QList<LabelSchema> schemas() const;
    LabelSchema schema(const QString &name) const;
    // Throws for unknown labels. A renamed label is still found by its former names.
    qint64 labelId(const QString &schema, const QString &label) const;
    // Saves a schema someone edited (Edit > Label schemas…, `candor-cli schema`), in one transaction: a new name
    // creates the schema; an existing one is changed label by label, matched by LabelDef::id, so a rename keeps every
    // annotation. A stored label left out is deleted only when no annotation uses it (else: retire it). Throws for a
    // built-in schema, for the errors checkSchema finds, and for label ids of another schema.
    void saveSchema(const LabelSchema &schema);
    // Deletes a schema of the team's own that no annotation uses.
    void deleteSchema(const QString &name);
    // Label id -> the number of annotations (all origins) that use it, for the labels of one schema.
    QHash<qint64, qint64> labelUseCounts(const QString &schema) const;

    // Annotations. addAnnotation returns 0 when an identical gold annotation exists already.
    qint64 addAnnotation(const Annotation &annotation);
    QList<Annotation> annotations(qint64 itemId, const AnnotationFilter &filter = {}) const;
    void setAnnotationStatus(qint64 annotationId, Status status);
    void deleteAnnotation(qint64 annotationId);
    // The annotators with the most annotated items first (at most `limit`).
    QList<AnnotatorProgress> annotatorProgress(int limit) const;

    // Model versions and their files (checkpoint, tokenizer, config) kept inside the project.
    qint64 addModelVersion(const ModelVersion &version);
    QList<ModelVersion> modelVersions(const QString &task = {}) const;
    std::optional<ModelVersion> latestModelVersion(const QString &task) const;
    std::optional<ModelVersion> modelVersion(qint64 modelVersionId) const;
    // The version predictions of a task use: the one a person pinned (Models dock, `candor-cli models --pin`), else
    // the latest. Pinning an older version is the roll-back; every version and its predictions stay.
    void pinModelVersion(const QString &task, std::optional<qint64> modelVersionId); // nullopt: follow the latest
    std::optional<qint64> pinnedModelVersion(const QString &task) const;
    std::optional<ModelVersion> currentModelVersion(const QString &task) const;
    void setModelMetrics(qint64 modelVersionId, const QJsonObject &metrics);
    // Stores a file with its SHA-256; modelFile checks the bytes against it and throws, naming the project, the
    // version and the file, when they differ (the file was damaged after registration).
    void putModelFile(qint64 modelVersionId, const QString &name, const QByteArray &bytes);
    QByteArray modelFile(qint64 modelVersionId, const QString &name) const;

    // Job log. A started job records its owner (JobOwner); finishJob sets finished, failed or cancelled.
    qint64 startJob(const QString &kind, const QJsonObject &parameters);
    void finishJob(qint64 jobId, const QString &status, const QJsonObject &result);
    // Items that finished jobs of `kind` ("predict-text", ...) ran model version `versionId` over: their job-log
    // results list the item ids ("item_ids").
    QSet<qint64> itemsPredictedBy(const QString &kind, qint64 versionId) const;
    // The finished jobs of `kind` ("evaluate-text", ...), newest first.
    QList<FinishedJob> finishedJobs(const QString &kind) const;
    // Marks 'interrupted' the running jobs whose process is gone (killed, crashed, power loss); the constructor
    // runs it. Returns how many were marked.
    int markInterruptedJobs();

    // Meta key/value (project settings).
    QString metaValue(const QString &key) const;
    void setMetaValue(const QString &key, const QString &value);

    QString integrityCheck() const; // "ok" when the file is sound

    static QString contentHash(const Item &item);
    static QString contentHash(const ThreadPost &post);

private:
    friend QSqlDatabase storeConnection(const ProjectStore &store);
    QSqlDatabase db() const; // this thread's connection (the store's own code; see StoreConnection.h)

    QString m_path;
    mutable QHash<QString, qint64> m_labelIds; // "schema\nlabel" -> id; labels never change id
};

QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

} // namespace candor
