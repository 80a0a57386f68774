#include "tools/screenshot/ScreenshotScenes.h"

#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"
#include "tools/screenshot/ScreenshotMemeScene.h"
#include "tools/screenshot/ScreenshotThreadScene.h"
#include "tools/screenshot/ScreenshotVerdictScene.h"
#include "widgets/appearance/SchemePalettes.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/itemview/SpanTextView.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QToolButton>

namespace candor {

namespace {

// The emoji-free text keeps screenshots identical on machines without an emoji font.
const QString kMeme = QStringLiteral("THEY SAID TWO WEEKS TO FLATTEN THE CURVE\n\nTWO YEARS LATER THE SHEEP ARE STILL "
                                     "WEARING MASKS\n\nWAKE UP!");

// Posts for the browser: varied sources, kinds, languages and labels, all written for the demo.
const char *const kPosts[][4] = {
    {"post", "en", "semeval2021-task6",
        "The mainstream media will never tell you what they are hiding about the masks."},
    {"meme", "en", "semeval2021-task6", "REAL PATRIOTS STAND WITH OUR FARMERS"},
    {"post", "en", "pan2024-oppositional", "Either you support the mandate or you want grandma to die."},
    {"post", "es", "pan2024-oppositional", "Nos quieren obligar a vacunarnos para controlar a la poblacion."},
    {"meme", "en", "semeval2021-task6", "WHEN THE EXPERTS CHANGE THEIR MIND FOR THE THIRD TIME THIS WEEK"},
    {"post", "en", "rumoureval2019", "Breaking: officials confirm the bridge closure was planned weeks ago."},
    {"message", "en", "telegram-demo", "Share before they delete this! The masks do nothing and they know it."},
    {"post", "es", "pan2024-oppositional", "Los expertos dicen que es seguro, pero quien paga a los expertos?"},
    {"meme", "en", "semeval2021-task6", "THEY CALLED IT A CONSPIRACY THEORY. NOW IT IS THE NEWS."},
    {"post", "en", "semeval2021-task6", "Only a fool would still trust the ministry after this scandal."},
    {"message", "en", "telegram-demo", "Millions are waking up. Are you one of them?"},
    {"post", "en", "rumoureval2019", "Eyewitnesses report that the masks were distributed free of charge downtown."},
};

QByteArray memeImage()
{
    QImage image(480, 360, QImage::Format_RGB32);
    image.fill(QColor(QStringLiteral("#2b2d42")));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(30);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, kMeme);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Annotation span(
    qint64 itemId, const QString &text, const QString &fragment, const QString &label, Origin origin, double score = -1)
{
    const CodePointMap map(text);
    const int start = map.toCodePoint(text.indexOf(fragment));
    Annotation a;
    a.itemId = itemId;
    a.schema = Schemas::Persuasion20;
    a.label = label;
    a.start = start;
    a.end = start + codePointLength(fragment);
    a.origin = origin;
    a.status = origin == Origin::Model ? Status::Proposed : Status::Accepted;
    if (score >= 0)
        a.score = score;
    return a;
}

} // namespace

QStringList ScreenshotScenes::names()
{
    return {QStringLiteral("welcome"), QStringLiteral("annotate"), QStringLiteral("browser"),
        QStringLiteral("meme-heatmap"), QStringLiteral("thread"), QStringLiteral("verdict"), QStringLiteral("dark")};
}

void ScreenshotScenes::buildDemoProject(const QString &path)
{
    QFile::remove(path);
    ProjectStore::create(path);
    ProjectStore store(path);
    ModelVersion version;
    version.task = QStringLiteral("persuasion-spans");
    version.name = QStringLiteral("demo-model v1");
    version.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    const qint64 model = store.addModelVersion(version);

    Item meme;
    meme.kind = ItemKind::Meme;
    meme.source = QStringLiteral("semeval2021-task6");
    meme.externalId = QStringLiteral("demo_001");
    meme.split = QStringLiteral("dev");
    meme.language = QStringLiteral("en");
    meme.text = kMeme;
    meme.createdAt = QDateTime(QDate(2021, 3, 2), QTime(12, 0), Qt::UTC);
    meme.mediaId = store.addMedia(memeImage(), QStringLiteral("demo")).id;
    const qint64 memeId = store.upsertItem(meme).id;
    const auto add = [&](Annotation a) {
        if (a.origin == Origin::Model)
            a.modelVersionId = model;
        store.addAnnotation(a);
    };
    add(span(memeId, kMeme, QStringLiteral("TWO WEEKS TO FLATTEN THE CURVE"), QStringLiteral("Slogans"), Origin::Gold));
    add(span(memeId, kMeme, QStringLiteral("THE SHEEP"), QStringLiteral("Name calling/Labeling"), Origin::Gold));
    add(span(memeId, kMeme, QStringLiteral("SHEEP ARE STILL WEARING MASKS"), QStringLiteral("Smears"), Origin::Gold));
    add(span(memeId, kMeme, QStringLiteral("WAKE UP!"), QStringLiteral("Slogans"), Origin::Gold));
    add(span(memeId, kMeme, QStringLiteral("SHEEP"), QStringLiteral("Loaded Language"), Origin::Model, 0.81));
    Annotation human = span(
        memeId, kMeme, QStringLiteral("TWO YEARS LATER"), QStringLiteral("Exaggeration/Minimisation"), Origin::Human);
    human.annotator = QStringLiteral("alice");
    add(human);
    add(span(memeId, kMeme, QStringLiteral("THEY SAID TWO WEEKS TO FLATTEN THE CURVE"), QStringLiteral("Doubt"),
        Origin::Model, 0.46));
    add(span(memeId, kMeme, QStringLiteral("WAKE UP!"), QString::fromUtf8("Thought-terminating clich\xc3\xa9"),
        Origin::Model, 0.58));
    const QList<QPair<QString, double>> itemScores = {{QStringLiteral("Name calling/Labeling"), 0.88},
        {QStringLiteral("Slogans"), 0.74}, {QStringLiteral("Loaded Language"), 0.69}, {QStringLiteral("Doubt"), 0.47},
        {QStringLiteral("Smears"), 0.52}, {QStringLiteral("Appeal to (Strong) Emotions"), 0.22}};
    for (const auto &[label, score] : itemScores) {
        Annotation a;
        a.itemId = memeId;
        a.schema = Schemas::Persuasion22;
        a.label = label;
        a.origin = Origin::Model;
        a.status = Status::Proposed;
        a.score = score;
        add(a);
    }
    for (const QString &label :
        {QStringLiteral("Name calling/Labeling"), QStringLiteral("Slogans"), QStringLiteral("Smears")}) {
        Annotation a;
        a.itemId = memeId;
        a.schema = Schemas::Persuasion22;
        a.label = label;
        a.origin = Origin::Gold;
        add(a);
    }

    const QStringList labels
        = {QStringLiteral("Loaded Language"), QStringLiteral("Doubt"), QStringLiteral("Flag-waving"),
            QStringLiteral("Black-and-white Fallacy/Dictatorship"), QStringLiteral("Smears")};
    int n = 0;
    for (const auto &post : kPosts) {
        Item item;
        item.kind = itemKindFromName(QLatin1String(post[0]));
        item.language = QLatin1String(post[1]);
        item.source = QLatin1String(post[2]);
        item.text = QString::fromUtf8(post[3]);
        item.externalId = QStringLiteral("demo_%1").arg(n + 2, 3, 10, QLatin1Char('0'));
        item.split = n % 3 == 0 ? QStringLiteral("test") : QStringLiteral("train");
        item.createdAt = QDateTime(QDate(2021, 1 + n % 12, 1 + n), QTime(10, 0), Qt::UTC);
        const qint64 id = store.upsertItem(item).id;
        Annotation a;
        a.itemId = id;
        a.schema = Schemas::Persuasion22;
        a.label = labels[n % labels.size()];
        a.origin = Origin::Model;
        a.status = Status::Proposed;
        a.score = 0.35 + 0.05 * ((n * 7) % 12);
        add(a);
        if (n % 4 == 1) {
            a.origin = Origin::Human;
            a.annotator = n % 8 == 1 ? QStringLiteral("alice") : QStringLiteral("bob");
            a.status = Status::Accepted;
            a.score.reset();
            add(a);
        }
        ++n;
    }
}

bool ScreenshotScenes::arrange(MainWindow &window, const QString &scene, const QString &projectPath)
{
    window.resize(1500, 900);
    if (scene == QLatin1String("welcome")) {
        window.openProject(projectPath);
        window.closeProject();
        return true;
    }
    if (scene == QLatin1String("meme-heatmap"))
        return arrangeMemeScene(window);
    // What AppearanceController shows on a dark desktop: Fusion (the screenshots' style) with the dark palette.
    // "dark" is the annotation scene; "dark-<scene>" any other (dark-thread, dark-browser, ...).
    if (scene == QLatin1String("dark") || scene.startsWith(QLatin1String("dark-"))) {
        QApplication::setPalette(darkPalette());
        return arrange(window, scene == QLatin1String("dark") ? QStringLiteral("annotate") : scene.mid(5), projectPath);
    }
    if (scene == QLatin1String("thread"))
        return arrangeThreadScene(window, projectPath);
    if (scene == QLatin1String("verdict"))
        return arrangeVerdictScene(window, projectPath);
    if (!window.openProject(projectPath))
        return false;
    if (scene == QLatin1String("annotate")) {
        window.showItem(1);
        SpanTextView *text = window.itemView()->textView();
        for (const DisplaySpan &span : text->spans())
            if (span.annotation.origin == Origin::Model && span.annotation.label == QLatin1String("Loaded Language"))
                text->setSelectedSpanId(span.annotation.id);
        return true;
    }
    if (scene == QLatin1String("browser")) {
        ItemQuery query;
        query.search = QStringLiteral("masks");
        window.browser()->filterBar()->setQuery(query);
        window.browser()->filterBar()->findChild<QToolButton *>()->setChecked(true);
        window.showItem(window.browser()->model()->itemIdAt(0));
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ItemsDock")))
            window.resizeDocks({dock}, {1000}, Qt::Horizontal);
        return true;
    }
    return false;
}

} // namespace candor
