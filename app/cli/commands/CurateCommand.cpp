#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/agreement/Curation.h"
#include "core/domain/AnnotatorProfile.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

namespace {

QString rowText(const Annotation &row)
{
    QString text = row.label;
    if (row.isSpan())
        text += QStringLiteral(" [%1-%2]").arg(*row.start).arg(*row.end);
    if (row.postRowId)
        text += QStringLiteral(" (post %1)").arg(*row.postRowId);
    return text;
}

QJsonObject rowJson(const Annotation &row)
{
    QJsonObject object{{QStringLiteral("label"), row.label}, {QStringLiteral("annotator"), row.annotator}};
    if (row.isSpan()) {
        object.insert(QStringLiteral("start"), *row.start);
        object.insert(QStringLiteral("end"), *row.end);
    }
    if (row.postRowId)
        object.insert(QStringLiteral("post_row_id"), *row.postRowId);
    return object;
}

} // namespace

int runCurate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Adjudication of one item and schema. Without --accept or --clear it lists the versions there are: the\n"
        "curated rows already settled, each annotator's human rows (human:NAME), the gold rows and the newest model\n"
        "version's rows (model). --accept VERSION stores that version's rows as the curated rows, in place of those\n"
        "there, in one transaction; several --accept merge their versions' rows (identical rows once; a\n"
        "single-choice schema refuses two answers for one item or post). The annotators' rows stay as they are.\n"
        "Curated rows come first in 'best', in training and in evaluation, and export with --origin curated.\n"
        "--clear removes the curation."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("item"), QStringLiteral("the item: its id or SOURCE/EXTERNAL_ID"));
    parser.addOption(
        {QStringLiteral("schema"), QStringLiteral("the label schema, e.g. persuasion-20"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("accept"),
        QStringLiteral("the version to settle: human:NAME, gold, model or curated; given several times, their rows "
                       "are merged"),
        QStringLiteral("version")});
    parser.addOption({QStringLiteral("clear"), QStringLiteral("remove the curated rows of the item and schema")});
    parser.addOption({QStringLiteral("annotator"),
        QStringLiteral("the curator's name (default: the annotator profile's, else $USER)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const QString schema = parser.value(QStringLiteral("schema"));
    if (schema.isEmpty()) {
        printErr(arguments.value(0) + QStringLiteral(": --schema is required"));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("accept")) && parser.isSet(QStringLiteral("clear"))) {
        printErr(arguments.value(0) + QStringLiteral(": --accept and --clear exclude each other"));
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    ProjectStore store(positional.at(0));
    store.schema(schema); // throws "the project has no label schema" for a name it does not know
    const qint64 itemId = itemNamed(store, positional.at(1));
    const bool json = parser.isSet(QStringLiteral("json"));

    if (parser.isSet(QStringLiteral("accept")) || parser.isSet(QStringLiteral("clear"))) {
        // Several --accept: their rows merged (identical ones once), e.g. one annotator's spans and another's.
        const QStringList accepted = parser.values(QStringLiteral("accept"));
        const QString version = accepted.join(QLatin1Char('+'));
        QList<Annotation> rows;
        for (const QString &name : accepted)
            rows += curationVersion(store, itemId, schema, name);
        const QString curator = AnnotatorProfile::resolveName(parser.value(QStringLiteral("annotator")));
        const QList<Annotation> replaced = settleCuration(store, itemId, schema, rows, curator);
        const int stored = int(curationVersions(store, itemId, schema).value(0).rows.size());
        const bool cleared = version.isEmpty();
        if (json)
            printOut(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("item"), itemId}, {QStringLiteral("schema"), schema},
                                  {QStringLiteral("accepted"), version}, {QStringLiteral("curator"), curator},
                                  {QStringLiteral("curated_rows"), cleared ? 0 : stored},
                                  {QStringLiteral("replaced_rows"), int(replaced.size())}})
                    .toJson(QJsonDocument::Compact)));
        else if (cleared)
            printOut(QStringLiteral("item %1 %2: curation cleared (%3 curated rows removed)")
                         .arg(itemId)
                         .arg(schema)
                         .arg(replaced.size()));
        else
            printOut(QStringLiteral("item %1 %2: %3 settled by %4 (%5 curated rows; %6 replaced)")
                         .arg(itemId)
                         .arg(schema, version, curator)
                         .arg(stored)
                         .arg(replaced.size()));
        return Ok;
    }

    const QList<CurationVersion> versions = curationVersions(store, itemId, schema);
    if (json) {
        QJsonArray list;
        for (const CurationVersion &version : versions) {
            QJsonArray rows;
            for (const Annotation &row : version.rows)
                rows.append(rowJson(row));
            list.append(QJsonObject{{QStringLiteral("name"), version.name}, {QStringLiteral("rows"), rows}});
        }
        printOut(QString::fromUtf8(QJsonDocument(
            QJsonObject{{QStringLiteral("item"), itemId}, {QStringLiteral("schema"), schema},
                {QStringLiteral("versions"),
                    list}}).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    if (versions.isEmpty())
        printOut(QStringLiteral("item %1 %2: no annotation to curate").arg(itemId).arg(schema));
    for (const CurationVersion &version : versions) {
        QStringList rows;
        for (const Annotation &row : version.rows)
            rows.append(rowText(row));
        printOut(QStringLiteral("%1: %2").arg(version.name, rows.join(QStringLiteral("; "))));
    }
    return Ok;
}

} // namespace candor::cli
