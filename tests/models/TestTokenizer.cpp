#include "models/engine/Compute.h"
#include "models/tokenizer/SpmLibrary.h"
#include "models/tokenizer/Tokenizer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace candor::models;

namespace {

// A few hundred synthetic posts in English and Spanish with the things real posts carry.
std::vector<std::string> corpus()
{
    const std::vector<std::string> words = {"the", "government", "hides", "truth", "about", "vaccines", "and", "elites",
        "want", "control", "of", "our", "money", "el", "gobierno", "oculta", "la", "verdad", "sobre", "las", "vacunas",
        "y", "los", "políticos", "quieren", "controlar", "nuestro", "dinero", "mañana", "niño", "acción", "WHEN", "YOU",
        "REALIZE", "THE", "MEDIA", "LIES", "EVERY", "DAY", "2024", "https://example.com/news?id=42", "😂", "🤣", "👍",
        "#fakenews", "@user", "don't", "¿por", "qué?", "¡NO!"};
    std::mt19937 random(5);
    std::vector<std::string> texts;
    for (int i = 0; i < 400; ++i) {
        std::string text;
        const int length = 4 + int(random() % 12);
        for (int w = 0; w < length; ++w)
            text += (w ? " " : "") + words[random() % words.size()];
        texts.push_back(text);
    }
    return texts;
}

const Tokenizer &trained()
{
    static const std::unique_ptr<Tokenizer> tokenizer = [] {
        TokenizerTrainingOptions options;
        options.vocabSize = 300;
        return trainTokenizer(corpus(), options);
    }();
    return *tokenizer;
}

std::u32string codePoints(const std::string &utf8)
{
    return QString::fromStdString(utf8).toStdU32String();
}

std::string utf8(const std::u32string &s)
{
    return QString::fromStdU32String(s).toStdString();
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\n' || c == U'\r' || c == U'\t' || c == 0xA0 || c == 0x3000;
}

std::string runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return "failed: " + process.readAllStandardError().toStdString();
    return {};
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // ctest points CANDOR_SPM_MODULE at the module; run by hand, the build tree's copy is the one to use.
        if (qEnvironmentVariableIsEmpty("CANDOR_SPM_MODULE"))
            qputenv("CANDOR_SPM_MODULE", CANDOR_BINARY_DIR "/lib/candor/libcandor_spm.so");
    }

    void trainedModelHasSpecialTokens()
    {
        const Tokenizer &t = trained();
        QCOMPARE(t.padId(), 0);
        QCOMPARE(t.unkId(), 1);
        QCOMPARE(t.clsId(), 2);
        QCOMPARE(t.sepId(), 3);
        QCOMPARE(t.maskId(), 4);
        QCOMPARE(t.pieceOf(0), std::string("[PAD]"));
        QCOMPARE(t.pieceOf(2), std::string("[CLS]"));
        QCOMPARE(t.pieceOf(4), std::string("[MASK]"));
        QVERIFY(t.vocabSize() > 100 && t.vocabSize() <= 300);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, t.pieceOf(t.vocabSize()));
    }

    void spansMapToTheOriginalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("surfaceIsExact"); // false where NFKC changes characters
        QTest::newRow("plain") << QStringLiteral("the government hides the truth") << true;
        QTest::newRow("emoji") << QStringLiteral("LOL 😂😂 ok 👍🏽") << true;
        QTest::newRow("zwj family") << QStringLiteral("family 👨‍👩‍👧‍👦 and flag 🏳️‍🌈!")
                                    << true;
        QTest::newRow("url") << QStringLiteral("see https://example.com/news?id=42&x=%20y now") << true;
        QTest::newRow("spanish") << QStringLiteral("¿Por qué el niño come piñas mañana? ¡Acción!") << true;
        QTest::newRow("meme caps") << QStringLiteral("WHEN YOU REALIZE THE MEDIA LIES TO YOU EVERY DAY") << true;
        QTest::newRow("newline") << QStringLiteral("first line\nsecond line\n\nthird") << true;
        QTest::newRow("crlf") << QStringLiteral("top text\r\nbottom text\r\n") << true;
        QTest::newRow("tabs and spaces") << QStringLiteral("  a\t\tb    c  ") << true;
        QTest::newRow("digits") << QStringLiteral("in 2024 they paid 1,000,000€") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("only space") << QStringLiteral(" \n \r\n ") << true;
        QTest::newRow("decomposed accent") << QStringLiteral("nin\u0303o cafe\u0301") << false;
        QTest::newRow("fullwidth") << QStringLiteral("ＦＡＫＥ news\u3000now") << false;
        QTest::newRow("nbsp") << QStringLiteral("100\u00a0% fake") << true;
    }
    void spansMapToTheOriginalText()
    {
        QFETCH(QString, text);
        QFETCH(bool, surfaceIsExact);
        const Tokenizer &t = trained();
        const std::string input = text.toStdString();
        const std::u32string cps = codePoints(input);
        const std::vector<Token> tokens = t.encode(input);
        std::vector<bool> covered(cps.size(), false);
        int previousEnd = 0;
        for (const Token &token : tokens) {
            QVERIFY(token.id >= 0 && token.id < t.vocabSize());
            QVERIFY2(token.start >= previousEnd, "spans overlap or go backwards");
            QVERIFY(token.end >= token.start);
            QVERIFY(token.end <= int(cps.size()));
            previousEnd = token.end;
            for (int i = token.start; i < token.end; ++i)
                covered[size_t(i)] = true;
            const std::u32string surface = cps.substr(size_t(token.start), size_t(token.end - token.start));
            if (token.id == t.unkId()) {
                QVERIFY2(!surface.empty(), "an unknown piece must cover the characters it replaces");
                continue;
            }
            QVERIFY2(surface.empty() || !isSpace(surface.front()), "spans leave the word marker's whitespace out");
            std::string piece = t.pieceOf(token.id);
            for (size_t at; (at = piece.find("\xe2\x96\x81")) != std::string::npos;) // "▁"
                piece.erase(at, 3);
            if (surfaceIsExact)
                QCOMPARE(utf8(surface), piece);
        }
        // Every visible character belongs to exactly one token.
        for (size_t i = 0; i < cps.size(); ++i)
            QVERIFY2(covered[i] || isSpace(cps[i]), qPrintable(QStringLiteral("character %1 not covered").arg(i)));
    }

    void decomposedAccentsStayWithTheirLetter()
    {
        // "nin\u0303o": the combining tilde (code point 3) must sit inside the same token span as its 'n'.
        const std::vector<Token> tokens = trained().encode("nin\xcc\x83o");
        QVERIFY(!tokens.empty());
        bool tildeCovered = false;
        for (const Token &token : tokens)
            tildeCovered |= token.start <= 2 && token.end >= 4;
        QVERIFY(tildeCovered);
        QCOMPARE(tokens.back().end, 5);
    }

    void literalMaskTextIsNotTheMaskToken()
    {
        const Tokenizer &t = trained();
        for (const Token &token : t.encode("the [MASK] lies"))
            QVERIFY(token.id != t.maskId());
    }

    void savedModelReloadsIdentically()
    {
        const Tokenizer &t = trained();
        const std::unique_ptr<Tokenizer> reloaded = loadTokenizer(t.serializedModel());
        QCOMPARE(reloaded->vocabSize(), t.vocabSize());
        QCOMPARE(reloaded->maskId(), t.maskId());
        const std::string text = "el gobierno LIES 😂 https://example.com";
        const auto a = t.encode(text);
        const auto b = reloaded->encode(text);
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].start, b[i].start);
            QCOMPARE(a[i].end, b[i].end);
        }
    }

    void trainingIsRepeatable()
    {
        TokenizerTrainingOptions options;
        options.vocabSize = 300;
        QVERIFY(trainTokenizer(corpus(), options)->serializedModel() == trained().serializedModel());
    }

    void refusesBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, trained().encode("bad \xff byte"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, trained().encode("truncated \xe2\x96"));
        try {
            loadTokenizer("definitely not a protobuf");
            QFAIL("accepted garbage as a model");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QLatin1String("not a sentencepiece model")), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadTokenizer(std::string()));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, trainTokenizer({"", ""}, {}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, trainTokenizer({"ok", "bad \xc3"}, {}));
    }

    void loadsModelsWithOtherSpecialPieces_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("pad");
        QTest::addColumn<int>("unk");
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("sep");
        QTest::addColumn<int>("extraIds"); // special tokens the model lacks, appended after its pieces
        // XLM-R's sentencepiece model: <unk>=0 <s>=1 </s>=2, no pad, no mask piece.
        QTest::newRow("xlm-r") << QStringList{QStringLiteral("--pad_id=-1")} << -1 << 0 << 1 << 2 << 2;
        // DeBERTa-v3's: [PAD]=0 [CLS]=1 [SEP]=2 [UNK]=3, mask added by the model, not the piece list.
        QTest::newRow("deberta-v3") << QStringList{QStringLiteral("--pad_id=0"), QStringLiteral("--pad_piece=[PAD]"),
            QStringLiteral("--bos_id=1"), QStringLiteral("--bos_piece=[CLS]"), QStringLiteral("--eos_id=2"),
            QStringLiteral("--eos_piece=[SEP]"), QStringLiteral("--unk_id=3"), QStringLiteral("--unk_piece=[UNK]")}
                                    << 0 << 3 << 1 << 2 << 1;
    }
    void loadsModelsWithOtherSpecialPieces()
    {
        QFETCH(QStringList, flags);
        QFETCH(int, pad);
        QFETCH(int, unk);
        QFETCH(int, cls);
        QFETCH(int, sep);
        QFETCH(int, extraIds);
        const QString spmTrain = QStandardPaths::findExecutable(QStringLiteral("spm_train"));
        if (spmTrain.isEmpty())
            QSKIP("spm_train (sentencepiece-tools) not installed");
        QTemporaryDir dir;
        QFile corpusFile(dir.filePath(QStringLiteral("corpus.txt")));
        QVERIFY(corpusFile.open(QIODevice::WriteOnly));
        for (const std::string &text : corpus())
            corpusFile.write((text + "\n").c_str());
        corpusFile.close();
        const QString prefix = dir.filePath(QStringLiteral("m"));
        const std::string error = runTool(spmTrain,
            QStringList{QStringLiteral("--input=") + corpusFile.fileName(), QStringLiteral("--model_prefix=") + prefix,
                QStringLiteral("--vocab_size=120"), QStringLiteral("--hard_vocab_limit=false"),
                QStringLiteral("--minloglevel=2")}
                + flags);
        QVERIFY2(error.empty(), error.c_str());
        QFile model(prefix + QStringLiteral(".model"));
        QVERIFY(model.open(QIODevice::ReadOnly));
        const std::unique_ptr<Tokenizer> t = loadTokenizer(model.readAll().toStdString());
        const int pieces = t->vocabSize() - extraIds;
        QVERIFY(pieces > 50 && pieces <= 120);
        QCOMPARE(t->unkId(), unk);
        QCOMPARE(t->clsId(), cls);
        QCOMPARE(t->sepId(), sep);
        QCOMPARE(t->padId(), pad >= 0 ? pad : pieces);
        QCOMPARE(t->maskId(), t->vocabSize() - 1);
        QCOMPARE(t->pieceOf(t->maskId()), std::string("[MASK]"));
        const std::vector<Token> tokens = t->encode("WHEN the gobierno 😂");
        QVERIFY(!tokens.empty());
        QCOMPARE(tokens.back().end, 19);
    }

    void torchAndSentencepieceShareTheProcess()
    {
        // This executable links libtorch (protobuf 3.21) through candor_models and runs sentencepiece (its own
        // protobuf 3.14) from the module: both are mapped and both work.
        const candor::engine::ComputeInfo compute = candor::engine::configureCompute(1);
        QCOMPARE(compute.threads, 1);
        QVERIFY(!trained().encode("both work").empty());
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libtorch_cpu.so"));
        QVERIFY(mapped.contains("libsentencepiece.so"));
        QVERIFY(mapped.contains(QByteArray::fromStdString(spmLibrary().path.substr(spmLibrary().path.rfind('/')))));
    }

    void moduleCanBeOverridden()
    {
        const QByteArray original = qgetenv("CANDOR_SPM_MODULE");
        qputenv("CANDOR_SPM_MODULE", "/nowhere/libcandor_spm.so");
        QCOMPARE(spmModuleCandidates(), std::vector<std::string>{"/nowhere/libcandor_spm.so"});
        qunsetenv("CANDOR_SPM_MODULE");
        const std::vector<std::string> candidates = spmModuleCandidates();
        qputenv("CANDOR_SPM_MODULE", original);
        QCOMPARE(candidates.size(), size_t(1));
        QVERIFY(QString::fromStdString(candidates[0]).endsWith(QLatin1String("/../lib/candor/libcandor_spm.so")));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "TestTokenizer.moc"
