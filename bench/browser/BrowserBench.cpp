// candor-bench-browser [N=1000000] [project.candor]: the items browser on a large project. Generates N items
// (a tenth annotated: gold, model scores, a few human rows) unless the project exists, then times each step the
// way the GUI runs it: ItemTableModel::setQuery returns with the first page (256 rows: what the user sees first,
// "page"); a count that is not free runs on the model's MatchCounter worker, "count" is when it arrives (from the
// start of the step, so it includes the page). CPU is the process's, both threads.
// candor-bench-browser --insert-cost [N=100000]: what the browser's triggers on items cost an import: N items
// inserted into a fresh project with the schema-5 triggers, with the schema-4 ones (summary row, no facets) and
// with no summary trigger at all (the full-text trigger stays in all three).
#include "bench/BenchSupport.h"
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "core/store/MatchCounter.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "widgets/browser/ItemTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace candor;

namespace {

const char *const kWords[] = {"claims", "vaccine", "border", "election", "masks", "farmers", "media", "experts",
    "truth", "freedom", "banks", "climate", "police", "schools", "energy", "prices"};

const QString kInsertItem = QStringLiteral(
    "INSERT INTO items(kind, source, external_id, split, text, language, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)");

// Item i of the generated project: kind, language, source and split cycle with periods 4, 2, 3 and 10.
void bindItem(QSqlQuery &insert, qint64 i)
{
    static const QString kinds[]
        = {QStringLiteral("post"), QStringLiteral("message"), QStringLiteral("meme"), QStringLiteral("thread")};
    const QString text = QStringLiteral("item %1 about %2 and %3, the %4 say so; word%5")
                             .arg(i)
                             .arg(QLatin1String(kWords[i % 16]), QLatin1String(kWords[(i / 16) % 16]),
                                 QLatin1String(kWords[(i * 7) % 16]))
                             .arg(i % 5000);
    insert.bindValue(0, kinds[i % 4]);
    insert.bindValue(1, i % 3 == 0 ? QStringLiteral("telegram") : QStringLiteral("pan"));
    insert.bindValue(2, QString::number(i));
    insert.bindValue(3, i % 10 == 0 ? QStringLiteral("dev") : QStringLiteral("train"));
    insert.bindValue(4, text);
    insert.bindValue(5, i % 2 == 0 ? QStringLiteral("en") : QStringLiteral("es"));
    insert.bindValue(6, QString::number(i, 16));
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
    const qint64 slogans = store.labelId(Schemas::Persuasion22, QStringLiteral("Slogans"));
    const qint64 doubt = store.labelId(Schemas::Persuasion22, QStringLiteral("Doubt"));
    auto transaction = store.transaction();
    QSqlQuery insert = sql::prepare(storeConnection(store), kInsertItem);
    QSqlQuery annotate = sql::prepare(storeConnection(store),
        QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, annotator, model_version_id, score, status, "
                       "created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    for (qint64 i = 0; i < items; ++i) {
        bindItem(insert, i);
        sql::exec(insert);
        const qint64 id = insert.lastInsertId().toLongLong();
        const auto add = [&](qint64 label, const QString &origin, const QString &annotator, const QVariant &score,
                             const QString &status) {
            annotate.bindValue(0, id);
            annotate.bindValue(1, label);
            annotate.bindValue(2, origin);
            annotate.bindValue(3, sql::text(annotator));
            annotate.bindValue(
                4, origin == QLatin1String("model") ? QVariant(model) : QVariant(QMetaType::fromType<qint64>()));
            annotate.bindValue(5, score);
            annotate.bindValue(6, status);
            sql::exec(annotate);
        };
        if (i % 10 == 0)
            add(slogans, QStringLiteral("gold"), QString(), QVariant(QMetaType::fromType<double>()),
                QStringLiteral("accepted"));
        if (i % 20 == 0)
            add(doubt, QStringLiteral("model"), QString(), double((i * 37) % 100) / 100.0, QStringLiteral("proposed"));
        if (i % 100 == 0)
            add(doubt, QStringLiteral("human"), i % 200 == 0 ? QStringLiteral("alice") : QStringLiteral("bob"),
                QVariant(QMetaType::fromType<double>()), QStringLiteral("accepted"));
    }
    transaction.commit();
}

// Inserts `items` generated items into fresh projects under three trigger sets and prints wall and CPU time.
void insertCost(qint64 items, QTextStream &out)
{
    struct Variant
    {
        const char *name;
        QStringList changes;
    };
    const QString v4Insert = QStringLiteral("CREATE TRIGGER items_summary_insert AFTER INSERT ON items BEGIN"
                                            " INSERT INTO item_summary(item_id) VALUES (new.id); END");
    const QStringList dropFacets = {QStringLiteral("DROP TRIGGER items_summary_insert"),
        QStringLiteral("DROP TRIGGER items_facet_delete"), QStringLiteral("DROP TRIGGER items_facet_update")};
    const QList<Variant> variants = {
        {"schema 5: summary row + facet count", {}},
        {"schema 4 triggers: summary row only", dropFacets + QStringList{v4Insert}},
        {"no summary trigger (full text only)", dropFacets},
    };
    QTemporaryDir dir;
    bench::Table table(QStringLiteral("inserting %L1 items in one transaction (rate per CPU second)").arg(items));
    int n = 0;
    for (const Variant &variant : variants) {
        const QString path = dir.filePath(QStringLiteral("insert%1.candor").arg(++n));
        ProjectStore::create(path);
        ProjectStore store(path);
        for (const QString &change : variant.changes)
            sql::exec(storeConnection(store), change);
        bench::Stopwatch watch;
        auto transaction = store.transaction();
        QSqlQuery insert = sql::prepare(storeConnection(store), kInsertItem);
        for (qint64 i = 0; i < items; ++i) {
            bindItem(insert, i);
            sql::exec(insert);
        }
        transaction.commit();
        table.add(QLatin1String(variant.name), watch,
            bench::perSecond(double(items), watch.cpuSeconds(), QStringLiteral("items")));
    }
    table.print();
    Database::closeAll();
    out.flush();
}

ItemQuery search(const QString &words)
{
    ItemQuery query;
    query.search = words;
    return query;
}

// Runs the event loop until the model's count of the current query arrived (or failed).
void waitForCount(ItemTableModel &model)
{
    if (model.knownMatchCount() || !model.matchCountError().isEmpty())
        return;
    QEventLoop loop;
    QObject::connect(&model, &ItemTableModel::matchCountChanged, &loop, [&] {
        if (model.knownMatchCount() || !model.matchCountError().isEmpty())
            loop.quit();
    });
    loop.exec();
}

// Wall and CPU milliseconds of one filter step: until the page is shown, and until the count is known.
struct StepTimes
{
    double pageWall = 0, pageCpu = 0, countWall = 0, countCpu = 0;
    bool background = false; // the count ran on the worker after the page
    qint64 matches = -1;
};

StepTimes timeStep(ItemTableModel &model, const std::function<void()> &refresh)
{
    StepTimes times;
    bench::Stopwatch watch;
    refresh();
    times.pageWall = watch.wallSeconds() * 1e3;
    times.pageCpu = watch.cpuSeconds() * 1e3;
    times.background = !model.knownMatchCount();
    waitForCount(model);
    times.countWall = watch.wallSeconds() * 1e3;
    times.countCpu = watch.cpuSeconds() * 1e3;
    times.matches = model.knownMatchCount().value_or(-1);
    if (!model.matchCountError().isEmpty())
        throw Error(QStringLiteral("count failed: %1").arg(model.matchCountError()));
    return times;
}

void printStep(QTextStream &out, const QString &name, const StepTimes &t)
{
    out << QStringLiteral("%1  page %2 ms cpu %3  count %4 ms cpu %5  (%6 matches%7)\n")
               .arg(name, -52)
               .arg(t.pageWall, 7, 'f', 1)
               .arg(t.pageCpu, 6, 'f', 1)
               .arg(t.countWall, 7, 'f', 1)
               .arg(t.countCpu, 6, 'f', 1)
               .arg(t.matches)
               .arg(t.background ? QStringLiteral(", counted in background") : QString());
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("--insert-cost")) {
        try {
            insertCost(arguments.value(2, QStringLiteral("100000")).toLongLong(), out);
        } catch (const Error &error) {
            QTextStream(stderr) << "candor-bench-browser: " << error.message() << '\n';
            return 1;
        }
        return 0;
    }
    const qint64 items = arguments.value(1, QStringLiteral("1000000")).toLongLong();
    QTemporaryDir dir;
    const QString path = arguments.size() > 2 ? arguments[2] : dir.filePath(QStringLiteral("browser.candor"));
    try {
        QElapsedTimer timer;
        if (!QFileInfo::exists(path)) {
            timer.start();
            generate(path, items);
            Database::closeAll();
            out << QStringLiteral("generated %1 items in %2 s (%3 MB)\n")
                       .arg(items)
                       .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
                       .arg(QFileInfo(path).size() / 1048576);
        }
        // An older project is upgraded first, timed on its own (opening it would do the same inside first screen).
        if (const int version = Migrations::currentVersion(Database::connection(path));
            version < Migrations::latestVersion) {
            bench::Stopwatch upgrade;
            Migrations::migrate(Database::connection(path));
            out << QStringLiteral("upgraded schema %1 -> %2 in %3 s (cpu %4 s)\n")
                       .arg(version)
                       .arg(Migrations::latestVersion)
                       .arg(upgrade.wallSeconds(), 0, 'f', 1)
                       .arg(upgrade.cpuSeconds(), 0, 'f', 1);
            out.flush();
        }
        timer.start();
        ProjectStore store(path);
        ItemTableModel model;
        model.setStore(&store);
        out << QStringLiteral("%1  %2 ms  (%3 rows shown of %4)\n")
                   .arg(QStringLiteral("first screen (open + first page + exact count)"), -52)
                   .arg(timer.nsecsElapsed() / 1e6, 8, 'f', 1)
                   .arg(model.rowCount())
                   .arg(model.matchCount());
        timer.restart();
        for (int page = 0; page < 20 && model.canFetchMore({}); ++page)
            model.fetchMore({});
        out << QStringLiteral("%1  %2 ms  (%3 rows)\n")
                   .arg(QStringLiteral("scroll: 20 more pages (keyset), per page"), -52)
                   .arg(timer.nsecsElapsed() / 1e6 / 20, 8, 'f', 1)
                   .arg(model.rowCount());

        struct Step
        {
            const char *name;
            ItemQuery query;
        };
        QList<Step> steps;
        const auto step = [&](const char *name, const std::function<void(ItemQuery &)> &set) {
            ItemQuery query;
            set(query);
            steps.append({name, query});
        };
        step("filter kind = meme", [](ItemQuery &q) { q.kind = QStringLiteral("meme"); });
        step("filter language = es, split = dev", [](ItemQuery &q) {
            q.language = QStringLiteral("es");
            q.split = QStringLiteral("dev");
        });
        step("filter source = telegram", [](ItemQuery &q) { q.source = QStringLiteral("telegram"); });
        step("filter meme + telegram + dev (one small facet)", [](ItemQuery &q) {
            q.kind = QStringLiteral("meme");
            q.source = QStringLiteral("telegram");
            q.split = QStringLiteral("dev");
        });
        step("filter source = telegram + label = Slogans", [](ItemQuery &q) {
            q.source = QStringLiteral("telegram");
            q.label = QStringLiteral("Slogans");
        });
        step("filter label = Slogans (any origin)", [](ItemQuery &q) { q.label = QStringLiteral("Slogans"); });
        step("filter predicted Doubt, score 0.4-0.6", [](ItemQuery &q) {
            q.predictedLabel = QStringLiteral("Doubt");
            q.minScore = 0.4;
            q.maxScore = 0.6;
        });
        step("filter review = reviewed", [](ItemQuery &q) { q.review = ItemQuery::Review::Reviewed; });
        step("filter review = unreviewed", [](ItemQuery &q) { q.review = ItemQuery::Review::Unreviewed; });
        step("filter annotator = alice", [](ItemQuery &q) { q.annotator = QStringLiteral("alice"); });
        step("search rare word (word4242)", [](ItemQuery &q) { q.search = QStringLiteral("word4242"); });
        step("search common word (vaccine)", [](ItemQuery &q) { q.search = QStringLiteral("vaccine"); });
        step("search prefix while typing (vacc)", [](ItemQuery &q) { q.search = QStringLiteral("vacc"); });
        step("search + kind + language", [](ItemQuery &q) {
            q.search = QStringLiteral("border");
            q.kind = QStringLiteral("post");
            q.language = QStringLiteral("en");
        });
        step("search + small facet (meme, telegram, dev)", [](ItemQuery &q) {
            q.search = QStringLiteral("vaccine");
            q.kind = QStringLiteral("meme");
            q.source = QStringLiteral("telegram");
            q.split = QStringLiteral("dev");
        });
        step("small facet, unreviewed by uncertainty", [](ItemQuery &q) {
            q.kind = QStringLiteral("meme");
            q.source = QStringLiteral("telegram");
            q.split = QStringLiteral("dev");
            q.review = ItemQuery::Review::Unreviewed;
            q.sortKey = ItemQuery::SortKey::Uncertainty;
            q.descending = true;
        });
        step("sort by kind (index, OFFSET pages)", [](ItemQuery &q) { q.sortKey = ItemQuery::SortKey::Kind; });
        step("sort by best model score (computed)", [](ItemQuery &q) {
            q.sortKey = ItemQuery::SortKey::BestScore;
            q.descending = true;
        });
        step("sort by uncertainty (computed)", [](ItemQuery &q) {
            q.sortKey = ItemQuery::SortKey::Uncertainty;
            q.descending = true;
        });
        step("sort by gold labels (computed)", [](ItemQuery &q) { q.sortKey = ItemQuery::SortKey::GoldLabels; });
        step("unreviewed, sorted by uncertainty", [](ItemQuery &q) {
            q.review = ItemQuery::Review::Unreviewed;
            q.sortKey = ItemQuery::SortKey::Uncertainty;
            q.descending = true;
        });
        step("back to all items", [](ItemQuery &) {});
        for (const Step &s : steps)
            printStep(out, QLatin1String(s.name), timeStep(model, [&] { model.setQuery(s.query); }));
        // Typing "vaccine": a refresh per keystroke with no wait between them, as a fast typist's keystrokes arrive;
        // each superseded count is stopped. Page = all seven refreshes; count = the last word's count arriving.
        int superseded = 0;
        QObject::connect(
            model.findChild<MatchCounter *>(), &MatchCounter::cancelled, &model, [&superseded] { ++superseded; });
        const StepTimes typing = timeStep(model, [&] {
            const QString word = QStringLiteral("vaccine");
            for (int length = 1; length <= word.size(); ++length)
                model.setQuery(search(word.left(length)));
        });
        QCoreApplication::processEvents(); // cancellations of counts dropped before they ran are queued too
        printStep(out, QStringLiteral("typing 'vaccine' (7 refreshes, %1 counts cancelled)").arg(superseded), typing);
    } catch (const Error &error) {
        QTextStream(stderr) << "candor-bench-browser: " << error.message() << '\n';
        return 1;
    }
    Database::closeAll();
    return 0;
}
