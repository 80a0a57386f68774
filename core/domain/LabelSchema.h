#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace candor {

struct LabelDef
{
    QString name;
    QColor colour;
    QString shortcut; // a QKeySequence string, e.g. "1" or "S"
    bool ignored = false; // source marks it "do not use" (PAN span category X); kept visible, never scored
    bool retired = false; // taken out of the campaign: no longer offered, never trained; its rows stay readable
    qint64 id = 0; // the store's label id (0: not stored yet); annotations point at it, so a rename keeps them
};

// Where a schema's labels are offered: as item labels, as span techniques, or both.
enum class SchemaUse { Items, Spans, Both };
QString schemaUseName(SchemaUse use);
// Throws candor::Error for anything but items, spans or both.
SchemaUse schemaUseFromName(const QString &name);

// A named, ordered label set. The order is the official one (it fixes output columns of the models).
struct LabelSchema
{
    QString name;
    QString description;
    QList<LabelDef> labels;
    SchemaUse use = SchemaUse::Both;

    int indexOf(const QString &label) const;
    // The labels a model learns and scores, in order: neither ignored nor retired. includeAll: every label.
    QStringList labelNames(bool includeAll = false) const;
    bool offersItemLabels() const { return use != SchemaUse::Spans; }
    bool offersSpans() const { return use != SchemaUse::Items; }
    // The schemas Candor ships (persuasion-22 ... fake-2) are read-only; a copy of one can be edited.
    bool isBuiltin() const;
};

// Names of the schemas every project carries.
namespace Schemas {
inline const QString Persuasion22 = QStringLiteral("persuasion-22");
inline const QString Persuasion20 = QStringLiteral("persuasion-20");
inline const QString Narrative6 = QStringLiteral("narrative-6");
inline const QString Oppositional2 = QStringLiteral("oppositional-2");
inline const QString Stance4 = QStringLiteral("stance-4");
inline const QString Veracity3 = QStringLiteral("veracity-3");
inline const QString Fake2 = QStringLiteral("fake-2");
} // namespace Schemas

QList<LabelSchema> builtinSchemas();
// Throws candor::Error when no built-in schema has that name.
LabelSchema builtinSchema(const QString &name);
bool isBuiltinSchemaName(const QString &name);
// The colour and key a new label at this position gets by default (22 distinct colours; 1-9, 0, then letters).
QColor defaultLabelColour(int position);
QString defaultLabelKey(int position);

} // namespace candor
