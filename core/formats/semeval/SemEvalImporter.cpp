#include "core/formats/semeval/SemEvalImporter.h"

#include "core/domain/Error.h"
#include "core/formats/common/JsonArrayStream.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/semeval/SemEvalMeme.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace candor {

namespace {

bool looksLikeJsonArray(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = in.read(64).trimmed();
    return head.startsWith('[') || head.startsWith("\xEF\xBB\xBF[");
}

// The first record's shape: 3 with an image, 2 with span objects, 1 with technique names; 0 when not SemEval.
int subtaskFromFirstRecord(const QString &file)
{
    try {
        JsonArrayStream stream(file);
        QJsonValue first;
        if (!stream.next(first) || !first.isObject())
            return 0;
        const QJsonObject object = first.toObject();
        if (!object.contains(QLatin1String("id")) || !object.value(QLatin1String("text")).isString()
            || !object.value(QLatin1String("labels")).isArray() || object.contains(QLatin1String("annotations")))
            return 0;
        if (object.contains(QLatin1String("image")))
            return 3;
        const QJsonArray labels = object.value(QLatin1String("labels")).toArray();
        return !labels.isEmpty() && labels.first().isObject() ? 2 : 1;
    } catch (const Error &) {
        return 0;
    }
}

// SemEval files in `folder` and up to two levels of sub-folders, subtask 1 files first, then 2, then 3.
void collectSemEvalFiles(const QString &folder, int depthLeft, QList<QPair<int, QString>> &found)
{
    const QDir dir(folder);
    for (const QFileInfo &file :
        dir.entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        if (const int subtask = SemEvalImporter::subtaskOf(file.absoluteFilePath()))
            found.append({subtask, file.absoluteFilePath()});
    if (depthLeft > 0)
        for (const QFileInfo &child : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (!child.isSymLink())
                collectSemEvalFiles(child.absoluteFilePath(), depthLeft - 1, found);
}

QStringList semEvalFilesIn(const QString &folder)
{
    QList<QPair<int, QString>> found;
    collectSemEvalFiles(folder, 2, found);
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList files;
    for (const auto &entry : found)
        files.append(entry.second);
    return files;
}

} // namespace

int SemEvalImporter::subtaskOf(const QString &file)
{
    if (!QFileInfo(file).isFile() || !looksLikeJsonArray(file))
        return 0;
    const int shape = subtaskFromFirstRecord(file);
    if (shape == 0)
        return 0;
    static const QRegularExpression named(
        QStringLiteral("task([123])(?![0-9])"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = named.match(QFileInfo(file).fileName());
    return match.hasMatch() ? match.captured(1).toInt() : shape;
}

bool SemEvalImporter::recognises(const QString &path) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return !semEvalFilesIn(path).isEmpty();
    return subtaskOf(path) != 0;
}

void SemEvalImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QStringList files = QFileInfo(path).isDir() ? semEvalFilesIn(path) : QStringList{path};
    if (files.isEmpty())
        throw Error(Error::tr("%1: no SemEval-2021 Task 6 JSON files in this folder").arg(path));
    for (const QString &file : files) {
        if (context.isCancelled())
            return;
        int subtask = subtaskOf(file);
        if (subtask == 0) {
            // Named explicitly with --format semeval: read it as subtask 1 and let each record say what is wrong.
            if (!looksLikeJsonArray(file))
                throw Error(Error::tr("%1: not a SemEval-2021 Task 6 file (expected a JSON array of memes)").arg(file));
            subtask = 1;
        }
        importFile(store, file, subtask, options.split.isEmpty() ? splitFromPath(file) : options.split, context);
    }
}

void SemEvalImporter::importFile(
    ProjectStore &store, const QString &file, int subtask, const QString &split, ImportContext &context)
{
    SemEvalMemeWriter writer(store, context, file, split);
    QSet<QString> idsRead; // from this file: the subtask files merge by id, one file must not repeat one
    json::forEachArrayElement(file, context, [&](const QJsonValue &element, qint64 index) {
        const QJsonObject object = element.toObject();
        QString recordName = object.value(QLatin1String("id")).isString() ? object.value(QLatin1String("id")).toString()
                                                                          : QStringLiteral("#%1").arg(index + 1);
        if (const QJsonValue id = object.value(QLatin1String("id")); id.isDouble())
            recordName = json::numberText(id.toDouble()); // only the messages' name: parse() refuses ids beyond 2^53
        context.record(store, file, recordName, [&] {
            const SemEvalRecord record
                = SemEvalRecord::parse(json::requireObject(element, Error::tr("the record")), subtask);
            if (idsRead.contains(record.id))
                throw Error(Error::tr("id %1 appears twice in this file").arg(record.id));
            writer.write(record);
            idsRead.insert(record.id);
            for (const QString &warning : record.warnings)
                context.addWarning(file, recordName, warning);
        });
    });
}

} // namespace candor
