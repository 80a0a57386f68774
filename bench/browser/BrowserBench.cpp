// candor-bench-browser [N=1000000] [project.candor]: the items browser on a large project. Generates N items
// (a tenth annotated: gold, model scores, a few human rows) unless the project exists, then times each step the
// way the GUI runs it: ItemTableModel::setQuery = first page (256 rows) + match count.
#include "browser/ItemTableModel.h"
#include "domain/Error.h"
#include "store/Database.h"
#include "store/ItemQuery.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace candor;

namespace {

const char *const kWords[] = {"claims", "vaccine", "border", "election", "masks", "farmers", "media", "experts",
                              "truth", "freedom", "banks", "climate", "police", "schools", "energy", "prices"};

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
    sql::Transaction transaction(store.db());
    QSqlQuery insert = sql::prepare(store.db(), QStringLiteral(
        "INSERT INTO items(kind, source, external_id, split, text, language, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery annotate = sql::prepare(store.db(), QStringLiteral(
        "INSERT INTO annotations(item_id, label_id, origin, annotator, model_version_id, score, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    static const QString kinds[] = {QStringLiteral("post"), QStringLiteral("message"), QStringLiteral("meme"), QStringLiteral("thread")};
    for (qint64 i = 0; i < items; ++i) {
        const QString text = QStringLiteral("item %1 about %2 and %3, the %4 say so; word%5")
                                 .arg(i).arg(QLatin1String(kWords[i % 16]), QLatin1String(kWords[(i / 16) % 16]),
                                             QLatin1String(kWords[(i * 7) % 16]))
                                 .arg(i % 5000);
        insert.bindValue(0, kinds[i % 4]);
        insert.bindValue(1, i % 3 == 0 ? QStringLiteral("telegram") : QStringLiteral("pan"));
        insert.bindValue(2, QString::number(i));
        insert.bindValue(3, i % 10 == 0 ? QStringLiteral("dev") : QStringLiteral("train"));
        insert.bindValue(4, text);
        insert.bindValue(5, i % 2 == 0 ? QStringLiteral("en") : QStringLiteral("es"));
        insert.bindValue(6, QString::number(i, 16));
        sql::exec(insert);
        const qint64 id = insert.lastInsertId().toLongLong();
        const auto add = [&](qint64 label, const QString &origin, const QString &annotator, const QVariant &score,
                             const QString &status) {
            annotate.bindValue(0, id);
            annotate.bindValue(1, label);
            annotate.bindValue(2, origin);
            annotate.bindValue(3, sql::text(annotator));
            annotate.bindValue(4, origin == QLatin1String("model") ? QVariant(model) : QVariant(QMetaType::fromType<qint64>()));
            annotate.bindValue(5, score);
            annotate.bindValue(6, status);
            sql::exec(annotate);
        };
        if (i % 10 == 0)
            add(slogans, QStringLiteral("gold"), QString(), QVariant(QMetaType::fromType<double>()), QStringLiteral("accepted"));
        if (i % 20 == 0)
            add(doubt, QStringLiteral("model"), QString(), double((i * 37) % 100) / 100.0, QStringLiteral("proposed"));
        if (i % 100 == 0)
            add(doubt, QStringLiteral("human"), i % 200 == 0 ? QStringLiteral("alice") : QStringLiteral("bob"),
                QVariant(QMetaType::fromType<double>()), QStringLiteral("accepted"));
    }
    transaction.commit();
}

double timeStep(ItemTableModel &model, const ItemQuery &query, qint64 &matches)
{
    QElapsedTimer timer;
    timer.start();
    model.setQuery(query);
    matches = model.matchCount();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
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
                       .arg(items).arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1).arg(QFileInfo(path).size() / 1048576);
        }
        timer.start();
        ProjectStore store(path);
        ItemTableModel model;
        model.setStore(&store);
        out << QStringLiteral("%1  %2 ms  (%3 rows shown of %4)\n")
                   .arg(QStringLiteral("first screen (open + first page + count)"), -52)
                   .arg(timer.nsecsElapsed() / 1e6, 8, 'f', 1).arg(model.rowCount()).arg(model.matchCount());
        timer.restart();
        for (int page = 0; page < 20 && model.canFetchMore({}); ++page)
            model.fetchMore({});
        out << QStringLiteral("%1  %2 ms  (%3 rows)\n").arg(QStringLiteral("scroll: 20 more pages (keyset), per page"), -52)
                   .arg(timer.nsecsElapsed() / 1e6 / 20, 8, 'f', 1).arg(model.rowCount());

