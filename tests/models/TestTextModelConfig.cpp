#include "models/text/TextModelConfig.h"

#include <QTest>

#include <cmath>

using namespace candor::models;

namespace {

StoredTextModel spanModel()
{
    StoredTextModel model;
    model.kind = "transformer";
    model.task.kind = TextTaskKind::Narrative;
    model.task.classLabels = {"CONSPIRACY", "CRITICAL"};
    model.task.spanLabels = {"Loaded_Language", "Flag-Waving \xc3\xb1"};
    model.rule.classThresholds = {0.5f, 0.25f};
    model.rule.spanThresholds = {0.75f, 0.125f};
    model.rule.minSpanLength = 3;
    model.architecture = {{"heads", 4}, {"layers", 2}, {"width", 128}};
    return model;
}

// What writeTextModelConfig writes for spanModel(): the file format saved models in projects are in. Keys sorted,
// two-space indent, thresholds as numbers with a fraction, architecture values as integers.
const char *const kSpanModelConfig = "{\n"
                                     "  \"architecture\": {\n"
                                     "    \"heads\": 4,\n"
                                     "    \"layers\": 2,\n"
                                     "    \"width\": 128\n"
                                     "  },\n"
                                     "  \"decision\": {\n"
                                     "    \"class_thresholds\": [\n"
                                     "      0.5,\n"
                                     "      0.25\n"
                                     "    ],\n"
                                     "    \"min_span_length\": 3,\n"
                                     "    \"span_thresholds\": [\n"
                                     "      0.75,\n"
                                     "      0.125\n"
                                     "    ]\n"
                                     "  },\n"
                                     "  \"format\": \"candor-text-model\",\n"
                                     "  \"kind\": \"transformer\",\n"
                                     "  \"task\": {\n"
                                     "    \"class_labels\": [\n"
                                     "      \"CONSPIRACY\",\n"
                                     "      \"CRITICAL\"\n"
                                     "    ],\n"
                                     "    \"kind\": \"narrative\",\n"
                                     "    \"span_labels\": [\n"
                                     "      \"Loaded_Language\",\n"
                                     "      \"Flag-Waving \xc3\xb1\"\n"
                                     "    ]\n"
                                     "  },\n"
                                     "  \"version\": 1\n"
                                     "}";

// A multi-label config as the engine wrote it before it used nlohmann::json (thresholds printed with %.17g).
const char *const kEarlierNgramConfig
    = "{\n  \"architecture\": {\n    \"hash_bits\": 18\n  },\n  \"decision\": {\n    \"class_thresholds\": [\n"
      "      0.34999999403953552,\n      0.60000002384185791\n    ],\n    \"min_span_length\": 0,\n"
      "    \"span_thresholds\": []\n  },\n  \"format\": \"candor-text-model\",\n  \"kind\": \"ngram\",\n"
      "  \"task\": {\n    \"class_labels\": [\n      \"Smears\",\n      \"Doubt\"\n    ],\n"
      "    \"kind\": \"multi_label\",\n    \"span_labels\": []\n  },\n  \"version\": 1\n}";

std::string errorOf(const std::string &text)
{
    try {
        readTextModelConfig(text);
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return "(accepted)";
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const size_t at = text.find(from);
    if (at == std::string::npos)
        qFatal("fixture text lacks %s", from.c_str());
    return text.replace(at, from.size(), to);
}

} // namespace

class TestTextModelConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheSavedFormat() { QCOMPARE(writeTextModelConfig(spanModel()), std::string(kSpanModelConfig)); }

    void readsBackWhatItWrites()
    {
        const StoredTextModel original = spanModel();
        const StoredTextModel read = readTextModelConfig(writeTextModelConfig(original));
        QCOMPARE(read.kind, original.kind);
        QVERIFY(read.task.kind == original.task.kind);
        QCOMPARE(read.task.classLabels, original.task.classLabels);
        QCOMPARE(read.task.spanLabels, original.task.spanLabels);
        QCOMPARE(read.rule.classThresholds, original.rule.classThresholds);
        QCOMPARE(read.rule.spanThresholds, original.rule.spanThresholds);
        QCOMPARE(read.rule.minSpanLength, 3);
        QCOMPARE(read.architecture, original.architecture);
        QCOMPARE(read.architectureValue("width", 1, 4096), 128L);
    }

    // Models saved in projects before the switch to nlohmann::json still load, to the same float thresholds.
    void readsConfigsWrittenEarlier()
    {
        const StoredTextModel model = readTextModelConfig(kEarlierNgramConfig);
        QCOMPARE(model.kind, std::string("ngram"));
        QVERIFY(model.task.kind == TextTaskKind::MultiLabel);
        QCOMPARE(model.rule.classThresholds, std::vector<float>({0.35f, 0.6f}));
        QVERIFY(model.rule.spanThresholds.empty());
        QCOMPARE(model.architectureValue("hash_bits", 1, 30), 18L);
        // Written again, the thresholds round-trip through the shortest text that reads back to the same double.
        const std::string rewritten = writeTextModelConfig(model);
        QVERIFY2(rewritten.find("0.3499999940395355,") != std::string::npos, rewritten.c_str());
        QCOMPARE(readTextModelConfig(rewritten).rule.classThresholds, model.rule.classThresholds);
    }

