#include "core/domain/SchemaChecks.h"

#include "core/domain/Error.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace candor {

namespace {

constexpr double kMinimumContrast = 3.0;
constexpr double kMinimumDifference = 12.0;

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

struct Lab
{
    double l, a, b;
};

Lab toLab(const QColor &input)
{
    const QColor colour = input.toRgb();
    // sRGB -> XYZ (D65) -> CIELAB.
    const double r = linearChannel(colour.redF()), g = linearChannel(colour.greenF()),
                 b = linearChannel(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

QString labelName(const LabelSchema &schema, int index)
{
    return index >= 0 && index < schema.labels.size() ? schema.labels[index].name : QString();
}

bool validSchemaName(const QString &name)
{
    // The name is typed in commands (--schema, labels:NAME) and becomes part of file and layer names.
    // Anchored whole: a plain '$' would also let a name end in a line break.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}")));
    return pattern.match(name).hasMatch() && !name.endsWith(QLatin1Char(' '));
}

} // namespace

double relativeLuminance(const QColor &input)
{
    const QColor colour = input.toRgb();
    return 0.2126 * linearChannel(colour.redF()) + 0.7152 * linearChannel(colour.greenF())
        + 0.0722 * linearChannel(colour.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

double colourDifference(const QColor &a, const QColor &b)
{
    const Lab x = toLab(a), y = toLab(b);
    return std::sqrt((x.l - y.l) * (x.l - y.l) + (x.a - y.a) * (x.a - y.a) + (x.b - y.b) * (x.b - y.b));
}

QString normalisedKey(const QString &key)
{
    const QKeySequence sequence = QKeySequence::fromString(key.trimmed(), QKeySequence::PortableText);
    if (sequence.count() != 1 || sequence[0].key() == Qt::Key_unknown || sequence[0].key() == 0)
        return {};
    return sequence.toString(QKeySequence::PortableText);
}

QList<SchemaProblem> checkSchema(const LabelSchema &schema, const SchemaCheckContext &context)
{
    using Severity = SchemaProblem::Severity;
    QList<SchemaProblem> problems;
    const auto add = [&](Severity severity, int label, const QString &message) {
        problems.append({severity, label, message});
    };
    if (!validSchemaName(schema.name))
        add(Severity::Error, -1,
            Error::tr("the schema name '%1' must start with a letter or digit and hold at most 64 letters, digits, "
                      "spaces, dots, dashes or underscores")
                .arg(schema.name));

    QHash<QString, int> names; // folded name -> first label
    QHash<QString, int> keys; // normalised key -> first label in use
    int inUse = 0;
    for (int i = 0; i < schema.labels.size(); ++i) {
        const LabelDef &def = schema.labels[i];
        if (!def.retired && !def.ignored)
            ++inUse;
        const QString name = def.name;
        if (name.trimmed().isEmpty())
            add(Severity::Error, i, Error::tr("the label has no name"));
        else if (name != name.trimmed()
            || std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            add(Severity::Error, i,
                Error::tr("the name starts or ends with a space or holds a tab, line break or other control "
                          "character (brat and TSV files could not carry it)"));
        else if (const auto it = names.constFind(name.toCaseFolded()); it != names.constEnd())
            add(Severity::Error, i,
                Error::tr("the name is also label %1's ('%2'); names differ in more than case")
                    .arg(*it + 1)
                    .arg(labelName(schema, *it)));
        else
            names.insert(name.toCaseFolded(), i);

        if (!def.colour.isValid()) {
            add(Severity::Error, i, Error::tr("the colour is not a colour"));
        } else if (!def.retired) {
            const double ratio = contrastRatio(def.colour, context.background);
            if (ratio < kMinimumContrast)
                add(Severity::Warning, i,
                    Error::tr("the colour %1 is faint on the background %2 (contrast %3:1; span bands need 3:1)")
                        .arg(def.colour.name(), context.background.name())
                        .arg(ratio, 0, 'f', 1));
        }

        if (def.shortcut.isEmpty() || def.retired)
            continue;
        const QString key = normalisedKey(def.shortcut);
        if (key.isEmpty()) {
            add(Severity::Error, i, Error::tr("'%1' is not one key").arg(def.shortcut));
            continue;
        }
        if (const auto it = keys.constFind(key); it != keys.constEnd()) {
            add(Severity::Error, i,
                Error::tr("the key %1 is also label %2's ('%3')")
                    .arg(key, QString::number(*it + 1), labelName(schema, *it)));
            continue;
        }
        keys.insert(key, i);
        for (const auto &[reserved, owner] : context.reservedKeys)
            if (reserved.toString(QKeySequence::PortableText) == key) {
                add(Severity::Error, i, Error::tr("the key %1 already does \"%2\" in the window").arg(key, owner));
                break;
            }
    }
    if (inUse == 0)
        add(Severity::Error, -1, Error::tr("the schema needs at least one label in use (not retired, not ignored)"));

    for (int i = 0; i < schema.labels.size(); ++i)
        for (int j = i + 1; j < schema.labels.size(); ++j) {
            const LabelDef &a = schema.labels[i], &b = schema.labels[j];
            if (a.retired || b.retired || !a.colour.isValid() || !b.colour.isValid())
                continue;
            const double difference = colourDifference(a.colour, b.colour);
            if (difference < kMinimumDifference)
                add(Severity::Warning, j,
                    Error::tr("the colour is hard to tell from label %1's ('%2'): difference %3, at least 12 reads "
                              "as two colours")
                        .arg(QString::number(i + 1), a.name, QString::number(difference, 'f', 1)));
        }
    return problems;
}

bool hasErrors(const QList<SchemaProblem> &problems)
{
    for (const SchemaProblem &problem : problems)
        if (problem.severity == SchemaProblem::Severity::Error)
            return true;
    return false;
}

QString errorSummary(const LabelSchema &schema, const QList<SchemaProblem> &problems)
{
    QStringList parts;
    for (const SchemaProblem &problem : problems) {
        if (problem.severity != SchemaProblem::Severity::Error)
            continue;
        parts.append(problem.label < 0 ? problem.message
                                       : Error::tr("label %1 '%2': %3")
                                             .arg(problem.label + 1)
                                             .arg(labelName(schema, problem.label), problem.message));
    }
    return Error::tr("label schema '%1': %2").arg(schema.name, parts.join(QStringLiteral("; ")));
}

} // namespace candor
