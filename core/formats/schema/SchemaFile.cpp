#include "core/formats/schema/SchemaFile.h"

#include "core/domain/Error.h"
#include "core/formats/schema/DuplicateJsonKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>

namespace candor {

namespace {

const QString kFormat = QStringLiteral("candor-label-schema");
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

// A JSON "\ud800" escape decodes to half a surrogate pair: no file or view could carry such a name.
QString checkedText(const QString &text, const QString &where)
{
    if (!QStringView(text).isValidUtf16())
        throw Error(Error::tr("%1: '%2' is not valid Unicode (half a surrogate pair)").arg(where, text));
    return text;
}

void requireOnly(const QJsonObject &object, const QSet<QString> &allowed, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            throw Error(Error::tr("%1: unknown field '%2'").arg(where, it.key()));
}

QString stringField(const QJsonObject &object, const QString &key, const QString &where, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString())
        throw Error(Error::tr("%1: '%2' must be a string").arg(where, key));
    return checkedText(value.toString(), where);
}

bool boolField(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        throw Error(Error::tr("%1: '%2' must be true or false").arg(where, key));
    return value.toBool();
}

LabelDef labelFrom(const QJsonValue &value, int position, const QString &where)
{
    if (!value.isObject())
        throw Error(Error::tr("%1: a label must be an object with a name").arg(where));
    const QJsonObject object = value.toObject();
    requireOnly(object,
        {QStringLiteral("name"), QStringLiteral("colour"), QStringLiteral("color"), QStringLiteral("key"),
            QStringLiteral("retired"), QStringLiteral("ignored")},
        where);
    LabelDef def;
    def.name = stringField(object, QStringLiteral("name"), where, true);
    QString colour = stringField(object, QStringLiteral("colour"), where, false);
    if (colour.isEmpty())
        colour = stringField(object, QStringLiteral("color"), where, false);
    def.colour = colour.isEmpty() ? defaultLabelColour(position) : QColor::fromString(colour);
    if (!def.colour.isValid())
        throw Error(Error::tr("%1: '%2' is not a colour (use #rrggbb)").arg(where, colour));
    def.shortcut = object.contains(QStringLiteral("key")) ? stringField(object, QStringLiteral("key"), where, false)
                                                          : defaultLabelKey(position);
    def.retired = boolField(object, QStringLiteral("retired"), where);
    def.ignored = boolField(object, QStringLiteral("ignored"), where);
    return def;
}

LabelSchema fromJson(const QByteArray &data, const QString &origin, const QString &nameOverride)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(Error::tr("%1: not valid JSON at byte %2: %3")
                        .arg(origin)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (const QString duplicate = firstDuplicateJsonKey(data); !duplicate.isEmpty())
        throw Error(Error::tr("%1: %2").arg(origin, duplicate));
    if (!document.isObject())
        throw Error(Error::tr("%1: a label schema file is one JSON object").arg(origin));
    const QJsonObject root = document.object();
    requireOnly(root,
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
            QStringLiteral("use"), QStringLiteral("labels")},
        origin);
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        throw Error(Error::tr("%1: not a Candor label schema (\"format\" must be \"%2\")").arg(origin, kFormat));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        throw Error(Error::tr("%1: \"version\" must be the number 1").arg(origin));
    if (version.toDouble() != 1)
        throw Error(Error::tr("%1: label schema file version %2 is not one this build reads (1)")
                        .arg(origin, version.toVariant().toString()));
    LabelSchema schema;
    schema.name = nameOverride.isEmpty() ? stringField(root, QStringLiteral("name"), origin, true) : nameOverride;
    schema.description = stringField(root, QStringLiteral("description"), origin, false);
    const QString use = stringField(root, QStringLiteral("use"), origin, false);
    try {
        schema.use = use.isEmpty() ? SchemaUse::Both : schemaUseFromName(use);
    } catch (const Error &error) {
        throw Error(Error::tr("%1: %2").arg(origin, error.message()));
    }
    const QJsonValue labels = root.value(QStringLiteral("labels"));
    if (!labels.isArray())
        throw Error(Error::tr("%1: 'labels' must be an array of labels").arg(origin));
    const QJsonArray array = labels.toArray();
    for (int i = 0; i < array.size(); ++i)
        schema.labels.append(labelFrom(array[i], i, Error::tr("%1: label %2").arg(origin).arg(i + 1)));
    return schema;
}

