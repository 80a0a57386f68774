#pragma once

#include "core/domain/Item.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

class ProjectStore;

// The reads exporters make of a project, so core/formats holds no SQL. Throws candor::Error on database errors.
class ExportQueries
{
public:
    explicit ExportQueries(const ProjectStore &store)
        : m_store(store)
    {
    }

    // Items of `kind`, ascending, of `split` and `language` (each: any when empty).
    QList<qint64> itemIds(ItemKind kind, const QString &split, const QString &language) const;
    // Every item, ascending, of `split` (any when empty).
    QList<qint64> itemIds(const QString &split) const;
    // The schemas that have annotations on items of `split` (any when empty), in schema order.
    QStringList schemasInUse(const QString &split) const;
    // The newest model version with rows of `schema` on the item.
    std::optional<qint64> latestModelForSchema(qint64 itemId, const QString &schema) const;

private:
    const ProjectStore &m_store;
};

} // namespace candor