        struct Step { const char *name; ItemQuery query; };
        QList<Step> steps;
        const auto step = [&](const char *name, const std::function<void(ItemQuery &)> &set) {
            ItemQuery query;
            set(query);
            steps.append({name, query});
        };
        step("filter kind = meme", [](ItemQuery &q) { q.kind = QStringLiteral("meme"); });
        step("filter language = es, split = dev", [](ItemQuery &q) { q.language = QStringLiteral("es"); q.split = QStringLiteral("dev"); });
        step("filter source = telegram", [](ItemQuery &q) { q.source = QStringLiteral("telegram"); });
        step("filter label = Slogans (any origin)", [](ItemQuery &q) { q.label = QStringLiteral("Slogans"); });
        step("filter predicted Doubt, score 0.4-0.6", [](ItemQuery &q) {
            q.predictedLabel = QStringLiteral("Doubt"); q.minScore = 0.4; q.maxScore = 0.6; });
        step("filter review = reviewed", [](ItemQuery &q) { q.review = ItemQuery::Review::Reviewed; });
        step("filter review = unreviewed", [](ItemQuery &q) { q.review = ItemQuery::Review::Unreviewed; });
        step("filter annotator = alice", [](ItemQuery &q) { q.annotator = QStringLiteral("alice"); });
        step("search rare word (word4242)", [](ItemQuery &q) { q.search = QStringLiteral("word4242"); });
        step("search common word (vaccine)", [](ItemQuery &q) { q.search = QStringLiteral("vaccine"); });
        step("search prefix while typing (vacc)", [](ItemQuery &q) { q.search = QStringLiteral("vacc"); });
        step("search + kind + language", [](ItemQuery &q) {
            q.search = QStringLiteral("border"); q.kind = QStringLiteral("post"); q.language = QStringLiteral("en"); });
        step("sort by kind (index, OFFSET pages)", [](ItemQuery &q) { q.sortKey = ItemQuery::SortKey::Kind; });
        step("sort by best model score (computed)", [](ItemQuery &q) {
            q.sortKey = ItemQuery::SortKey::BestScore; q.descending = true; });
        step("sort by uncertainty (computed)", [](ItemQuery &q) {
            q.sortKey = ItemQuery::SortKey::Uncertainty; q.descending = true; });
        step("sort by gold labels (computed)", [](ItemQuery &q) { q.sortKey = ItemQuery::SortKey::GoldLabels; });
        step("unreviewed, sorted by uncertainty", [](ItemQuery &q) {
            q.review = ItemQuery::Review::Unreviewed; q.sortKey = ItemQuery::SortKey::Uncertainty; q.descending = true; });
        step("back to all items", [](ItemQuery &) {});
        for (const Step &s : steps) {
            qint64 matches = 0;
            const double ms = timeStep(model, s.query, matches);
            out << QStringLiteral("%1  %2 ms  (%3 matches)\n").arg(QLatin1String(s.name), -52).arg(ms, 8, 'f', 1).arg(matches);
            out.flush();
        }
    } catch (const Error &error) {
        QTextStream(stderr) << "candor-bench-browser: " << error.message() << '\n';
        return 1;
    }
    Database::closeAll();
    return 0;
}
