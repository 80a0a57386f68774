#include "tools/screenshot/ScreenshotVerdictScene.h"

#include "core/domain/LabelSchema.h"
#include "core/store/PostVerdict.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/itemview/VerdictPanel.h"
#include "widgets/main/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>

#include <cstdio>

namespace candor {

namespace {

std::optional<qint64> chosenPost(const ProjectStore &store)
{
    const QString wanted = qEnvironmentVariable("CANDOR_VERDICT_POST");
    if (!wanted.isEmpty())
        return store.findItem(qEnvironmentVariable("CANDOR_VERDICT_SOURCE", QStringLiteral("mediaeval2016")), wanted);
    for (qint64 id = 1; id <= 5000; ++id)
        if (const std::optional<Item> item = store.item(id); item && item->kind == ItemKind::Post)
            if (PostVerdict::of(store, id).gold)
                return id;
    return std::nullopt;
}

} // namespace

bool arrangeVerdictScene(MainWindow &window, const QString &projectPath)
{
    const QString source = qEnvironmentVariable("CANDOR_VERDICT_PROJECT");
    if (source.isEmpty() || !QFile::exists(source)) {
        std::fprintf(stderr, "the verdict scene needs CANDOR_VERDICT_PROJECT set to a project with MediaEval posts\n");
        return false;
    }
    // Beside the demo project, not over it: the demo's connection stays open under its name.
    const QString copy = QFileInfo(projectPath)
                             .dir()
                             .filePath(QFileInfo(source).completeBaseName() + QStringLiteral("-verdict.candor"));
    QFile::remove(copy);
    if (!QFile::copy(source, copy)) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(source), qPrintable(copy));
        return false;
    }
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // The pictures' descriptions live beside the project (core/image/DescriptionCache): copied with it.
    const QString descriptions = source + QStringLiteral(".features/description");
    const QString copiedDescriptions = copy + QStringLiteral(".features/description");
    QDir(copy + QStringLiteral(".features")).removeRecursively();
    if (QDir(descriptions).exists() && QDir().mkpath(copiedDescriptions))
        for (const QString &name : QDir(descriptions).entryList(QDir::Files))
            QFile::copy(descriptions + QLatin1Char('/') + name, copiedDescriptions + QLatin1Char('/') + name);
    if (!window.openProject(copy))
        return false;
    const std::optional<qint64> post = chosenPost(*window.store());
    if (!post) {
        std::fprintf(stderr, "no MediaEval post with a gold verdict in %s\n", qPrintable(source));
        return false;
    }
    window.editor()->setAnnotator(QStringLiteral("alice"));
    window.showItem(*post);
    VerdictPanel *panel = window.itemView()->verdictPanel();
    panel->setVerdict(QStringLiteral("fake"));
    panel->claimEdit()->setPlainText(qEnvironmentVariable("CANDOR_VERDICT_CLAIM",
        QStringLiteral("A shark swam through a flooded front yard in New "
                       "Jersey during Hurricane Sandy.")));
    panel->ratingBox()->setCurrentIndex(panel->ratingBox()->findData(QStringLiteral("false")));
    panel->noteEdit()->setPlainText(qEnvironmentVariable("CANDOR_VERDICT_NOTE",
        QStringLiteral("The same picture is shared by many posts about other places; MediaEval 2016 lists it as "
                       "fake. Reverse image search before publishing.")));
    panel->saveFactCheck();
    if (auto *items = window.findChild<QDockWidget *>(QStringLiteral("ItemsDock")))
        window.resizeDocks({items}, {330}, Qt::Horizontal);
    // Room for the verdict panel: the bottom docks closed, the panel scrolled to the picture's description.
    for (const char *name : {"JobsDock", "LogDock", "ModelsDock", "ChartsDock"})
        if (auto *bottom = window.findChild<QDockWidget *>(QLatin1String(name)))
            bottom->close();
    QTimer::singleShot(600, &window, [panel] {
        auto *area
            = qobject_cast<QScrollArea *>(panel->parentWidget() ? panel->parentWidget()->parentWidget() : nullptr);
        for (QPlainTextEdit *edit : panel->findChildren<QPlainTextEdit *>())
            if (area && edit->accessibleName() == VerdictPanel::tr("Picture description"))
                area->ensureWidgetVisible(edit, 0, 8);
    });
    // The items list as a fact-checker reaches the post: a search for its words, the post selected in it.
    ItemQuery search;
    search.search = qEnvironmentVariable("CANDOR_VERDICT_SEARCH", QStringLiteral("shark"));
    window.browser()->filterBar()->setQuery(search);
    QTimer::singleShot(400, &window, [&window, id = *post] { window.browser()->selectItem(id); });
    return true;
}

} // namespace candor
