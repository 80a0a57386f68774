// Label schemas of ProjectStore: reading them, the team's own schemas (saveSchema, deleteSchema) and label ids.
#include "core/domain/Error.h"
#include "core/domain/SchemaChecks.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

namespace {

std::optional<qint64> schemaIdOf(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT id FROM label_schemas WHERE name = ?"));
    query.bindValue(0, name);
    const QVariant id = sql::scalar(query);
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

qint64 annotationCount(const QSqlDatabase &db, qint64 schemaId)
{
    QSqlQuery query = sql::prepare(db,
        QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id WHERE l.schema_id = ?"));
    query.bindValue(0, schemaId);
    return sql::scalar(query).toLongLong();
}

void writeLabel(QSqlQuery &query, const LabelDef &def, int position)
{
    query.bindValue(QStringLiteral(":position"), position);
    query.bindValue(QStringLiteral(":name"), def.name);
    query.bindValue(QStringLiteral(":colour"), def.colour.name());
    query.bindValue(QStringLiteral(":shortcut"), sql::text(normalisedKey(def.shortcut)));
    query.bindValue(QStringLiteral(":ignored"), def.ignored ? 1 : 0);
    query.bindValue(QStringLiteral(":retired"), def.retired ? 1 : 0);
    sql::exec(query);
}

} // namespace

QList<LabelSchema> ProjectStore::schemas() const
{
    QList<LabelSchema> result;
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT name FROM label_schemas ORDER BY id"));
    sql::exec(query);
    while (query.next())
        result.append(schema(query.value(0).toString()));
    return result;
}

LabelSchema ProjectStore::schema(const QString &name) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT s.description, s.usage, l.name, l.colour, l.shortcut, l.ignored, l.retired, l.id"
                       " FROM label_schemas s LEFT JOIN labels l ON l.schema_id = s.id WHERE s.name = ?"
                       " ORDER BY l.position, l.id"));
    query.bindValue(0, name);
    sql::exec(query);
    LabelSchema schema;
    schema.name = name;
    bool found = false;
    while (query.next()) {
        found = true;
        schema.description = query.value(0).toString();
        schema.use = schemaUseFromName(query.value(1).toString());
        if (query.value(2).isNull())
            continue;
        LabelDef def{query.value(2).toString(), QColor(query.value(3).toString()), query.value(4).toString(),
            query.value(5).toInt() != 0};
        def.retired = query.value(6).toInt() != 0;
        def.id = query.value(7).toLongLong();
        schema.labels.append(def);
    }
    if (!found)
        throw Error(Error::tr("the project has no label schema '%1'").arg(name));
    return schema;
}

qint64 ProjectStore::labelId(const QString &schemaName, const QString &label) const
{
    const QString key = schemaName + QLatin1Char('\n') + label;
    if (auto it = m_labelIds.constFind(key); it != m_labelIds.constEnd())
        return *it;
    // The current name first; a former name only when no label carries it now.
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT id FROM (SELECT l.id, 0 AS former FROM labels l JOIN label_schemas s ON s.id = "
                       "l.schema_id WHERE s.name = :schema AND l.name = :label UNION ALL SELECT a.label_id, 1 FROM "
                       "label_aliases a JOIN label_schemas s ON s.id = a.schema_id WHERE s.name = :schema AND a.name = "
                       ":label) ORDER BY former LIMIT 1"));
    query.bindValue(QStringLiteral(":schema"), schemaName);
    query.bindValue(QStringLiteral(":label"), label);
    const QVariant id = sql::scalar(query);
    if (!id.isValid())
        throw Error(Error::tr("unknown label '%1' in schema '%2'").arg(label, schemaName));
    m_labelIds.insert(key, id.toLongLong());
    return id.toLongLong();
}

