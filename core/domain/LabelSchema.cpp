#include "core/domain/LabelSchema.h"

#include "core/domain/Error.h"

namespace candor {

namespace {

// 22 colours that stay distinguishable on light and dark backgrounds (Glasbey-style palette).
const char *const kPalette[] = {
    "#e6194b",
    "#3cb44b",
    "#ffe119",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#46f0f0",
    "#f032e6",
    "#bcf60c",
    "#fabebe",
    "#008080",
    "#e6beff",
    "#9a6324",
    "#fffac8",
    "#800000",
    "#aaffc3",
    "#808000",
    "#ffd8b1",
    "#000075",
    "#808080",
    "#ff6f91",
    "#2f4b7c",
};
// Number keys first, then the top and home letter rows, so the 22 techniques each get one key.
const char *const kShortcuts[] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "0",
    "Q",
    "W",
    "E",
    "R",
    "T",
    "Y",
    "U",
    "I",
    "O",
    "P",
    "G",
    "H",
};

// Official label names are marked for translation (context "LabelNames"): Translations::labelName shows them in
// the interface's language; the stored and exported name is always this one.
QString label(const char *name)
{
    return QString::fromUtf8(name);
}

LabelSchema numbered(const QString &name, const QString &description, const QStringList &labels)
{
    LabelSchema schema{name, description, {}};
    for (int i = 0; i < labels.size(); ++i)
        schema.labels.append({labels[i], QColor(QLatin1String(kPalette[i % 22])), QLatin1String(kShortcuts[i % 22])});
    return schema;
}

LabelSchema keyed(const QString &name, const QString &description, const QList<QPair<QString, QString>> &labels)
{
    LabelSchema schema{name, description, {}};
    int i = 0;
    for (const auto &[label, key] : labels)
        schema.labels.append({label, QColor(QLatin1String(kPalette[(i++ * 5) % 22])), key});
    return schema;
}

// SemEval-2021 Task 6 subtasks 1 and 2 (techniques_task1-2.txt order).
QStringList persuasion20()
{
    return {
        label(QT_TRANSLATE_NOOP("LabelNames", "Appeal to authority")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Appeal to fear/prejudice")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Black-and-white Fallacy/Dictatorship")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Causal Oversimplification")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Doubt")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Exaggeration/Minimisation")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Flag-waving")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Glittering generalities (Virtue)")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Loaded Language")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Misrepresentation of Someone's Position (Straw Man)")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Name calling/Labeling")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Obfuscation, Intentional vagueness, Confusion")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Presenting Irrelevant Data (Red Herring)")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Reductio ad hitlerum")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Repetition")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Slogans")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Smears")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Thought-terminating cliché")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Whataboutism")),
        label(QT_TRANSLATE_NOOP("LabelNames", "Bandwagon")),
    };
}

} // namespace

int LabelSchema::indexOf(const QString &label) const
{
    for (int i = 0; i < labels.size(); ++i)
        if (labels[i].name == label)
            return i;
    return -1;
}

QStringList LabelSchema::labelNames(bool includeAll) const
{
    QStringList names;
    for (const LabelDef &def : labels)
        if (includeAll || (!def.ignored && !def.retired))
            names.append(def.name);
    return names;
}

bool LabelSchema::isBuiltin() const
{
    return isBuiltinSchemaName(name);
}

QString schemaUseName(SchemaUse use)
{
    switch (use) {
    case SchemaUse::Items: return QStringLiteral("items");
    case SchemaUse::Spans: return QStringLiteral("spans");
    case SchemaUse::Both: break;
    }
    return QStringLiteral("both");
}

SchemaUse schemaUseFromName(const QString &name)
{
    for (SchemaUse use : {SchemaUse::Items, SchemaUse::Spans, SchemaUse::Both})
        if (schemaUseName(use) == name)
            return use;
    throw Error(Error::tr("unknown schema use '%1' (use items, spans or both)").arg(name));
}

