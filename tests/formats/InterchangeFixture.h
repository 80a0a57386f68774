#pragma once

// What the annotation-tool format tests (brat, Label Studio, CoNLL, WebAnno TSV) share: a text on which tools' anchors
// shift, and the rows of an item as one line each.
#include "core/store/ProjectStore.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <tuple>

namespace candor::interchange {

// "👨‍👩‍👧" is 5 code points (3 people, 2 ZWJ) and 8 UTF-16 units; "😀" 1 and 2; 東京 two of each.
inline const QString kFamily
    = QString::fromUtf8("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7");
inline const QString kText = QString::fromUtf8("\xf0\x9f\x98\x80 ") + kFamily
    + QString::fromUtf8(" says \xe6\x9d\xb1\xe4\xba\xac is lying\nAll of them LIARS");
// Code points: 😀=0, ' '=1, family=2..6, ' '=7, "says"=8..11, ' '=12, 東京=13..14, ' '=15, "is"=16..17, ' '=18,
// "lying"=19..23, '\n'=24, "All"=25..27, ' '=28, "of"=29..30, ' '=31, "them"=32..35, ' '=36, "LIARS"=37..41.
// UTF-16: "lying" is 23..27.

// The lines of a written file (the exporters' output), empty when it cannot be read.
inline QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// "schema label [start-end] origin[:annotator]" per row of the item, sorted.
inline QStringList rowsOf(const ProjectStore &store, qint64 item)
{
    QStringList rows;
    for (const Annotation &row : store.annotations(item, {})) {
        const QString where = row.isSpan() ? QStringLiteral(" %1-%2").arg(*row.start).arg(*row.end) : QString();
        rows.append(
            QStringLiteral("%1 %2%3 %4")
                .arg(row.schema, row.label, where,
                    originName(row.origin) + (row.annotator.isEmpty() ? QString() : QLatin1Char(':') + row.annotator)));
    }
    rows.sort();
    return rows;
}

// The meme the token-format tests export: kText with overlapping persuasion spans, one running over the line
// break and one starting inside "lying" (19..23), so tokens must be cut at span edges.
inline qint64 addSpannedMeme(ProjectStore &store)
{
    Item meme;
    meme.kind = ItemKind::Meme;
    meme.source = QStringLiteral("semeval");
    meme.externalId = QStringLiteral("128_batch 2/é");
    meme.text = kText;
    const qint64 item = store.upsertItem(meme).id;
    const QList<std::tuple<const char *, int, int>> spans{{"Loaded Language", 2, 7}, {"Smears", 8, 24},
        {"Doubt", 19, 28}, {"Exaggeration/Minimisation", 21, 24}, {"Name calling/Labeling", 37, 42}};
    for (const auto &[label, start, end] : spans) {
        Annotation gold;
        gold.itemId = item;
        gold.schema = QStringLiteral("persuasion-20");
        gold.label = QString::fromUtf8(label);
        gold.start = start;
        gold.end = end;
        store.addAnnotation(gold);
    }
    return item;
}

// A human span of `annotator` on the item.
inline void addHumanSpan(
    ProjectStore &store, qint64 item, const QString &label, int start, int end, const QString &annotator)
{
    Annotation row;
    row.itemId = item;
    row.schema = QStringLiteral("persuasion-20");
    row.label = label;
    row.start = start;
    row.end = end;
    row.origin = Origin::Human;
    row.annotator = annotator;
    store.addAnnotation(row);
}

} // namespace candor::interchange
