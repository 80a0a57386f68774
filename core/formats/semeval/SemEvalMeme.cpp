#include "core/formats/semeval/SemEvalMeme.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/ImportContext.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cstdlib>

namespace candor {

namespace {

QStringList techniqueNames(const QJsonArray &labels)
{
    QStringList names;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!labels[i].isString())
            throw Error(Error::tr("labels[%1] is not a technique name (a string)").arg(i));
        if (!names.contains(labels[i].toString()))
            names.append(labels[i].toString());
    }
    return names;
}

// Where the fragment starts when both given offsets are off by at most kMaxSpanShift code points (the official
// test set has three such records); nullopt when the span covers it already or it is not found nearby (then
// checkSpan reports the mismatch). The nearest position wins, the earlier one on a tie.
std::optional<int> realignedStart(
    const CodePointMap &map, QStringView text, const SemEvalRecord::Span &span, const QString &fragment)
{
    if (fragment.isEmpty() || map.mid(text, span.start, span.end) == fragment)
        return std::nullopt;
    const int length = codePointLength(fragment);
    for (int shift = 0; shift <= SemEvalRecord::kMaxSpanShift; ++shift) {
        for (const int start : {span.start - shift, span.start + shift}) {
            if (start >= 0 && std::abs(start + length - span.end) <= SemEvalRecord::kMaxSpanShift
                && map.mid(text, start, start + length) == fragment)
                return start;
        }
    }
    return std::nullopt;
}

QJsonArray withSubtask(QJsonArray subtasks, int subtask)
{
    if (!subtasks.contains(subtask)) {
        subtasks.append(subtask);
        QList<int> sorted;
        for (const QJsonValue &value : subtasks)
            sorted.append(value.toInt());
        std::sort(sorted.begin(), sorted.end());
        subtasks = QJsonArray();
        for (int value : sorted)
            subtasks.append(value);
    }
    return subtasks;
}
} // namespace

SemEvalRecord SemEvalRecord::parse(const QJsonObject &object, int subtask)
{
    SemEvalRecord record;
    record.subtask = subtask;
    record.id = json::requireString(object, QStringLiteral("id"), /*allowNumber=*/true);
    if (record.id.trimmed().isEmpty())
        throw Error(Error::tr("field 'id' is empty"));
    record.text = json::requireString(object, QStringLiteral("text"));
    checkText(record.text, Error::tr("field 'text'"));
    const QJsonArray labels = json::requireArray(object, QStringLiteral("labels"));
    if (subtask != 2) {
        record.labels = techniqueNames(labels);
        if (subtask == 3)
            record.image = json::requireString(object, QStringLiteral("image"));
        return record;
    }
    const CodePointMap map(record.text);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        try {
            const QJsonObject label = json::requireObject(labels[i], Error::tr("the label"));
            Span span{json::requireInt(label, QStringLiteral("start")), json::requireInt(label, QStringLiteral("end")),
                json::requireString(label, QStringLiteral("technique"))};
            const QString fragment = json::requireString(label, QStringLiteral("text_fragment"));
            if (const std::optional<int> moved = realignedStart(map, record.text, span, fragment)) {
                const int end = *moved + codePointLength(fragment);
                record.warnings.append(ImportIssue::tr("labels[%1]: span [%2, %3) does not cover its fragment \"%4\"; "
                                                       "moved to [%5, %6), where the fragment is")
                                           .arg(i)
                                           .arg(span.start)
                                           .arg(span.end)
                                           .arg(fragment)
                                           .arg(*moved)
                                           .arg(end));
                span.start = *moved;
                span.end = end;
            }
            json::checkSpan(map, record.text, span.start, span.end, fragment);
            record.spans.append(span);
        } catch (const Error &error) {
            throw Error(Error::tr("labels[%1]: %2").arg(i).arg(error.message()));
        }
    }
    return record;
}

SemEvalMemeWriter::SemEvalMemeWriter(ProjectStore &store, ImportContext &context, QString jsonPath, QString split)
    : m_store(store)
    , m_context(context)
    , m_jsonPath(std::move(jsonPath))
    , m_split(std::move(split))
{
}

void SemEvalMemeWriter::write(const SemEvalRecord &record)
{
    Item item;
    if (const auto existingId = m_store.findItem(kSemEvalSource, record.id)) {
        item = m_store.item(*existingId).value();
        // Spans of subtask 2 index the text; memes of the three files must agree on it to be one item.
        if (item.text != record.text)
            throw Error(Error::tr("its text differs from the text of meme '%1' imported from another subtask file")
                            .arg(record.id));
    } else {
        item.kind = ItemKind::Meme;
        item.source = kSemEvalSource;
        item.externalId = record.id;
        item.text = record.text;
        item.language = QStringLiteral("en");
    }
    if (!m_split.isEmpty())
        item.split = m_split;
    item.metadata.insert(QStringLiteral("subtasks"),
        withSubtask(item.metadata.value(QStringLiteral("subtasks")).toArray(), record.subtask));
    if (record.subtask == 3) {
        item.metadata.insert(QStringLiteral("image"), record.image);
        if (const auto media = storeImage(record, item.metadata))
            item.mediaId = media;
    }
    const UpsertResult stored = m_store.upsertItem(item);
    m_context.count(stored.outcome);

    Annotation gold;
    gold.itemId = stored.id;
    gold.origin = Origin::Gold;
    gold.status = Status::Accepted;
    gold.schema = record.subtask == 3 ? Schemas::Persuasion22 : Schemas::Persuasion20;
    for (const QString &label : record.labels) {
        gold.label = label;
        if (m_store.addAnnotation(gold) != 0)
            ++m_context.report().annotationsAdded;
    }
    for (const SemEvalRecord::Span &span : record.spans) {
        gold.label = span.technique;
        gold.start = span.start;
        gold.end = span.end;
        if (m_store.addAnnotation(gold) != 0)
            ++m_context.report().annotationsAdded;
    }
}

QString SemEvalMemeWriter::resolveImage(const QString &name) const
{
    // Images lie beside the JSON file (training_set_task3/), or in the folder named like it
    // (dev_set_task3_labeled.txt + dev_set_task3_labeled/).
    const QFileInfo json(m_jsonPath);
    const QString beside = resolveInside(json.absolutePath(), name);
    if (QFileInfo(beside).isFile())
        return beside;
    const QString namedFolder = json.absolutePath() + QLatin1Char('/') + json.completeBaseName();
    if (QFileInfo(namedFolder).isDir()) {
        const QString inFolder = resolveInside(namedFolder, name);
        if (QFileInfo(inFolder).isFile())
            return inFolder;
    }
    throw Error(Error::tr("image file '%1' is neither beside %2 nor in %3/")
                    .arg(name, json.fileName(), json.completeBaseName()));
}

std::optional<qint64> SemEvalMemeWriter::storeImage(const SemEvalRecord &record, QJsonObject &metadata)
{
    try {
        const QString path = resolveImage(record.image);
        return storeImportedImage(
            m_store, m_context, readFileLimited(path, kMaxImageBytes), path, m_jsonPath, record.id, metadata);
    } catch (const Error &error) {
        // The meme's text and labels are still worth having; the image problem is reported.
        m_context.addIssue(
            m_jsonPath, record.id, ImportIssue::tr("image '%1' not stored: %2").arg(record.image, error.message()));
        return std::nullopt;
    }
}

} // namespace candor
