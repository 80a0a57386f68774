// `candor-cli schema`: a team's own label schemas (list, show, import, export, copy, edit, delete).
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/domain/SchemaChecks.h"
#include "core/formats/schema/SchemaFile.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

namespace {

const QStringList kActions = {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("import"),
    QStringLiteral("export"), QStringLiteral("copy"), QStringLiteral("edit"), QStringLiteral("delete")};

QStringList schemaNames(const ProjectStore &store)
{
    QStringList names;
    for (const LabelSchema &schema : store.schemas())
        names.append(schema.name);
    return names;
}

void printWarnings(const LabelSchema &schema)
{
    for (const SchemaProblem &problem : checkSchema(schema))
        if (problem.severity == SchemaProblem::Severity::Warning)
            printErr(QStringLiteral("warning: %1 label %2 '%3': %4")
                         .arg(schema.name)
                         .arg(problem.label + 1)
                         .arg(schema.labels.value(problem.label).name, problem.message));
}

LabelDef &labelOf(LabelSchema &schema, const QString &name)
{
    const int index = schema.indexOf(name);
    if (index < 0)
        throw Error(QStringLiteral("label schema '%1' has no label '%2'").arg(schema.name, name));
    return schema.labels[index];
}

// "LABEL=VALUE" of --rename, --colour and --key; the label may itself hold '=' only before the last one.
QPair<QString, QString> assignment(const QString &text, const QString &option)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        throw Error(QStringLiteral("--%1 takes LABEL=VALUE, not '%2'").arg(option, text));
    return {text.left(equals), text.mid(equals + 1)};
}

LabelSchema copyOf(const LabelSchema &source, const QString &name)
{
    LabelSchema copy = source;
    copy.name = name;
    for (LabelDef &def : copy.labels)
        def.id = 0;
    return copy;
}

// Applies the edits grouped by kind, in this order: --add, --rename, --colour, --key, --retire, --restore, --remove
// (so a colour or key names a label by its new name); one save afterwards, in one transaction.
void applyEdits(LabelSchema &schema, const QCommandLineParser &parser)
{
    for (const QString &name : parser.values(QStringLiteral("add"))) {
        LabelDef def;
        def.name = name;
        def.colour = defaultLabelColour(int(schema.labels.size()));
        schema.labels.append(def);
    }
    for (const QString &text : parser.values(QStringLiteral("rename"))) {
        const auto [from, to] = assignment(text, QStringLiteral("rename"));
        labelOf(schema, from).name = to;
    }
    for (const QString &text : parser.values(QStringLiteral("colour"))) {
        const auto [label, value] = assignment(text, QStringLiteral("colour"));
        const QColor colour = QColor::fromString(value);
        if (!colour.isValid())
            throw Error(QStringLiteral("--colour %1: '%2' is not a colour (use #rrggbb)").arg(label, value));
        labelOf(schema, label).colour = colour;
    }
    for (const QString &text : parser.values(QStringLiteral("key"))) {
        const auto [label, value] = assignment(text, QStringLiteral("key"));
        labelOf(schema, label).shortcut = value;
    }
    for (const QString &name : parser.values(QStringLiteral("retire")))
        labelOf(schema, name).retired = true;
    for (const QString &name : parser.values(QStringLiteral("restore")))
        labelOf(schema, name).retired = false;
    // A label no annotation uses can go; saveSchema refuses one that is used (retire it instead).
    for (const QString &name : parser.values(QStringLiteral("remove"))) {
        labelOf(schema, name);
        schema.labels.removeAt(schema.indexOf(name));
    }
    if (parser.isSet(QStringLiteral("description")))
        schema.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("use")))
        schema.use = schemaUseFromName(parser.value(QStringLiteral("use")));
}

// The labels of a file laid over a stored schema: matched by name, new ones added, ones the file lacks retired.
LabelSchema replacement(const LabelSchema &stored, const LabelSchema &file)
{
    LabelSchema result = file;
    for (LabelDef &def : result.labels) {
        const int index = stored.indexOf(def.name);
        if (index >= 0)
            def.id = stored.labels[index].id;
    }
    for (const LabelDef &def : stored.labels)
        if (file.indexOf(def.name) < 0) {
            LabelDef kept = def;
            kept.retired = true;
            result.labels.append(kept);
        }
    return result;
}

