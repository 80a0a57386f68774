// What happens when memory runs out: a training run starts again at half its batch (and the later runs of the same
// training keep the smaller batch), a prediction slice is split in two, and where nothing smaller is possible the
// error names the device, the run and the batch. The allocator failures are real: torch's CPU allocator refusing a
// 4 PiB tensor, and CUDA's out-of-memory exception type (c10::OutOfMemoryError, what the CUDA caching allocator
// throws) raised where a GPU would raise it.
#include "models/engine/Compute.h"
#include "models/engine/RunControl.h"
#include "models/text/BatchFallback.h"

#include <QTest>

#include <torch/torch.h>

#include <new>
#include <stdexcept>

using namespace candor;

namespace {

[[noreturn]] void gpuOutOfMemory(int batch)
{
    throw c10::OutOfMemoryError(c10::SourceLocation{__func__, __FILE__, uint32_t(__LINE__)},
        "CUDA out of memory. Tried to allocate " + std::to_string(batch * 64) + ".00 MiB (GPU 0; 4.00 GiB total)");
}

} // namespace

class TestBatchFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { engine::setBatchLimit(0); }

    void recognisesTheAllocatorsFailures()
    {
        bool refused = false;
        try {
            // 4 PiB: beyond any address space, so refused even where the kernel overcommits memory.
            const torch::Tensor huge = torch::empty({1L << 50}, torch::kFloat32);
            QFAIL(qPrintable(QStringLiteral("allocated %1 bytes").arg(huge.nbytes())));
        } catch (const std::exception &error) {
            refused = true;
            QVERIFY2(engine::isOutOfMemory(error), error.what());
        }
        QVERIFY(refused);
        try {
            gpuOutOfMemory(32);
        } catch (const std::exception &error) {
            QVERIFY(engine::isOutOfMemory(error));
        }
        QVERIFY(engine::isOutOfMemory(std::bad_alloc()));
        QVERIFY(!engine::isOutOfMemory(std::runtime_error("width 100 is not divisible by 3 heads")));
    }

    void aTrainingRunRetriesAtHalfItsBatchAndTheNextRunsKeepIt()
    {
        models::TextTrainConfig config;
        config.batchSize = 32;
        models::BatchFallback batches(config.batchSize);
        QStringList tried, retries;
        engine::RunControl control;
        control.sink = [&](const engine::Progress &p) {
            retries << QStringLiteral("%1 -> %2").arg(p.metric("out_of_memory_batch")).arg(p.metric("retry_batch"));
        };
        models::EpochWatch watch;
        watch.phase = "transformer fold 1/5";
        const auto run = [&](const models::TextTrainConfig &c, const models::EpochWatch &w) {
            tried << QStringLiteral("%1 @ %2").arg(QString::fromStdString(w.phase)).arg(c.batchSize);
            if (c.batchSize > 8)
                gpuOutOfMemory(c.batchSize);
            return std::unique_ptr<models::RawOutputModel>();
        };
        batches.train(config, watch, control, 2, run);
        QCOMPARE(tried,
            QStringList(
                {QStringLiteral("transformer fold 1/5 @ 32"), QStringLiteral("transformer fold 1/5 (batch 16) @ 16"),
                    QStringLiteral("transformer fold 1/5 (batch 8) @ 8")}));
        QCOMPARE(retries, QStringList({QStringLiteral("32 -> 16"), QStringLiteral("16 -> 8")}));
        QCOMPARE(batches.batch(), 8);

        tried.clear();
        watch.phase = "transformer fold 2/5";
        batches.train(config, watch, control, 2, run);
        QCOMPARE(tried, QStringList({QStringLiteral("transformer fold 2/5 (batch 8) @ 8")}));
    }

    void thePersonsBatchLimitCapsTheConfig()
    {
        engine::setBatchLimit(4);
        models::TextTrainConfig config;
        config.batchSize = 32;
        models::BatchFallback batches(config.batchSize);
        int used = 0;
        models::EpochWatch watch;
        watch.phase = "ngram";
        batches.train(
            config, watch, engine::RunControl{}, 1, [&](const models::TextTrainConfig &c, const models::EpochWatch &) {
                used = c.batchSize;
                return std::unique_ptr<models::RawOutputModel>();
            });
        QCOMPARE(used, 4);
        QCOMPARE(engine::boundedBatch(2), 2);
    }

    void noBatchFitsOrAnotherErrorIsSaidAsItIs()
    {
        models::TextTrainConfig config;
        config.batchSize = 4;
        models::BatchFallback batches(config.batchSize);
        models::EpochWatch watch;
        watch.phase = "transformer (all training examples)";
        try {
            batches.train(config, watch, engine::RunControl{}, 2,
                [](const models::TextTrainConfig &c, const models::EpochWatch &)
                    -> std::unique_ptr<models::RawOutputModel> { gpuOutOfMemory(c.batchSize); });
            QFAIL("no batch fits, yet it returned");
        } catch (const std::runtime_error &error) {
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.contains(QStringLiteral("out of memory in transformer (all training examples) (batch 2) at "
                                                  "batch 2, the smallest this model trains with")),
                qPrintable(what));
            QVERIFY2(
                what.contains(QStringLiteral("CUDA out of memory. Tried to allocate 128.00 MiB")), qPrintable(what));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            batches.train(config, watch, engine::RunControl{}, 2,
                [](const models::TextTrainConfig &, const models::EpochWatch &)
                    -> std::unique_ptr<models::RawOutputModel> { throw std::invalid_argument("not memory"); }));
    }

    void aPredictionSliceThatRunsOutIsSplit()
    {
        std::vector<int> seen;
        double retry = 0;
        engine::RunControl control;
        control.sink = [&](const engine::Progress &p) {
            if (p.has("retry_batch"))
                retry = p.metric("retry_batch");
        };
        engine::forEachBatch(20, 16, control, "predicting", [&](size_t first, size_t last) {
            if (last - first > 5)
                gpuOutOfMemory(int(last - first));
            for (size_t i = first; i < last; ++i)
                seen.push_back(int(i));
        });
        QCOMPARE(retry, 4.0);
        QCOMPARE(int(seen.size()), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(seen[size_t(i)], i);

        engine::setBatchLimit(3);
        std::vector<size_t> sizes;
        engine::forEachBatch(
            7, 16, control, "predicting", [&](size_t first, size_t last) { sizes.push_back(last - first); });
        QCOMPARE(sizes, (std::vector<size_t>{3, 3, 1}));

        QVERIFY_THROWS_EXCEPTION(c10::OutOfMemoryError,
            engine::forEachBatch(3, 2, control, "predicting", [&](size_t, size_t) { gpuOutOfMemory(1); }));
    }
};

QTEST_GUILESS_MAIN(TestBatchFallback)
#include "TestBatchFallback.moc"
