// MemeMapJob on a generated project: a small fused model trained by TrainMemeJob on drawn memes, then the
// attention map and a technique's Grad-CAM computed on demand and stored where the GUI's meme view reads them.
#include "app/jobs/meme/MemeMapJob.h"
#include "core/domain/Error.h"
#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"
#include "tests/app/MemeProjectFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace candor;

class TestMemeMapJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_meme = 0;
    qint64 m_post = 0;
    qint64 m_fused = 0;
    qint64 m_text = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (!memefixture::hasBackbone())
            QSKIP("no pretrained MobileNetV2 in ../shared/models");
        m_path = m_dir.filePath(QStringLiteral("memes.candor"));
        const memefixture::Project project = memefixture::build(m_path);
        m_meme = project.firstDevMeme;
        m_post = project.post;
        m_fused = memefixture::train(m_path, models::MemeVariant::Fused);
        m_text = memefixture::train(m_path, models::MemeVariant::Text);
        QVERIFY(m_fused > 0 && m_text > m_fused);
    }

    // Train: 6 Smears and 6 Slogans memes, one technique each. Answering both scores micro-F1 24/36 (every fold
    // agrees), one of them 12/24, so the constant answer is both; on the 4 dev memes (2 + 2): 8/12.
    void trainedVersionStoresItsConstantAnswer()
    {
        const std::optional<ModelVersion> version = ProjectStore(m_path).modelVersion(m_fused);
        QVERIFY(version);
        const QJsonObject baseline = version->metrics.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(baseline.value(QStringLiteral("metric")).toString(), QStringLiteral("micro_f1"));
        QStringList answer;
        for (const QJsonValue &label : baseline.value(QStringLiteral("answer")).toArray())
            answer.append(label.toString());
        answer.sort();
        QCOMPARE(answer, (QStringList{QStringLiteral("Slogans"), QStringLiteral("Smears")}));
        QVERIFY(qAbs(baseline.value(QStringLiteral("dev")).toDouble() - 8.0 / 12.0) < 1e-9);
    }

    void computesAndStoresMaps_data()
    {
        QTest::addColumn<QString>("technique");
        QTest::newRow("attention") << QString();
        QTest::newRow("Grad-CAM of Smears") << QStringLiteral("Smears");
        QTest::newRow("Grad-CAM of a technique no meme has") << QStringLiteral("Doubt");
    }

    void computesAndStoresMaps()
    {
        QFETCH(QString, technique);
        MemeMapOptions options;
        options.itemId = m_meme;
        options.technique = technique; // no version: the latest fused one
        options.modelsFolder = memefixture::kModels;
        const MemeMapResult result = MemeMapJob(m_path, options).run();
        QCOMPARE(result.modelVersionId, m_fused);
        QCOMPARE(result.rows, 7);
        QCOMPARE(result.cols, 7);
        QCOMPARE(result.weights.size(), size_t(49));
        for (float w : result.weights)
            QVERIFY(w >= 0 && w <= 1);
        if (technique.isEmpty()) {
            QCOMPARE(result.score, -1.0);
            // Attention shares: the 49 cells and the global feature share 1.
            double sum = 0;
            for (float w : result.weights)
                sum += w;
            QVERIFY(sum > 0 && sum <= 1.0 + 1e-4);
        } else {
            QVERIFY(result.score >= 0 && result.score <= 1);
            const float top = *std::max_element(result.weights.begin(), result.weights.end());
            QVERIFY(top == 0.0f || qFuzzyCompare(top, 1.0f)); // Grad-CAM is scaled to a maximum of 1
        }
        const ProjectStore store(m_path);
        const auto stored = imageMap(store, m_meme, m_fused,
            technique.isEmpty() ? QStringLiteral("attention") : QStringLiteral("gradcam"), technique);
        QVERIFY(stored);
        QCOMPARE(stored->rows, 7);
        QCOMPARE(stored->weights, result.weights);
    }

    void refusesWhatHasNoMap_data()
    {
        QTest::addColumn<bool>("textVersion");
        QTest::addColumn<bool>("onPost");
        QTest::addColumn<QString>("technique");
        QTest::addColumn<QString>("message");
        QTest::newRow("text-only version") << true << false << QString() << QStringLiteral("text-only");
        QTest::newRow("item without image") << false << true << QString() << QStringLiteral("not a meme with an image");
        QTest::newRow("unknown technique")
            << false << false << QStringLiteral("Sarcasm") << QStringLiteral("unknown technique 'Sarcasm'");
    }

    void refusesWhatHasNoMap()
    {
        QFETCH(bool, textVersion);
        QFETCH(bool, onPost);
        QFETCH(QString, technique);
        QFETCH(QString, message);
        MemeMapOptions options;
        options.itemId = onPost ? m_post : m_meme;
        options.modelVersionId = textVersion ? m_text : m_fused;
        options.technique = technique;
        options.modelsFolder = memefixture::kModels;
        try {
            MemeMapJob(m_path, options).run();
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
    }
};

QTEST_MAIN(TestMemeMapJob)
#include "TestMemeMapJob.moc"
