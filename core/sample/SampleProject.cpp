#include "core/sample/SampleProject.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/Importer.h"
#include "core/formats/tabular/GenericImporters.h"
#include "core/formats/telegram/TelegramImporter.h"
#include "core/sample/SampleChats.h"
#include "core/sample/SampleMemes.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace candor {

namespace {

constexpr int kSteps = 5;

void requireClean(const ImportReport &report, const QString &what)
{
    if (!report.issues.isEmpty())
        throw Error(Error::tr("sample %1: %2").arg(what, report.issues.first().toString()));
    if (report.cancelled)
        throw Error(Error::tr("building the sample project was cancelled"));
}

void build(const QString &path, const std::atomic_bool *cancel, const SampleProgressFn &progress)
{
    const auto step = [&](int number, const QString &what) {
        if (cancel && cancel->load())
            throw Error(Error::tr("building the sample project was cancelled"));
        if (progress)
            progress(number, kSteps, what);
    };
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Error(Error::tr("cannot create a temporary folder for the sample data: %1").arg(scratch.errorString()));

    // The step names reach people as the job's log lines and progress text.
    step(1, QCoreApplication::translate("SampleProject", "generating memes and chats"));
    const int memes = writeSampleMemes(scratch.filePath(QStringLiteral("memes")));
    const QList<SampleChat> chats = sampleChats();
    for (const SampleChat &chat : chats)
        writeTelegramExport(chat, scratch.filePath(QStringLiteral("telegram-") + chat.language));

    ProjectStore::create(path);
    ProjectStore store(path);
    const qint64 job = store.startJob(
        QStringLiteral("sample"), {{QStringLiteral("memes"), memes}, {QStringLiteral("chats"), chats.size()}});

    step(2, QCoreApplication::translate("SampleProject", "importing memes"));
    JsonlImporter jsonl;
    ImportOptions memeOptions;
    memeOptions.mapping
        = {{QStringLiteral("kind"), QStringLiteral("meme")}, {QStringLiteral("source"), sampleMemeSource()},
            {QStringLiteral("schema"), Schemas::Persuasion22}, {QStringLiteral("span_schema"), Schemas::Persuasion20}};
    ImportReport total
        = importPath(store, jsonl, scratch.filePath(QStringLiteral("memes/memes.jsonl")), memeOptions, {}, cancel);
    requireClean(total, QStringLiteral("memes"));

    step(3, QCoreApplication::translate("SampleProject", "importing Telegram exports"));
    TelegramImporter telegram;
    for (const SampleChat &chat : chats) {
        ImportOptions options;
        options.mapping = {{QStringLiteral("language"), chat.language}};
        const ImportReport report = importPath(
            store, telegram, scratch.filePath(QStringLiteral("telegram-") + chat.language), options, {}, cancel);
        requireClean(report, chat.name);
        total.merge(report);
    }

    step(4,
        QCoreApplication::translate("SampleProject", "adding meme text labels, narrative, stance and veracity labels"));
    auto transaction = store.transaction();
    int annotations = addSampleMemeTextLabels(store);
    for (const SampleChat &chat : chats)
        annotations += annotateChat(store, chat);
    transaction.commit();

    step(5, QCoreApplication::translate("SampleProject", "finishing"));
    store.setMetaValue(QStringLiteral("sample_project"), QString::number(kSampleProjectVersion));
    QJsonObject result = total.toJson();
    result.insert(QStringLiteral("added_annotations"), annotations);
    store.finishJob(job, QStringLiteral("finished"), result);
}

} // namespace

void buildSampleProject(const QString &path, const std::atomic_bool *cancel, const SampleProgressFn &progress)
{
    if (QFileInfo::exists(path))
        throw Error(Error::tr("cannot create the sample project '%1': the file exists").arg(path));
    try {
        build(path, cancel, progress);
    } catch (...) {
        // Nothing half-built stays behind: the connection is closed first so the files can go.
        Database::close(path);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        throw;
    }
}

} // namespace candor
