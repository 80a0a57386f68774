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
};

// A named, ordered label set. The order is the official one (it fixes output columns of the models).
struct LabelSchema
{
    QString name;
    QString description;
    QList<LabelDef> labels;

    int indexOf(const QString &label) const;
    QStringList labelNames(bool includeIgnored = false) const;
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

} // namespace candor