void listSchemas(const ProjectStore &store, bool json)
{
    QJsonArray list;
    for (const LabelSchema &schema : store.schemas()) {
        const QHash<qint64, qint64> uses = store.labelUseCounts(schema.name);
        qint64 annotations = 0;
        for (qint64 count : uses)
            annotations += count;
        const int inUse = int(schema.labelNames().size());
        const int retired = int(
            std::count_if(schema.labels.begin(), schema.labels.end(), [](const LabelDef &def) { return def.retired; }));
        if (json) {
            list.append(QJsonObject{{QStringLiteral("name"), schema.name},
                {QStringLiteral("use"), schemaUseName(schema.use)}, {QStringLiteral("built_in"), schema.isBuiltin()},
                {QStringLiteral("labels"), inUse}, {QStringLiteral("retired"), retired},
                {QStringLiteral("annotations"), annotations}, {QStringLiteral("description"), schema.description}});
            continue;
        }
        printOut(QStringLiteral("%1  %2, %3 labels%4, %5 annotations%6")
                     .arg(schema.name.leftJustified(16), schemaUseName(schema.use))
                     .arg(inUse)
                     .arg(retired > 0 ? QStringLiteral(" (+%1 retired)").arg(retired) : QString())
                     .arg(annotations)
                     .arg(schema.isBuiltin() ? QStringLiteral(", built-in") : QString()));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

void showSchema(const ProjectStore &store, const QString &name, bool json)
{
    const LabelSchema schema = store.schema(name);
    if (json) {
        printOut(QString::fromUtf8(SchemaFile::toJson(schema)).trimmed());
        return;
    }
    const QHash<qint64, qint64> uses = store.labelUseCounts(name);
    printOut(QStringLiteral("%1 (%2%3): %4")
                 .arg(schema.name, schemaUseName(schema.use),
                     schema.isBuiltin() ? QStringLiteral(", built-in, read-only") : QString(), schema.description));
    for (int i = 0; i < schema.labels.size(); ++i) {
        const LabelDef &def = schema.labels[i];
        // One multi-argument arg(): a label named "%5" must not be filled in by a later one.
        printOut(QStringLiteral("%1. %2  %3  key %4  %5 annotations%6%7")
                     .arg(QString::number(i + 1), def.name, def.colour.name(),
                         def.shortcut.isEmpty() ? QStringLiteral("-") : def.shortcut,
                         QString::number(uses.value(def.id)), def.retired ? QStringLiteral(", retired") : QString(),
                         def.ignored ? QStringLiteral(", ignored") : QString()));
    }
}

} // namespace

int runSchema(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A team's own label schemas.\n"
        "  list P                   the schemas, their use, labels and annotations\n"
        "  show P NAME              the labels of one (--json: the schema file)\n"
        "  import P FILE            a schema file (Candor JSON or a Label Studio labeling configuration);\n"
        "                           --name names it; --replace updates a schema of that name (labels matched by\n"
        "                           name, new ones added, those the file lacks retired)\n"
        "  export P NAME FILE       write the schema file\n"
        "  copy P FROM TO           a copy to edit (the built-in schemas are read-only)\n"
        "  edit P NAME              --add, --rename OLD=NEW, --colour LABEL=#rrggbb, --key LABEL=KEY, --retire,\n"
        "                           --restore, --remove (a label nothing uses), --description, --use; all in one\n"
        "                           transaction\n"
        "  delete P NAME            a schema of your own that no annotation uses\n"
        "A rename keeps every annotation (they point at the label's id) and the old name still finds the label.\n"
        "Models train on a schema of your own as --task labels:NAME, class:NAME or spans:NAME."));
    parser.addPositionalArgument(QStringLiteral("action"), kActions.join(QStringLiteral(" | ")));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("arguments"), QStringLiteral("what the action takes"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("import: the schema's name"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("replace"), QStringLiteral("import: update the schema of that name")});
    parser.addOption({QStringLiteral("add"), QStringLiteral("edit: a new label"), QStringLiteral("label")});
    parser.addOption({QStringLiteral("rename"), QStringLiteral("edit: rename a label"), QStringLiteral("old=new")});
    parser.addOption(
        {QStringLiteral("colour"), QStringLiteral("edit: a label's colour"), QStringLiteral("label=#rrggbb")});
    parser.addOption(
        {QStringLiteral("key"), QStringLiteral("edit: a label's key (empty: none)"), QStringLiteral("label=key")});
    parser.addOption(
        {QStringLiteral("retire"), QStringLiteral("edit: stop offering a label"), QStringLiteral("label")});
    parser.addOption(
        {QStringLiteral("restore"), QStringLiteral("edit: offer a retired label again"), QStringLiteral("label")});
    parser.addOption(
        {QStringLiteral("remove"), QStringLiteral("edit: delete a label no annotation uses"), QStringLiteral("label")});
    parser.addOption(
        {QStringLiteral("description"), QStringLiteral("edit: the schema's description"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("use"), QStringLiteral("edit: items, spans or both"), QStringLiteral("use")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("list, show: print JSON")});
    if (!parseOrExplain(parser, arguments, 2, 4))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.at(0);
    const int wanted = action == QLatin1String("list")                           ? 2
        : (action == QLatin1String("export") || action == QLatin1String("copy")) ? 4
                                                                                 : 3;
    if (!kActions.contains(action) || positional.size() != wanted) {
        printErr(arguments.value(0)
            + QStringLiteral(": give one of %1 with its arguments (candor-cli schema --help)")
                  .arg(kActions.join(QStringLiteral(", "))));
        return Usage;
    }
    ProjectStore store(positional.at(1));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("list")) {
        listSchemas(store, json);
    } else if (action == QLatin1String("show")) {
        showSchema(store, positional.at(2), json);
    } else if (action == QLatin1String("export")) {
        SchemaFile::write(store.schema(positional.at(2)), positional.at(3));
        printOut(QStringLiteral("%1 written to %2").arg(positional.at(2), positional.at(3)));
    } else if (action == QLatin1String("import")) {
        LabelSchema schema = SchemaFile::read(positional.at(2), parser.value(QStringLiteral("name")));
        const bool exists = schemaNames(store).contains(schema.name);
        if (exists && !parser.isSet(QStringLiteral("replace")))
            throw Error(QStringLiteral("the project has a label schema '%1' already (--replace updates it, --name "
                                       "imports under another name)")
                            .arg(schema.name));
        if (exists)
            schema = replacement(store.schema(schema.name), schema);
        store.saveSchema(schema);
        printWarnings(schema);
        printOut(QStringLiteral("%1 %2: %3 labels")
                     .arg(exists ? QStringLiteral("updated") : QStringLiteral("imported"), schema.name)
                     .arg(schema.labels.size()));
    } else if (action == QLatin1String("copy")) {
        const LabelSchema copy = copyOf(store.schema(positional.at(2)), positional.at(3));
        if (schemaNames(store).contains(copy.name))
            throw Error(QStringLiteral("the project has a label schema '%1' already").arg(copy.name));
        store.saveSchema(copy);
        printWarnings(copy);
        printOut(QStringLiteral("%1 copied to %2").arg(positional.at(2), copy.name));
    } else if (action == QLatin1String("edit")) {
        LabelSchema schema = store.schema(positional.at(2));
        applyEdits(schema, parser);
        store.saveSchema(schema);
        printWarnings(schema);
        printOut(QStringLiteral("%1 saved: %2 labels in use").arg(schema.name).arg(schema.labelNames().size()));
    } else {
        store.deleteSchema(positional.at(2));
        printOut(QStringLiteral("%1 deleted").arg(positional.at(2)));
    }
    return Ok;
}

} // namespace candor::cli
