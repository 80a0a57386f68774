#include "widgets/itemview/SimilarItemsList.h"

#include "core/domain/Error.h"
#include "core/store/SimilarItems.h"

#include <QHeaderView>

namespace candor {

namespace {

QString matchText(const SimilarItem &item)
{
    QStringList parts;
    if (item.imageDistance >= 0)
        parts.append(SimilarItemsList::tr("image, %1/64 bits apart").arg(item.imageDistance));
    if (item.textSimilarity >= 0)
        parts.append(SimilarItemsList::tr("text, %1% alike").arg(qRound(item.textSimilarity * 100)));
    return parts.join(QStringLiteral(" · "));
}

QString originText(Origin origin)
{
    switch (origin) {
    case Origin::Gold: return SimilarItemsList::tr("gold");
    case Origin::Human: return SimilarItemsList::tr("human");
    case Origin::Model: return SimilarItemsList::tr("model");
    }
    return {};
}

} // namespace

SimilarItemsList::SimilarItemsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Similar items"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Similar item"), tr("Match"), tr("Verdict"), tr("Labels")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const qint64 id = row->data(ItemColumn, ItemIdRole).toLongLong();
        if (id > 0)
            Q_EMIT itemActivated(id);
    });
}

void SimilarItemsList::showSimilar(const ProjectStore *store, qint64 itemId)
{
    clear();
    if (!store || itemId <= 0)
        return;
    QList<SimilarItem> items;
    try {
        items = SimilarItems::of(*store, itemId);
    } catch (const Error &error) {
        auto *row = new QTreeWidgetItem(this);
        row->setText(ItemColumn, error.message());
        row->setFirstColumnSpanned(true);
        return;
    }
    if (items.isEmpty()) {
        auto *row = new QTreeWidgetItem(this);
        row->setText(ItemColumn, tr("No near-duplicates in this project"));
        row->setFirstColumnSpanned(true);
        return;
    }
    for (const SimilarItem &item : std::as_const(items)) {
        auto *row = new QTreeWidgetItem(this);
        row->setData(ItemColumn, ItemIdRole, item.itemId);
        row->setText(ItemColumn, tr("#%1 · %2").arg(item.itemId).arg(itemKindName(item.kind)));
        row->setText(MatchColumn, matchText(item));
        QStringList verdict;
        if (item.verdictOrigin)
            verdict.append(
                tr("%1 (%2)").arg(QCoreApplication::translate("LabelNames", item.verdict.toUtf8().constData()),
                    originText(*item.verdictOrigin)));
        if (item.factCheck)
            verdict.append(tr("fact check: %1").arg(factCheckRatingText(*item.factCheck)));
        row->setText(VerdictColumn, verdict.join(QStringLiteral(" · ")));
        row->setText(LabelsColumn, item.labels.join(QStringLiteral(", ")));
    }
    resizeColumnToContents(ItemColumn);
    resizeColumnToContents(MatchColumn);
}

} // namespace candor
