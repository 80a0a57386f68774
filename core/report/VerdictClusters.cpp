#include "core/report/VerdictClusters.h"

#include "core/domain/Annotation.h"
#include "core/domain/LabelSchema.h"
#include "core/report/HtmlText.h"
#include "core/report/ReportFigures.h"
#include "core/store/ProjectStore.h"
#include "core/store/SimilarItems.h"

#include <QLocale>
#include <QSet>

namespace candor {

namespace {

const QString kFake = QStringLiteral("fake");

// The first `max` code points of `text` (a 10 MB post stays out of the report).
QString cutText(const QString &text, int max, bool *cut)
{
    const QList<uint> codePoints = text.left(2 * max + 2).toUcs4();
    *cut = codePoints.size() > max || text.size() > 2 * max + 2;
    return *cut ? QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), max) : text;
}

ClusterMember memberOf(const ProjectStore &store, const SimilarItem &similar, int textMax)
{
    ClusterMember member;
    member.itemId = similar.itemId;
    member.similarity = similar.similarity();
    member.sameImage = similar.imageDistance >= 0;
    member.verdict = similar.verdict;
    if (similar.verdictOrigin)
        member.verdictOrigin = originName(*similar.verdictOrigin);
    if (similar.factCheck)
        member.factCheck = factCheckRatingName(*similar.factCheck);
    if (const std::optional<Item> item = store.item(similar.itemId)) {
        member.source = item->source;
        member.externalId = item->externalId;
        member.text = cutText(item->text, textMax, &member.cut);
    }
    return member;
}

} // namespace

QList<VerdictCluster> VerdictClusters::of(
    const ProjectStore &store, const LabelSection &verdicts, const ReportOptions &options)
{
    SimilarityOptions similarity;
    similarity.limit = options.clusterMembers + 1; // one more says whether there were more
    QList<VerdictCluster> clusters;
    QSet<qint64> seen;
    for (const SpanExcerpt &example : verdicts.examples) {
        if (example.label != kFake || seen.contains(example.itemId))
            continue;
        seen.insert(example.itemId);
        const QList<SimilarItem> near = SimilarItems::of(store, example.itemId, similarity);
        if (near.isEmpty())
            continue;
        VerdictCluster cluster{example.itemId, example.source, example.externalId, {}, false};
        cluster.more = near.size() > options.clusterMembers;
        for (const SimilarItem &similar : near.mid(0, options.clusterMembers))
            cluster.members.append(memberOf(store, similar, options.contextCodePoints));
        clusters.append(cluster);
    }
    return clusters;
}

QString VerdictClusters::html(const QList<VerdictCluster> &clusters, const QString &tableStart)
{
    if (clusters.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>\n<p class=\"note\">%2</p>\n")
                       .arg(tr("Near-duplicates of the posts flagged fake"),
                           tr("The same picture (perceptual hash within 7 bits) or the same wording (word-pair "
                              "Jaccard 0.5 or more) elsewhere in the project, with what is known of each copy."));
    for (const VerdictCluster &cluster : clusters) {
        html += QStringLiteral("<p><b><bdi>%1</bdi></b></p>\n")
                    .arg(tr("%1 %2: %n near-duplicate(s)", nullptr, int(cluster.members.size()))
                             .arg(html::shortText(cluster.source, 60), html::shortText(cluster.externalId, 60))
                        + (cluster.more ? tr(" (more not shown)") : QString()));
        html += tableStart
            + QStringLiteral("<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>\n")
                  .arg(tr("post"), tr("text"), tr("match"), tr("what is known"));
        for (const ClusterMember &member : cluster.members) {
            QStringList known;
            if (!member.verdict.isEmpty())
                known.append(
                    tr("%1 (%2)").arg(html::text(displayLabel(member.verdict)), html::text(member.verdictOrigin)));
            if (!member.factCheck.isEmpty())
                known.append(tr("fact check: %1").arg(html::text(member.factCheck)));
            const QString match = (member.sameImage ? tr("same picture") : tr("same wording")) + QStringLiteral(" ")
                + QLocale().toString(member.similarity, 'f', 2);
            html += QStringLiteral("<tr><td><bdi>%1</bdi><br><bdi>%2</bdi></td><td><bdi>%3%4</bdi></td><td>%5</td>"
                                   "<td>%6</td></tr>\n")
                        .arg(html::shortText(member.source, 60), html::shortText(member.externalId, 60),
                            html::text(member.text), member.cut ? QString(QChar(0x2026)) : QString(), match,
                            known.isEmpty() ? QStringLiteral("–") : known.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tbody></table>\n");
    }
    return html;
}

} // namespace candor