void ProjectStore::saveSchema(const LabelSchema &input)
{
    LabelSchema edited = input;
    if (edited.isBuiltin())
        throw Error(Error::tr("the built-in label schema '%1' is read-only; copy it to change it").arg(edited.name));
    if (const QList<SchemaProblem> problems = checkSchema(edited); hasErrors(problems))
        throw Error(errorSummary(edited, problems));

    const QSqlDatabase connection = db();
    sql::Transaction transaction(connection);
    std::optional<qint64> schemaId = schemaIdOf(connection, edited.name);
    QHash<qint64, QString> storedNames; // id -> current name
    if (!schemaId) {
        QSqlQuery insert = sql::prepare(
            connection, QStringLiteral("INSERT INTO label_schemas(name, description, usage) VALUES (?, ?, ?)"));
        insert.bindValue(0, edited.name);
        insert.bindValue(1, sql::text(edited.description));
        insert.bindValue(2, schemaUseName(edited.use));
        sql::exec(insert);
        schemaId = insert.lastInsertId().toLongLong();
        for (LabelDef &def : edited.labels)
            def.id = 0; // a copy of another schema: its labels are new labels here
    } else {
        QSqlQuery update = sql::prepare(
            connection, QStringLiteral("UPDATE label_schemas SET description = ?, usage = ? WHERE id = ?"));
        update.bindValue(0, sql::text(edited.description));
        update.bindValue(1, schemaUseName(edited.use));
        update.bindValue(2, *schemaId);
        sql::exec(update);
        QSqlQuery labels = sql::prepare(connection, QStringLiteral("SELECT id, name FROM labels WHERE schema_id = ?"));
        labels.bindValue(0, *schemaId);
        sql::exec(labels);
        while (labels.next())
            storedNames.insert(labels.value(0).toLongLong(), labels.value(1).toString());
    }

    // Labels the edit left out: gone only when nothing uses them.
    QSet<qint64> kept;
    for (const LabelDef &def : edited.labels)
        if (def.id != 0) {
            if (!storedNames.contains(def.id))
                throw Error(Error::tr("label schema '%1': the label '%2' (id %3) is not one of its labels")
                                .arg(edited.name, def.name)
                                .arg(def.id));
            kept.insert(def.id);
        }
    const QHash<qint64, qint64> uses = labelUseCounts(edited.name);
    for (auto it = storedNames.constBegin(); it != storedNames.constEnd(); ++it) {
        if (kept.contains(it.key()))
            continue;
        if (const qint64 count = uses.value(it.key()); count > 0)
            throw Error(Error::tr("label schema '%1': the label '%2' is used by %n annotation(s); retire it instead "
                                  "of deleting it",
                nullptr, int(qMin<qint64>(count, INT_MAX)))
                            .arg(edited.name, it.value()));
        QSqlQuery remove = sql::prepare(connection, QStringLiteral("DELETE FROM labels WHERE id = ?"));
        remove.bindValue(0, it.key());
        sql::exec(remove);
    }

    // Names first move out of the way, so swapping two names never meets UNIQUE(schema_id, name) half-way. A tab
    // cannot begin a label name (checkSchema), so no real name equals a parked one.
    QSqlQuery park = sql::prepare(connection, QStringLiteral("UPDATE labels SET name = char(9) || id WHERE id = ?"));
    for (qint64 id : std::as_const(kept)) {
        park.bindValue(0, id);
        sql::exec(park);
    }
    QSqlQuery update = sql::prepare(connection,
        QStringLiteral("UPDATE labels SET position = :position, name = :name, colour = :colour, shortcut = :shortcut,"
                       " ignored = :ignored, retired = :retired WHERE id = :id"));
    QSqlQuery insert = sql::prepare(connection,
        QStringLiteral("INSERT INTO labels(schema_id, position, name, colour, shortcut, ignored, retired)"
                       " VALUES (:schema, :position, :name, :colour, :shortcut, :ignored, :retired)"));
    QSqlQuery addAlias = sql::prepare(
        connection, QStringLiteral("INSERT OR REPLACE INTO label_aliases(schema_id, name, label_id) VALUES (?, ?, ?)"));
    QSqlQuery dropAlias
        = sql::prepare(connection, QStringLiteral("DELETE FROM label_aliases WHERE schema_id = ? AND name = ?"));
    for (int position = 0; position < edited.labels.size(); ++position) {
        const LabelDef &def = edited.labels[position];
        // A name in use now is nobody's former name any more.
        dropAlias.bindValue(0, *schemaId);
        dropAlias.bindValue(1, def.name);
        sql::exec(dropAlias);
        if (def.id == 0) {
            insert.bindValue(QStringLiteral(":schema"), *schemaId);
            writeLabel(insert, def, position);
            continue;
        }
        update.bindValue(QStringLiteral(":id"), def.id);
        writeLabel(update, def, position);
        const QString former = storedNames.value(def.id);
        if (former != def.name && edited.indexOf(former) < 0) {
            addAlias.bindValue(0, *schemaId);
            addAlias.bindValue(1, former);
            addAlias.bindValue(2, def.id);
            sql::exec(addAlias);
        }
    }
    transaction.commit();
    m_labelIds.clear();
}

void ProjectStore::deleteSchema(const QString &name)
{
    if (isBuiltinSchemaName(name))
        throw Error(Error::tr("the built-in label schema '%1' cannot be deleted").arg(name));
    const QSqlDatabase connection = db();
    sql::Transaction transaction(connection);
    const std::optional<qint64> schemaId = schemaIdOf(connection, name);
    if (!schemaId)
        throw Error(Error::tr("the project has no label schema '%1'").arg(name));
    if (const qint64 count = annotationCount(connection, *schemaId); count > 0)
        throw Error(Error::tr("the label schema '%1' is used by %n annotation(s); retire its labels instead", nullptr,
            int(qMin<qint64>(count, INT_MAX)))
                        .arg(name));
    QSqlQuery remove = sql::prepare(connection, QStringLiteral("DELETE FROM label_schemas WHERE id = ?"));
    remove.bindValue(0, *schemaId);
    sql::exec(remove);
    transaction.commit();
    m_labelIds.clear();
}

QHash<qint64, qint64> ProjectStore::labelUseCounts(const QString &schemaName) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT l.id, (SELECT count(*) FROM annotations a WHERE a.label_id = l.id) FROM labels l"
                       " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = ?"));
    query.bindValue(0, schemaName);
    sql::exec(query);
    QHash<qint64, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counts;
}

} // namespace candor
