#include "tools/screenshot/ScreenshotMemeScene.h"

#include "app/jobs/meme/MemeMapJob.h"
#include "core/domain/Error.h"
#include "core/ocr/MemeOcr.h"
#include "core/store/ProjectStore.h"
#include "core/store/TaskQueries.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/itemview/SpanTextView.h"
#include "widgets/main/MainWindow.h"
#include "widgets/meme/MemeTextLink.h"
#include "widgets/meme/MemeView.h"

#include <QDockWidget>
#include <QTimer>

#include <cstdio>

namespace candor {

namespace {

bool fail(const QString &reason)
{
    std::fprintf(stderr, "meme-heatmap scene: %s\n", qPrintable(reason));
    return false;
}

// A short gold span (two to four linked words, the most such; else any linked one), so the highlighted boxes
// stand out as a phrase rather than the whole caption.
std::optional<DisplaySpan> bestLinkedSpan(const SpanTextView &text, const QList<OcrWord> &linked)
{
    std::optional<DisplaySpan> best;
    qsizetype bestRank = 0;
    for (const DisplaySpan &span : text.spans()) {
        if (span.annotation.origin != Origin::Gold || !span.annotation.isSpan())
            continue;
        const qsizetype words = wordsInSpan(linked, *span.annotation.start, *span.annotation.end).size();
        const qsizetype rank = words >= 2 && words <= 4 ? 10 + words : (words > 0 ? 1 : 0);
        if (rank > bestRank) {
            best = span;
            bestRank = rank;
        }
    }
    return best;
}

} // namespace

bool arrangeMemeScene(MainWindow &window)
{
    const QString project = qEnvironmentVariable("CANDOR_MEME_PROJECT");
    const QString externalId = qEnvironmentVariable("CANDOR_MEME_ID");
    if (project.isEmpty() || externalId.isEmpty())
        return fail(QStringLiteral("set CANDOR_MEME_PROJECT and CANDOR_MEME_ID"));
    if (!window.openProject(project))
        return fail(QStringLiteral("cannot open %1").arg(project));
    const qint64 itemId = TaskQueries(*window.store()).itemOfKind(QStringLiteral("meme"), externalId);
    if (itemId == 0)
        return fail(QStringLiteral("%1 has no meme %2").arg(project, externalId));

    window.showItem(itemId);
    MemeView *meme = window.itemView()->memeView();
    if (meme->modelVersionId() == 0 || meme->techniques().isEmpty())
        return fail(QStringLiteral("no fused or image model version in %1").arg(project));
    const QString technique = meme->techniques().first(); // the most probable one for this meme
    try {
        MemeMapOptions options;
        options.itemId = itemId;
        options.modelVersionId = meme->modelVersionId();
        options.technique = technique;
        MemeMapJob(project, options).run();
    } catch (const Error &error) {
        return fail(error.message());
    }
    window.showItem(itemId); // re-read: the map is stored now
    meme->setOpacity(0.45);
    meme->setTechnique(technique); // before the toggle, so the attention map is never asked for
    meme->setHeatmapShown(true);
    // After the layout settles (the grab comes later): dock sizes, then one linked gold span selected and highlighted.
    QTimer::singleShot(300, &window, [&window, meme] {
        // Narrower side docks and a short bottom dock leave the meme the room of the window (once it is shown).
        const auto dock = [&window](const char *name) { return window.findChild<QDockWidget *>(QLatin1String(name)); };
        if (dock("ItemsDock") && dock("LabelsDock") && dock("JobsDock")) {
            window.resizeDocks({dock("ItemsDock"), dock("LabelsDock")}, {330, 300}, Qt::Horizontal);
            window.resizeDocks({dock("JobsDock")}, {110}, Qt::Vertical);
        }
        SpanTextView *text = window.itemView()->textView();
        if (const auto span = bestLinkedSpan(*text, meme->linkedWords())) {
            text->setSelectedSpanId(span->annotation.id);
            meme->textLink()->highlightRange(*span->annotation.start, *span->annotation.end, span->colour);
        }
    });
    return true;
}

} // namespace candor