QList<LabelSchema> builtinSchemas()
{
    QList<LabelSchema> schemas;
    // Subtask 3 adds two multimodal techniques after the 20 textual ones (techniques_task3.txt order).
    QStringList p22 = persuasion20();
    p22 << label(QT_TRANSLATE_NOOP("LabelNames", "Transfer"))
        << label(QT_TRANSLATE_NOOP("LabelNames", "Appeal to (Strong) Emotions"));
    schemas.append(numbered(Schemas::Persuasion22,
        QStringLiteral("SemEval-2021 Task 6 subtask 3: 22 persuasion techniques in memes (text and image)"), p22));
    schemas.append(numbered(Schemas::Persuasion20,
        QStringLiteral("SemEval-2021 Task 6 subtasks 1 and 2: 20 persuasion techniques in meme text"), persuasion20()));

    LabelSchema narrative = keyed(Schemas::Narrative6, QStringLiteral("PAN 2024 oppositional narrative span roles"),
        {{label(QT_TRANSLATE_NOOP("LabelNames", "AGENT")), QStringLiteral("A")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "FACILITATOR")), QStringLiteral("F")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "VICTIM")), QStringLiteral("V")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "CAMPAIGNER")), QStringLiteral("C")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "OBJECTIVE")), QStringLiteral("O")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "NEGATIVE_EFFECT")), QStringLiteral("N")}});
    narrative.labels.append({QStringLiteral("X"), QColor(QStringLiteral("#a0a0a0")), QString(), /*ignored=*/true});
    schemas.append(narrative);

    schemas.append(keyed(Schemas::Oppositional2, QStringLiteral("PAN 2024 subtask 1: conspiracy vs critical thinking"),
        {{label(QT_TRANSLATE_NOOP("LabelNames", "CONSPIRACY")), QStringLiteral("Shift+C")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "CRITICAL")), QStringLiteral("Shift+K")}}));
    schemas.append(keyed(Schemas::Stance4, QStringLiteral("RumourEval subtask A: reply stance towards the rumour"),
        {{label(QT_TRANSLATE_NOOP("LabelNames", "support")), QStringLiteral("S")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "deny")), QStringLiteral("D")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "query")), QStringLiteral("Q")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "comment")), QStringLiteral("C")}}));
    schemas.append(keyed(Schemas::Veracity3, QStringLiteral("RumourEval subtask B: rumour veracity"),
        {{label(QT_TRANSLATE_NOOP("LabelNames", "true")), QStringLiteral("Shift+T")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "false")), QStringLiteral("Shift+F")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "unverified")), QStringLiteral("Shift+U")}}));
    LabelSchema fake = keyed(Schemas::Fake2, QStringLiteral("MediaEval 2016: fake (incl. humour) or real post"),
        {{label(QT_TRANSLATE_NOOP("LabelNames", "fake")), QStringLiteral("Shift+F")},
            {label(QT_TRANSLATE_NOOP("LabelNames", "real")), QStringLiteral("Shift+R")}});
    // A fact-checker's "unsure" (the verdict panel's U key) is a human answer, not a class: kept in the schema so
    // the row is an ordinary undoable annotation that agreement and the similar-items list can show, but marked
    // ignored, so labelNames() (the model's classes) leaves it out and the row is stored with status "ignored",
    // which no training or evaluation reads. Added to existing projects by schema version 8.
    fake.labels.append({label(QT_TRANSLATE_NOOP("LabelNames", "unsure")), QColor(QStringLiteral("#9e9e9e")),
        QStringLiteral("Shift+U"), /*ignored=*/true});
    schemas.append(fake);
    return schemas;
}

LabelSchema builtinSchema(const QString &name)
{
    for (const LabelSchema &schema : builtinSchemas())
        if (schema.name == name)
            return schema;
    throw Error(Error::tr("unknown label schema '%1'").arg(name));
}

QColor defaultLabelColour(int position)
{
    return QColor(QLatin1String(kPalette[qMax(0, position) % 22]));
}

QString defaultLabelKey(int position)
{
    return position >= 0 && position < 22 ? QLatin1String(kShortcuts[position]) : QString();
}

bool isBuiltinSchemaName(const QString &name)
{
    static const QStringList names = {Schemas::Persuasion22, Schemas::Persuasion20, Schemas::Narrative6,
        Schemas::Oppositional2, Schemas::Stance4, Schemas::Veracity3, Schemas::Fake2};
    return names.contains(name);
}

} // namespace candor
