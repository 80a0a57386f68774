#include "app/jobs/text/TextTask.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"

namespace candor {

namespace {
const QString kPersuasionLabels = QStringLiteral("persuasion-labels");
const QString kPersuasionSpans = QStringLiteral("persuasion-spans");
const QString kNarrative = QStringLiteral("narrative");
const QString kPostVeracity = QStringLiteral("post-veracity");

std::vector<std::string> labelsOf(const ProjectStore &store, const QString &schema)
{
    std::vector<std::string> names;
    // labelNames() leaves out labels the source marks "do not use" (PAN category X): they are never learned.
    for (const QString &label : store.schema(schema).labelNames())
        names.push_back(label.toStdString());
    return names;
}
} // namespace

QStringList textTaskNames()
{
    return {kPersuasionLabels, kPersuasionSpans, kNarrative, kPostVeracity};
}

TextTaskSpec textTaskSpec(const ProjectStore &store, const QString &name)
{
    TextTaskSpec spec;
    spec.name = name;
    if (name == kPersuasionLabels) {
        spec.definition.kind = models::TextTaskKind::MultiLabel;
        spec.classSchema = Schemas::Persuasion20;
        spec.definition.classLabels = labelsOf(store, spec.classSchema);
    } else if (name == kPersuasionSpans) {
        spec.definition.kind = models::TextTaskKind::SpanTagging;
        spec.spanSchema = Schemas::Persuasion20;
        spec.definition.spanLabels = labelsOf(store, spec.spanSchema);
    } else if (name == kNarrative) {
        spec.definition.kind = models::TextTaskKind::Narrative;
        spec.classSchema = Schemas::Oppositional2;
        spec.spanSchema = Schemas::Narrative6;
        spec.definition.classLabels = labelsOf(store, spec.classSchema);
        spec.definition.spanLabels = labelsOf(store, spec.spanSchema);
    } else if (name == kPostVeracity) {
        spec.definition.kind = models::TextTaskKind::SingleLabel;
        spec.classSchema = Schemas::Fake2;
        spec.definition.classLabels = labelsOf(store, spec.classSchema);
    } else {
        throw Error(Error::tr("unknown text task '%1' (use %2)").arg(name, textTaskNames().join(QStringLiteral(", "))));
    }
    return spec;
}

QString checkedLanguage(const QString &language)
{
    if (language == QLatin1String("en") || language == QLatin1String("es") || language == QLatin1String("all"))
        return language;
    throw Error(Error::tr("unknown language '%1' (use en, es or all)").arg(language));
}

} // namespace candor