// Label Studio's labeling configuration: <Labels>/<Label value background hotkey> and <Choices>/<Choice value>.
LabelSchema fromLabelStudioConfig(const QByteArray &data, const QString &origin, const QString &nameOverride)
{
    LabelSchema schema;
    schema.name = nameOverride;
    bool spans = false, choices = false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView tag = xml.name();
        if (tag == QLatin1String("Labels") || tag == QLatin1String("HyperTextLabels")
            || tag == QLatin1String("RectangleLabels") || tag == QLatin1String("PolygonLabels"))
            spans = true;
        else if (tag == QLatin1String("Choices"))
            choices = true;
        if (tag != QLatin1String("Label") && tag != QLatin1String("Choice"))
            continue;
        const int position = int(schema.labels.size());
        const QString where = Error::tr("%1: line %2").arg(origin).arg(xml.lineNumber());
        LabelDef def;
        def.name = checkedText(xml.attributes().value(QStringLiteral("value")).toString(), where);
        if (def.name.isEmpty())
            throw Error(Error::tr("%1: a <%2> without a value").arg(where, tag.toString()));
        if (schema.indexOf(def.name) >= 0)
            continue; // the same label offered in two controls is one label
        const QString colour = xml.attributes().value(QStringLiteral("background")).toString();
        def.colour = colour.isEmpty() ? defaultLabelColour(position) : QColor::fromString(colour);
        if (!def.colour.isValid())
            def.colour = defaultLabelColour(position); // Label Studio also takes CSS names QColor may not know
        const QString hotkey = xml.attributes().value(QStringLiteral("hotkey")).toString();
        def.shortcut = xml.attributes().hasAttribute(QStringLiteral("hotkey")) ? checkedText(hotkey, where)
                                                                               : defaultLabelKey(position);
        schema.labels.append(def);
    }
    if (xml.hasError())
        throw Error(Error::tr("%1: not a Label Studio labeling configuration: line %2: %3")
                        .arg(origin)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    if (schema.labels.isEmpty())
        throw Error(Error::tr("%1: the labeling configuration has no <Label> or <Choice>").arg(origin));
    if (schema.name.isEmpty())
        throw Error(Error::tr("%1: a Label Studio configuration names no schema; give the name").arg(origin));
    schema.use = spans && choices ? SchemaUse::Both : (spans ? SchemaUse::Spans : SchemaUse::Items);
    schema.description = Error::tr("imported from the Label Studio configuration %1").arg(origin);
    return schema;
}

LabelSchema namedFromLabels(
    const QString &origin, const QString &name, const QStringList &spans, const QStringList &items, const QString &what)
{
    if (name.isEmpty())
        throw Error(Error::tr("%1: %2 names no schema; give the name").arg(origin, what));
    LabelSchema schema;
    schema.name = name;
    schema.description = Error::tr("the labels of %1").arg(origin);
    schema.use = !spans.isEmpty() && !items.isEmpty() ? SchemaUse::Both
                                                      : (spans.isEmpty() ? SchemaUse::Items : SchemaUse::Spans);
    for (const QString &label : spans + items)
        if (schema.indexOf(checkedText(label, origin)) < 0) {
            const int position = int(schema.labels.size());
            schema.labels.append({label, defaultLabelColour(position), defaultLabelKey(position)});
        }
    if (schema.labels.isEmpty())
        throw Error(Error::tr("%1: %2 holds no label").arg(origin, what));
    return schema;
}