    void refusesBadConfigs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const std::string valid = kSpanModelConfig;
        const auto row = [](const char *name, const std::string &text, const char *reason) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromUtf8(reason);
        };
        // Malformed JSON: nlohmann's reason and the byte where it stopped.
        row("empty", "", "unexpected end of input");
        row("truncated", valid.substr(0, 40), "at byte");
        row("trailing comma", replaced(valid, "\"width\": 128\n", "\"width\": 128,\n"), "unexpected '}'");
        row("comment", "// saved by hand\n" + valid, "invalid literal");
        row("NaN threshold", replaced(valid, "0.125", "NaN"), "invalid literal");
        row("data after the document", valid + "{}", "expected end of input");
        row("single quotes", replaced(valid, "\"kind\": \"transformer\"", "'kind': 'transformer'"), "invalid literal");
        row("duplicate key", replaced(valid, "\"version\": 1", "\"version\": 1, \"version\": 2"),
            "duplicate key \"version\"");
        row("duplicate nested key", replaced(valid, "\"heads\": 4,", "\"heads\": 4, \"heads\": 8,"),
            "duplicate key \"heads\"");
        row("deep nesting",
            replaced(valid, "\"width\": 128", "\"width\": " + std::string(100, '[') + std::string(100, ']')),
            "nesting deeper than 64");
        // Huge numbers: beyond double, beyond int64, and an integer literal beyond uint64 (read as a double).
        row("huge double", replaced(valid, "0.125", "1e999"), "number overflow");
        row("huge integer", replaced(valid, "\"width\": 128", "\"width\": 18446744073709551615"),
            "architecture.width = 18446744073709551615 is out of range");
        row("integer beyond uint64", replaced(valid, "\"version\": 1", "\"version\": 99999999999999999999"),
            "version must be an integer, found a number");
        // Bad UTF-8 and bad escapes inside strings.
        row("invalid UTF-8", replaced(valid, "CRITICAL", "CRIT\xff"),
            "ill-formed UTF-8 byte; last read: '\"CRIT\\xFF'");
        row("overlong UTF-8", replaced(valid, "CRITICAL", "CRIT\xc0\xaf"), "ill-formed UTF-8");
        row("UTF-8 surrogate", replaced(valid, "CRITICAL", "CRIT\xed\xa0\x80"), "ill-formed UTF-8");
        row("lone surrogate escape", replaced(valid, "CRITICAL", "CRIT\\ud800"), "surrogate");
        row("control character", replaced(valid, "CRITICAL", "CRIT\tICAL"), "control character");
        // A wrong type or a missing key names the key.
        row("version as string", replaced(valid, "\"version\": 1", "\"version\": \"1\""),
            "config.json: JSON: version must be an integer, found a string");
        row("fractional width", replaced(valid, "\"width\": 128", "\"width\": 128.5"),
            "config.json: JSON: architecture.width must be an integer, found a number");
        row("label not a string", replaced(valid, "\"CONSPIRACY\"", "7"),
            "config.json: JSON: task.class_labels must be a string, found a number");
        row("min span length null", replaced(valid, "\"min_span_length\": 3", "\"min_span_length\": null"),
            "config.json: JSON: decision.min_span_length must be an integer, found null");
        row("missing version", replaced(valid, ",\n  \"version\": 1", ""),
            "config.json: JSON: missing key \"version\"");
        row("missing decision", replaced(valid, "\"decision\"", "\"decisions\""),
            "config.json: JSON: missing key \"decision\"");
        // Well-formed JSON that is not a text model config.
        row("array document", "[]", "config.json: the document is not an object");
        row("unknown key", replaced(valid, "\"version\": 1", "\"version\": 1, \"extra\": 0"), "unknown key 'extra'");
        row("other version", replaced(valid, "\"version\": 1", "\"version\": 2"), "unsupported version 2");
        row("threshold above one", replaced(valid, "0.125", "1.5"), "outside [0, 1]");
        row("threshold count", replaced(valid, "0.5,\n      0.25", "0.5"), "has 1 entries, expected 2");
    }
    void refusesBadConfigs()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const QString error = QString::fromStdString(errorOf(text.toStdString()));
        QVERIFY2(error.startsWith(QLatin1String("config.json: ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusesUnwritableValues()
    {
        StoredTextModel notFinite = spanModel();
        notFinite.rule.classThresholds[0] = std::nanf("");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeTextModelConfig(notFinite));
        StoredTextModel badLabel = spanModel();
        badLabel.task.classLabels[0] = "\xff";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeTextModelConfig(badLabel));
    }
};

QTEST_GUILESS_MAIN(TestTextModelConfig)
#include "TestTextModelConfig.moc"
