#pragma once

#include "core/domain/LabelSchema.h"

#include <QColor>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>

namespace candor {

// One finding of the schema check. Errors block saving (a key two labels share, a duplicate name); warnings only
// inform (a faint colour, two colours hard to tell apart).
struct SchemaProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int label = -1; // index into the schema's labels; -1: the schema itself
    QString message;
};

struct SchemaCheckContext
{
    // Span bands are drawn in the label colour on the view's background: the contrast is measured against it.
    QColor background = QColor(Qt::white);
    // Keys the window already uses (key, what it does): a label key equal to one of them would never reach the label.
    QList<QPair<QKeySequence, QString>> reservedKeys;
};

// WCAG 2.x relative luminance of an sRGB colour (0 black to 1 white).
double relativeLuminance(const QColor &colour);
// WCAG 2.x contrast ratio of two colours (1 to 21); non-text elements need 3:1 (success criterion 1.4.11).
double contrastRatio(const QColor &a, const QColor &b);
// CIE76 colour difference in CIELAB; below about 12, two neighbouring bands read as one colour.
double colourDifference(const QColor &a, const QColor &b);
// The key in the one text form the store keeps ("Shift+U"); empty when the text is not exactly one key.
QString normalisedKey(const QString &key);

QList<SchemaProblem> checkSchema(const LabelSchema &schema, const SchemaCheckContext &context = {});
bool hasErrors(const QList<SchemaProblem> &problems);
// The errors as one message for people: "label 3 'Doubt': ...; label 5 ...".
QString errorSummary(const LabelSchema &schema, const QList<SchemaProblem> &problems);

} // namespace candor