// A Label Studio export: every `labels` and `choices` value its tasks' annotations and predictions use.
LabelSchema fromLabelStudioTasks(const QJsonArray &tasks, const QString &origin, const QString &name)
{
    QStringList spans, items;
    const auto collect = [&](const QJsonArray &results) {
        for (const QJsonValue &result : results) {
            const QJsonObject value = result.toObject().value(QStringLiteral("value")).toObject();
            for (const QJsonValue &label : value.value(QStringLiteral("labels")).toArray())
                if (!spans.contains(label.toString()) && !label.toString().isEmpty())
                    spans.append(label.toString());
            for (const QJsonValue &choice : value.value(QStringLiteral("choices")).toArray())
                if (!items.contains(choice.toString()) && !choice.toString().isEmpty())
                    items.append(choice.toString());
        }
    };
    for (const QJsonValue &task : tasks)
        for (const char *key : {"annotations", "predictions", "completions"})
            for (const QJsonValue &annotation : task.toObject().value(QLatin1String(key)).toArray())
                collect(annotation.toObject().value(QStringLiteral("result")).toArray());
    return namedFromLabels(origin, name, spans, items, Error::tr("a Label Studio export"));
}

// brat's annotation.conf: the entity types of its [entities] section ('!' marks an abstract type, a tab nests).
LabelSchema fromBratConf(const QByteArray &data, const QString &origin, const QString &name)
{
    QStringList entities;
    bool inEntities = false;
    for (const QByteArray &raw : data.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inEntities = line == QLatin1String("[entities]");
            continue;
        }
        if (inEntities && !line.startsWith(QLatin1Char('!')) && !entities.contains(line))
            entities.append(line);
    }
    return namedFromLabels(origin, name, entities, {}, Error::tr("a brat annotation.conf"));
}

} // namespace

LabelSchema SchemaFile::read(const QString &path, const QString &nameOverride)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the label schema '%1': %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        throw Error(Error::tr("'%1' is %2 bytes; a label schema file is at most 4 MiB").arg(path).arg(file.size()));
    return parse(file.readAll(), path, nameOverride);
}

LabelSchema SchemaFile::parse(const QByteArray &data, const QString &origin, const QString &nameOverride)
{
    const QByteArray start = data.trimmed().left(1);
    if (start == "<")
        return fromLabelStudioConfig(data, origin, nameOverride);
    if (start == "[" && !data.trimmed().startsWith("[entities]") && !data.contains("\n[entities]")) {
        const QJsonDocument tasks = QJsonDocument::fromJson(data);
        if (!tasks.isArray())
            throw Error(Error::tr("%1: neither a schema file nor a Label Studio export").arg(origin));
        return fromLabelStudioTasks(tasks.array(), origin, nameOverride);
    }
    if (start == "[" || start == "#")
        return fromBratConf(data, origin, nameOverride);
    return fromJson(data, origin, nameOverride);
}

QByteArray SchemaFile::toJson(const LabelSchema &schema)
{
    QJsonArray labels;
    for (const LabelDef &def : schema.labels) {
        QJsonObject label{{QStringLiteral("name"), def.name}, {QStringLiteral("colour"), def.colour.name()},
            {QStringLiteral("key"), def.shortcut}};
        if (def.retired)
            label.insert(QStringLiteral("retired"), true);
        if (def.ignored)
            label.insert(QStringLiteral("ignored"), true);
        labels.append(label);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1},
        {QStringLiteral("name"), schema.name}, {QStringLiteral("description"), schema.description},
        {QStringLiteral("use"), schemaUseName(schema.use)}, {QStringLiteral("labels"), labels}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void SchemaFile::write(const LabelSchema &schema, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(schema)) < 0 || !file.commit())
        throw Error(Error::tr("cannot write the label schema to '%1': %2").arg(path, file.errorString()));
}

} // namespace candor
