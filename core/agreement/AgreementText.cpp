#include "core/agreement/AgreementText.h"

#include <QJsonArray>
#include <QTextStream>

namespace candor {

namespace {

QString value(const QJsonValue &number)
{
    return number.isDouble() ? QString::number(number.toDouble(), 'f', 3) : AgreementText::tr("n/a");
}

// "0.743 [0.512, 0.901]"
QString figure(const QJsonObject &f)
{
    QString text = value(f.value(QStringLiteral("value")));
    if (f.value(QStringLiteral("value")).isDouble())
        text += QStringLiteral(" [%1, %2]")
                    .arg(value(f.value(QStringLiteral("low"))), value(f.value(QStringLiteral("high"))));
    return text;
}

QString pairName(const QJsonObject &pair)
{
    const auto name
        = [](const QString &annotator) { return annotator.isEmpty() ? AgreementText::tr("(unnamed)") : annotator; };
    return QStringLiteral("%1 / %2").arg(
        name(pair.value(QStringLiteral("a")).toString()), name(pair.value(QStringLiteral("b")).toString()));
}

void nominal(QTextStream &out, const QJsonObject &f, const QString &indent)
{
    const QJsonObject fleiss = f.value(QStringLiteral("fleiss_kappa")).toObject();
    out << indent
        << AgreementText::tr("Krippendorff's alpha %1 (units with two or more annotators: %2)")
               .arg(figure(f.value(QStringLiteral("krippendorff_alpha")).toObject()))
               .arg(f.value(QStringLiteral("units")).toInt())
        << '\n';
    out << indent
        << AgreementText::tr("Fleiss' kappa %1 (units with %3 annotators: %2; left out with another count: %4)")
               .arg(figure(fleiss))
               .arg(fleiss.value(QStringLiteral("units")).toInt())
               .arg(fleiss.value(QStringLiteral("raters")).toInt())
               .arg(fleiss.value(QStringLiteral("units_left_out")).toInt())
        << '\n';
    for (const QJsonValue &p : f.value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject pair = p.toObject();
        out << indent
            << AgreementText::tr("Cohen's kappa %1: %2 (common units: %3)")
                   .arg(pairName(pair), figure(pair.value(QStringLiteral("cohen_kappa")).toObject()))
                   .arg(pair.value(QStringLiteral("units")).toInt())
            << '\n';
    }
}

void spans(QTextStream &out, const QJsonObject &f, const QString &indent)
{
    out << indent
        << AgreementText::tr("span F1 exact %1, partial %2 (spans: %3 and %4)")
               .arg(figure(f.value(QStringLiteral("exact_f1")).toObject()),
                   figure(f.value(QStringLiteral("partial_f1")).toObject()))
               .arg(f.value(QStringLiteral("spans_a")).toInt())
               .arg(f.value(QStringLiteral("spans_b")).toInt())
        << '\n';
    out << indent
        << AgreementText::tr("unitizing alpha %1").arg(figure(f.value(QStringLiteral("unitizing_alpha")).toObject()))
        << '\n';
}

} // namespace

QString AgreementText::toText(const QJsonObject &report)
{
    QString text;
    QTextStream out(&text);
    out << tr("Agreement of human annotations; [low, high]: %1% bootstrap interval over units, %2 resamples, seed %3")
               .arg(report.value(QStringLiteral("confidence")).toDouble() * 100)
               .arg(report.value(QStringLiteral("resamples")).toInt())
               .arg(report.value(QStringLiteral("seed")).toString())
        << '\n';
    for (const QJsonValue &s : report.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = s.toObject();
        const QString kind = section.value(QStringLiteral("kind")).toString();
        QStringList annotators;
        for (const QJsonValue &a : section.value(QStringLiteral("annotators")).toArray())
            annotators << (a.toString().isEmpty() ? tr("(unnamed)") : a.toString());
        out << '\n'
            << tr("%1: %2 (%3), annotated units: %4; annotators: %5")
                   .arg(section.value(QStringLiteral("task")).toString(),
                       section.value(QStringLiteral("schema")).toString(), kind)
                   .arg(section.value(QStringLiteral("annotated_units")).toInt())
                   .arg(annotators.isEmpty() ? tr("none") : annotators.join(QStringLiteral(", ")))
            << '\n';
        if (section.contains(QStringLiteral("note"))) {
            out << "  " << section.value(QStringLiteral("note")).toString() << '\n';
            continue;
        }
        if (kind == QLatin1String("single-label")) {
            nominal(out, section, QStringLiteral("  "));
        } else if (kind == QLatin1String("multi-label")) {
            out << "  " << tr("micro (every item x label one yes/no decision; Fleiss counts those decisions as units):")
                << '\n';
            nominal(out, section.value(QStringLiteral("micro")).toObject(), QStringLiteral("    "));
            for (const QJsonValue &l : section.value(QStringLiteral("labels")).toArray()) {
                const QJsonObject label = l.toObject();
                out << "  " << label.value(QStringLiteral("label")).toString() << ":\n";
                nominal(out, label, QStringLiteral("    "));
            }
        } else {
            for (const QJsonValue &p : section.value(QStringLiteral("pairs")).toArray()) {
                const QJsonObject pair = p.toObject();
                out << "  "
                    << tr("%1 (units both annotated: %2):")
                           .arg(pairName(pair))
                           .arg(pair.value(QStringLiteral("units")).toInt())
                    << '\n';
                spans(out, pair, QStringLiteral("    "));
                for (const QJsonValue &l : pair.value(QStringLiteral("labels")).toArray()) {
                    const QJsonObject label = l.toObject();
                    out << "    " << label.value(QStringLiteral("label")).toString() << ":\n";
                    spans(out, label, QStringLiteral("      "));
                }
            }
        }
    }
    return text;
}

} // namespace candor
