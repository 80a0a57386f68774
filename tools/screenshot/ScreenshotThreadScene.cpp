#include "tools/screenshot/ScreenshotThreadScene.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/rumoureval/RumourEvalImporter.h"
#include "core/formats/rumoureval/RumourThread.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/main/MainWindow.h"
#include "widgets/thread/StanceTimelineView.h"
#include "widgets/thread/ThreadView.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace candor {

bool arrangeThreadScene(MainWindow &window, const QString &projectPath)
{
    const QString folder = qEnvironmentVariable("CANDOR_RUMOUREVAL_THREAD");
    if (folder.isEmpty() || !RumourEvalImporter::isThreadFolder(folder)) {
        std::fprintf(stderr, "the thread scene needs CANDOR_RUMOUREVAL_THREAD set to a RumourEval thread folder\n");
        return false;
    }
    try {
        ProjectStore store(projectPath);
        RumourEvalImporter importer;
        importPath(store, importer, folder, ImportOptions());
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
    if (!window.openProject(projectPath))
        return false;
    const std::optional<qint64> thread = window.store()->findItem(kRumourEvalSource, QFileInfo(folder).fileName());
    if (!thread)
        return false;
    window.showItem(*thread);
    ThreadView *view = window.threadView();
    const ThreadConversation &conversation = view->conversation();
    // A person confirms the gold stance of the most replied-to reply: its chip turns "human".
    int hub = -1;
    for (int i = 0; i < conversation.posts.size(); ++i)
        if (i != conversation.root
            && (hub < 0 || conversation.posts[i].children.size() > conversation.posts[hub].children.size()))
            hub = i;
    if (hub >= 0 && conversation.posts[hub].gold) {
        window.editor()->setAnnotator(QStringLiteral("alice"));
        view->setCurrentPost(hub);
        view->setCurrentStance(conversation.posts[hub].gold->label);
    }
    if (auto *items = window.findChild<QDockWidget *>(QStringLiteral("ItemsDock")))
        window.resizeDocks({items}, {330}, Qt::Horizontal);
    view->tree()->setFocus();
    // The late stragglers (up to 31 h) squeeze the first replies into the axis: show the first twentieth, as a
    // user would with the wheel.
    view->timeline()->zoomTime(0.05, 0.0);
    // Once the shown window is laid out (the grab comes later), the tree starts at the source post.
    QTimer::singleShot(300, view, [view] { view->tree()->scrollToTop(); });
    return true;
}

} // namespace candor
