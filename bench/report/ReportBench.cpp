// candor-bench-report [N=1000000] [project.candor]: an analyst's report of a large project, timed step by step,
// with the process's peak memory after each (the target: under 30 s and under 1 GB for 1,000,000 items).
// Generates N items unless the project exists: posts, messages and memes over 8 sources and 24 months, a tenth of
// them with gold persuasion techniques, a fifth with model rows (scores spread over [0, 1)), every 60th item (a post)
// with a model fake / real verdict, PAN categories on messages, and 1,000 items labelled by two annotators (so the
// team section computes agreement with its bootstrap). Rows are inserted by SQL, not through the store, so the
// near-duplicate index is empty and the verdict clusters are not exercised here (NearVerdictBench times those
// lookups). Steps: the report model (every query), then the HTML page and the PDF, each written whole with its
// charts, as `candor-cli report` writes them.
#include "bench/BenchSupport.h"
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/report/ReportBuilder.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "widgets/report/ReportWriter.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace candor;

namespace {

const char *const kWords[] = {"claims", "vaccine", "border", "election", "masks", "farmers", "media", "experts",
    "truth", "freedom", "banks", "climate", "police", "schools", "energy", "prices"};

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

QString peakNote()
{
    return QStringLiteral("peak %1 MB").arg(peakMegabytes(), 0, 'f', 0);
}

void generate(const QString &path, qint64 items)
{
    ProjectStore::create(path);
    ProjectStore store(path);
    ModelVersion version;
    version.task = QStringLiteral("persuasion-labels");
    version.name = QStringLiteral("bench");
    version.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 model = store.addModelVersion(version);
    const QStringList techniques = store.schema(Schemas::Persuasion20).labelNames();
    QList<qint64> techniqueIds;
    for (const QString &name : techniques)
        techniqueIds.append(store.labelId(Schemas::Persuasion20, name));
    const qint64 fake = store.labelId(Schemas::Fake2, QStringLiteral("fake"));
    const qint64 real = store.labelId(Schemas::Fake2, QStringLiteral("real"));
    const qint64 conspiracy = store.labelId(Schemas::Oppositional2, QStringLiteral("CONSPIRACY"));
    const qint64 critical = store.labelId(Schemas::Oppositional2, QStringLiteral("CRITICAL"));

    auto transaction = store.transaction();
    QSqlQuery insert = sql::prepare(storeConnection(store),
        QStringLiteral("INSERT INTO items(kind, source, external_id, split, text, language, created_at, content_hash)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery annotate = sql::prepare(storeConnection(store),
        QStringLiteral("INSERT INTO annotations(item_id, label_id, start_cp, end_cp, origin, annotator,"
                       " model_version_id, score, status, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    static const QString kinds[] = {QStringLiteral("post"), QStringLiteral("message"), QStringLiteral("meme")};
    const QVariant noNumber(QMetaType::fromType<qint64>());
    const QVariant noScore(QMetaType::fromType<double>());
    for (qint64 i = 0; i < items; ++i) {
        const QString text = QStringLiteral("item %1 about %2 and %3, the %4 say so")
                                 .arg(i)
                                 .arg(QLatin1String(kWords[i % 16]), QLatin1String(kWords[(i / 16) % 16]),
                                     QLatin1String(kWords[(i * 7) % 16]));
        const QDateTime date = QDateTime(QDate(2022, 1, 1), QTime(12, 0), Qt::UTC).addDays((i * 13) % 730);
        insert.bindValue(0, kinds[i % 3]);
        insert.bindValue(1, QStringLiteral("source%1").arg(i % 8));
        insert.bindValue(2, QString::number(i));
        insert.bindValue(3, i % 10 == 0 ? QStringLiteral("dev") : QStringLiteral("train"));
        insert.bindValue(4, text);
        insert.bindValue(5, i % 2 == 0 ? QStringLiteral("en") : QStringLiteral("es"));
        insert.bindValue(6, date.toString(Qt::ISODate));
        insert.bindValue(7, QString::number(i, 16));
        sql::exec(insert);
        const qint64 id = insert.lastInsertId().toLongLong();
        const auto add
            = [&](qint64 label, bool span, const QString &origin, const QString &annotator, const QVariant &score) {
                  annotate.bindValue(0, id);
                  annotate.bindValue(1, label);
                  annotate.bindValue(2, span ? QVariant(qint64(5)) : noNumber);
                  annotate.bindValue(3, span ? QVariant(qint64(12)) : noNumber);
                  annotate.bindValue(4, origin);
                  annotate.bindValue(5, sql::text(annotator));
                  annotate.bindValue(6, origin == QLatin1String("model") ? QVariant(model) : noNumber);
                  annotate.bindValue(7, score);
                  annotate.bindValue(
                      8, origin == QLatin1String("model") ? QStringLiteral("proposed") : QStringLiteral("accepted"));
                  sql::exec(annotate);
              };
        const qint64 technique = techniqueIds.at(int((i * 7 + i / 11) % techniqueIds.size()));
        if (i % 10 == 0)
            add(technique, true, QStringLiteral("gold"), QString(), noScore);
        if (i % 5 == 1)
            add(techniqueIds.at(int(i % techniqueIds.size())), false, QStringLiteral("model"), QString(),
                double((i * 37) % 100) / 100.0);
        if (i % 1000 == 0) // two people on the same items: they agree on two items in three
            for (const QString &who : {QStringLiteral("alice"), QStringLiteral("bob")})
                add(who == QLatin1String("bob") && i % 3000 == 0 ? techniqueIds.at(0) : technique, false,
                    QStringLiteral("human"), who, noScore);
        if (i % 3 == 0 && i % 20 == 0)
            add(i % 40 == 0 ? fake : real, false, QStringLiteral("model"), QString(), double((i * 53) % 100) / 100.0);
        if (i % 3 == 1 && i % 7 == 0)
            add(i % 2 == 0 ? conspiracy : critical, false, QStringLiteral("gold"), QString(), noScore);
    }
    transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv); // QtCharts draws the charts through a graphics scene
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = true;
    const qint64 items = arguments.size() > 1 ? arguments[1].toLongLong(&ok) : 1000000;
    if (!ok || items <= 0) {
        QTextStream(stderr) << "usage: candor-bench-report [N=1000000] [project.candor]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path = arguments.size() > 2 ? arguments[2] : dir.filePath(QStringLiteral("report.candor"));
    try {
        bench::Table table(QStringLiteral("candor-bench-report: %L1 items (%2)").arg(items).arg(path));
        if (!QFileInfo::exists(path)) {
            // Generated under another name and renamed when whole: a failed run leaves no project to reuse.
            const QString partial = path + QStringLiteral(".partial");
            QFile::remove(partial);
            bench::Stopwatch watch;
            generate(partial, items);
            Database::closeAll();
            if (!QFile::rename(partial, path))
                throw Error(Error::tr("cannot rename %1 to %2").arg(partial, path));
            table.add(QStringLiteral("generate the project"), watch, {}, peakNote());
        }
        const ProjectStore store(path);
        bench::Stopwatch total;
        bench::Stopwatch watch;
        // Each section's share, from the builder's progress (one step per section group).
        static const char *const kSteps[] = {"  title counts", "  technique sections", "  narratives",
            "  threads, verdicts and their near-duplicates", "  models and team (agreement)"};
        bench::Stopwatch section;
        struct Section
        {
            QString name;
            double wall = 0;
            double cpu = 0;
        };
        QList<Section> sections;
        const ReportModel model = ReportBuilder::build(store, {}, {}, [&](int done, int) {
            sections.append(
                {QLatin1String(kSteps[qBound(0, done - 1, 4)]), section.wallSeconds(), section.cpuSeconds()});
            section.restart();
        });
        table.add(QStringLiteral("report model (every query)"), watch,
            bench::perSecond(double(model.items), watch.wallSeconds(), QStringLiteral("items")), peakNote());
        for (const Section &one : sections)
            table.add(one.name, one.wall, one.cpu);
        watch.restart();
        const QString html
            = ReportWriter::write(model, ReportFormat::Html, dir.filePath(QStringLiteral("r.html")), &store);
        table.add(QStringLiteral("HTML with charts"), watch, {}, html + QStringLiteral(", ") + peakNote());
        watch.restart();
        const QString pdf
            = ReportWriter::write(model, ReportFormat::Pdf, dir.filePath(QStringLiteral("r.pdf")), &store);
        table.add(QStringLiteral("PDF with charts"), watch, {}, pdf + QStringLiteral(", ") + peakNote());
        table.add(QStringLiteral("model + HTML + PDF"), total, {},
            QStringLiteral("targets: < 30 s each report, < 1024 MB; %1").arg(peakNote()));
        table.print();
    } catch (const Error &error) {
        QTextStream(stderr) << "candor-bench-report: " << error.message() << '\n';
        return 1;
    }
    Database::closeAll();
    return 0;
}
