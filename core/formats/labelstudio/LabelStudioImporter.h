#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// Label Studio's JSON export (a JSON array of tasks: {id, data: {text}, annotations: [{result: [...]}],
// predictions}) as posts. A "labels" region ({start, end, text, labels}) becomes a span and a "choices" result an
// item label, each under the first schema that has the label (span schemas: persuasion-20, narrative-6, then the
// others; choices: persuasion-20, oppositional-2, fake-2, veracity-3, stance-4, then the others). Offsets are code
// points, as Label Studio writes them since its 2021 fix; a region whose quoted text only fits its offsets read as
// UTF-16 units (what older versions wrote after an emoji) is converted, with a warning, and one that fits neither
// is reported. Each annotation is its annotator's human rows (`completed_by`'s email, or "labelstudio-user-N"; the
// whole file as `--annotator NAME`); a ground-truth annotation is gold. Cancelled annotations, predictions (they
// need their model version) and other result types (ratings, text areas, relations, regions on images) are counted
// in warnings and left out. The text is `data.text`, or the data field `--map text=KEY` names; the item id is the
// task's `data.id` or `id`, and a task Candor exported (its `meta.candor`) comes back onto the item it left.
class LabelStudioImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("labelstudio"); }
    QString description() const override;
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

} // namespace candor
