#include "core/sample/SampleMemes.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/sample/PixelFont.h"
#include "core/store/ProjectStore.h"
#include "core/store/TaskQueries.h"
#include "core/text/CodePoints.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace candor {

namespace {

struct Fragment
{
    const char *text;
    const char *technique; // persuasion-20 name, nullptr for neutral text
};

// Phrases in the style of the SemEval-2021 Task 6 memes, each carrying at most one technique.
const Fragment kFragments[] = {
    {"THIS IS A TOTAL DISGRACE", "Loaded Language"},
    {"these vile crooks", "Loaded Language"},
    {"SO-CALLED EXPERTS", "Name calling/Labeling"},
    {"globalist puppets", "Name calling/Labeling"},
    {"TAKE BACK CONTROL", "Slogans"},
    {"NO MORE LIES", "Slogans"},
    {"Real patriots stand together", "Flag-waving"},
    {"They are coming for your children", "Appeal to fear/prejudice"},
    {"Your savings will be worthless by Christmas", "Appeal to fear/prejudice"},
    {"Can we really trust them?", "Doubt"},
    {"Who benefits? Think about it.", "Doubt"},
    {"The worst disaster in history", "Exaggeration/Minimisation"},
    {"It's just a little flu", "Exaggeration/Minimisation"},
    {"A man who never told the truth in his life", "Smears"},
    {"Prices went up because of one man", "Causal Oversimplification"},
    {"You are either with us or against us", "Black-and-white Fallacy/Dictatorship"},
    {"It is what it is", "Thought-terminating clich\xc3\xa9"},
    {"Top doctors agree", "Appeal to authority"},
    {"But what about their scandals?", "Whataboutism"},
    {"That is exactly what dictators did", "Reductio ad hitlerum"},
    {"Freedom and justice for all", "Glittering generalities (Virtue)"},
    {"NEVER. NEVER. NEVER.", "Repetition"},
    {"Everyone is waking up", "Bandwagon"},
    {"So you want open borders for criminals?", "Misrepresentation of Someone's Position (Straw Man)"},
    {"Meanwhile the weather is lovely", "Presenting Irrelevant Data (Red Herring)"},
    {"Things are happening, you know what I mean", "Obfuscation, Intentional vagueness, Confusion"},
    {"When the coffee finally kicks in", nullptr},
    {"Monday again", nullptr},
    {"Share if you agree", nullptr},
    {"Look at this", nullptr},
};
constexpr int kFragmentCount = int(sizeof(kFragments) / sizeof(kFragments[0]));
// 120 memes (96 train, 24 dev): each technique fragment occurs about six times in train, enough for a small
// model to learn the persuasion-20 labels and spans well above chance on dev, and still built in about a second.
constexpr int kMemes = 120;

const QColor kBackgrounds[] = {QColor(0xc0392b), QColor(0x2c3e50), QColor(0x27ae60), QColor(0x8e44ad), QColor(0xd35400),
    QColor(0x16a085), QColor(0x7f8c8d), QColor(0x2980b9)};

QImage drawMeme(const QStringList &lines, const QColor &background)
{
    const int scale = 3;
    int width = 240;
    for (const QString &line : lines)
        width = qMax(width, PixelFont::lineWidth(line, scale) + 24);
    const int height = 48 + int(lines.size()) * (PixelFont::glyphHeight + 4) * scale + 40;
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(background);
    int y = 24;
    for (const QString &line : lines) {
        const int x = (width - PixelFont::lineWidth(line, scale)) / 2;
        PixelFont::drawLine(image, x + 2, y + 2, line, scale, Qt::black); // drop shadow, like meme captions
        PixelFont::drawLine(image, x, y, line, scale, Qt::white);
        y += (PixelFont::glyphHeight + 4) * scale;
    }
    return image;
}

} // namespace

QString sampleMemeSource()
{
    return QStringLiteral("sample-memes");
}

int writeSampleMemes(const QString &folder)
{
    QDir().mkpath(folder + QStringLiteral("/images"));
    QFile out(folder + QStringLiteral("/memes.jsonl"));
    if (!out.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(out.fileName(), out.errorString()));
    QRandomGenerator random(20210601);
    for (int meme = 1; meme <= kMemes; ++meme) {
        // One to three fragments, one per line, as meme captions are laid out.
        const int parts = 1 + int(random.bounded(3));
        QString text;
        QStringList lines;
        QJsonArray spans;
        QStringList labels;
        for (int part = 0; part < parts; ++part) {
            const Fragment &fragment = kFragments[(meme * 7 + part * 11 + int(random.bounded(5))) % kFragmentCount];
            const QString piece = QString::fromUtf8(fragment.text);
            if (lines.contains(piece))
                continue;
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            const int start = codePointLength(text);
            text += piece;
            lines.append(piece);
            if (fragment.technique) {
                const QString technique = QString::fromUtf8(fragment.technique);
                spans.append(QJsonObject{{QStringLiteral("start"), start},
                    {QStringLiteral("end"), start + codePointLength(piece)}, {QStringLiteral("label"), technique}});
                if (!labels.contains(technique))
                    labels.append(technique);
            }
        }
        // The two image-only techniques of subtask 3, on a few memes.
        if (meme % 5 == 0)
            labels.append(QStringLiteral("Appeal to (Strong) Emotions"));
        if (meme % 7 == 0)
            labels.append(QStringLiteral("Transfer"));
        const QString image = QStringLiteral("images/meme_%1.png").arg(meme, 2, 10, QLatin1Char('0'));
        if (!drawMeme(lines, kBackgrounds[meme % 8]).save(folder + QLatin1Char('/') + image, "PNG"))
            throw Error(Error::tr("%1: cannot write the sample image").arg(image));
        const QJsonObject record{{QStringLiteral("id"), QStringLiteral("meme_%1").arg(meme, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("text"), text}, {QStringLiteral("image"), image},
            {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}, {QStringLiteral("spans"), spans},
            {QStringLiteral("language"), QStringLiteral("en")},
            // As the SemEval importer records it: every sample meme is fully labelled for
            // subtasks 1-3, so a meme without a technique is a true negative in training.
            {QStringLiteral("subtasks"), QJsonArray{1, 2, 3}},
            {QStringLiteral("split"), meme % 5 == 3 ? QStringLiteral("dev") : QStringLiteral("train")}};
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    }
    return kMemes;
}

int addSampleMemeTextLabels(ProjectStore &store)
{
    const QList<qint64> memes = TaskQueries(store).itemIdsOfSource(sampleMemeSource());
    AnnotationFilter spans;
    spans.schema = Schemas::Persuasion20;
    spans.origin = Origin::Gold;
    int added = 0;
    for (const qint64 meme : memes) {
        for (const Annotation &span : store.annotations(meme, spans)) {
            if (!span.isSpan())
                continue;
            Annotation label;
            label.itemId = meme;
            label.schema = Schemas::Persuasion20;
            label.label = span.label;
            label.origin = Origin::Gold;
            label.status = Status::Accepted;
            added += store.addAnnotation(label) != 0; // 0: the meme has this label already (a second span)
        }
    }
    return added;
}

} // namespace candor
