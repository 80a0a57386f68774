#include "core/formats/common/InterchangeItems.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

#include <algorithm>

namespace candor {

std::optional<Item> itemToExport(const ProjectStore &store, qint64 itemId, const ExportOptions &options)
{
    std::optional<Item> item = store.item(itemId);
    if (!item || item->text.isEmpty() || (!options.language.isEmpty() && item->language != options.language))
        return std::nullopt;
    return item;
}

qint64 itemExportedFrom(
    const ProjectStore &store, const QString &source, const QString &externalId, const QString &text)
{
    const std::optional<qint64> found = store.findItem(source, externalId);
    const std::optional<Item> item = found ? store.item(*found) : std::nullopt;
    if (!item)
        throw Error(Error::tr("the project has no item %1 / %2, which this was exported from").arg(source, externalId));
    if (item->text != text)
        throw Error(Error::tr("the text differs from item %1 / %2's: its offsets would not fit the item")
                        .arg(source, externalId));
    return item->id;
}

bool hasHumanRow(const QList<Annotation> &rows, const Annotation &row)
{
    return std::any_of(rows.begin(), rows.end(), [&row](const Annotation &other) {
        return other.origin == Origin::Human && other.schema == row.schema && other.label == row.label
            && other.start == row.start && other.end == row.end && other.annotator == row.annotator;
    });
}

} // namespace candor
