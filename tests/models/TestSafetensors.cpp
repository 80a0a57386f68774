#include "models/checkpoint/Safetensors.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fstream>
#include <sstream>

using namespace candor::checkpoint;

namespace {

std::string le64(std::uint64_t v)
{
    std::string s;
    for (int i = 0; i < 8; ++i)
        s += char((v >> (8 * i)) & 0xFF);
    return s;
}

// A file made of a literal header and `dataBytes` zero bytes of tensor data.
std::string craft(const std::string &header, size_t dataBytes)
{
    return le64(header.size()) + header + std::string(dataBytes, '\0');
}

std::string errorOf(const std::string &bytes)
{
    try {
        loadSafetensors(bytes);
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return "(accepted)";
}

struct Net : torch::nn::Module
{
    Net()
    {
        linear = register_module("linear", torch::nn::Linear(3, 2));
        norm = register_module("norm", torch::nn::BatchNorm1d(2));
    }
    torch::nn::Linear linear{nullptr};
    torch::nn::BatchNorm1d norm{nullptr};
};

std::string loadIntoError(torch::nn::Module &module, const std::map<std::string, torch::Tensor> &tensors, bool strict)
{
    try {
        loadInto(module, loadSafetensors(saveSafetensors(tensors)), strict);
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return "(accepted)";
}

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsValuesAndDtypes_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::newRow("F32") << int(torch::kFloat32);
        QTest::newRow("F64") << int(torch::kFloat64);
        QTest::newRow("F16") << int(torch::kFloat16);
        QTest::newRow("BF16") << int(torch::kBFloat16);
        QTest::newRow("I64") << int(torch::kInt64);
        QTest::newRow("I32") << int(torch::kInt32);
        QTest::newRow("I16") << int(torch::kInt16);
        QTest::newRow("I8") << int(torch::kInt8);
        QTest::newRow("U8") << int(torch::kUInt8);
        QTest::newRow("BOOL") << int(torch::kBool);
    }
    void roundTripKeepsValuesAndDtypes()
    {
        QFETCH(int, dtype);
        const auto type = torch::ScalarType(dtype);
        torch::manual_seed(7);
        const torch::Tensor source = (torch::randn({3, 5}) * 50).to(type);
        // A non-contiguous view must be written in logical (row-major) order.
        const torch::Tensor transposed = source.t();
        const std::map<std::string, torch::Tensor> tensors = {{"a.weight", source}, {"b.view", transposed},
            {"c.scalar", torch::ones({}, type)}, {"d.empty", torch::empty({0, 2}, type)}};
        const std::string bytes = saveSafetensors(tensors, {{"config", "{\"layers\": 2}"}, {"note", "ñandú 🤖"}});
        const SafetensorsFile file = loadSafetensors(bytes);
        QCOMPARE(file.tensors.size(), size_t(4));
        for (const auto &[name, original] : tensors) {
            const torch::Tensor &loaded = file.tensors.at(name);
            QCOMPARE(loaded.scalar_type(), type);
            QCOMPARE(loaded.sizes().vec(), original.sizes().vec());
            QVERIFY2(torch::equal(loaded, original), name.c_str());
        }
        QCOMPARE(file.metadata.at("config"), std::string("{\"layers\": 2}"));
        QCOMPARE(file.metadata.at("note"), std::string("ñandú 🤖"));
    }

    void headerIsPaddedAndTensorsAreContiguous()
    {
        const std::string bytes
            = saveSafetensors({{"x", torch::arange(3, torch::kInt32)}, {"y", torch::ones({2}, torch::kFloat16)}});
        std::uint64_t headerLength = 0;
        for (int i = 7; i >= 0; --i)
            headerLength = (headerLength << 8) | (unsigned char)bytes[size_t(i)];
        QCOMPARE(headerLength % 8, std::uint64_t(0));
        QCOMPARE(bytes.size(), size_t(8 + headerLength + 12 + 4));
        const std::string header = bytes.substr(8, headerLength);
        QVERIFY(header.find("\"x\":{\"data_offsets\":[0,12],\"dtype\":\"I32\",\"shape\":[3]}") != std::string::npos);
        QVERIFY(header.find("\"y\":{\"data_offsets\":[12,16],\"dtype\":\"F16\",\"shape\":[2]}") != std::string::npos);
        // little-endian int32 1 right after the first one
        QCOMPARE(bytes.substr(8 + headerLength + 4, 4), std::string("\x01\x00\x00\x00", 4));
    }

    void readsHandCraftedFile()
    {
        const std::string header = R"({"b":{"dtype":"I32","shape":[2],"data_offsets":[4,12]},)"
                                   R"("a":{"dtype":"F32","shape":[],"data_offsets":[0,4]},"__metadata__":{"k":"v"}}  )";
        std::string data;
        const float half = 0.5f;
        data.append(reinterpret_cast<const char *>(&half), 4);
        data += std::string("\x01\x00\x00\x00\xff\xff\xff\xff", 8);
        const SafetensorsFile file = loadSafetensors(le64(header.size()) + header + data);
        QCOMPARE(file.tensors.at("a").item<float>(), 0.5f);
        QCOMPARE(file.tensors.at("b")[0].item<int>(), 1);
        QCOMPARE(file.tensors.at("b")[1].item<int>(), -1);
        QCOMPARE(file.metadata.at("k"), std::string("v"));
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const std::string &bytes, const char *reason) {
            QTest::newRow(name) << QByteArray(bytes.data(), qsizetype(bytes.size())) << QString::fromUtf8(reason);
        };
        const auto tensor = [](const std::string &fields) { return R"({"t":{)" + fields + "}}"; };
        row("too short", std::string("\x01\x02", 2), "too short");
        row("header too large", le64(std::uint64_t(1) << 40) + "{}", "exceeds the limit");
        row("header past end", le64(100) + "{}", "runs past the end");
        row("empty header", le64(0), "does not start with a JSON object");
        row("not json", craft("{nope}", 0), "bad header");
        row("trailing comma", craft(R"({"a":1,})", 0), "bad header");
        row("duplicate key", craft(R"({"t":{},"t":{}})", 0), "duplicate key");
        row("array header", craft("[]", 0), "does not start with a JSON object");
        row("deep nesting", craft("{\"t\":" + std::string(200, '[') + std::string(200, ']') + "}", 0),
            "nesting deeper");
        row("tensor not object", craft(R"({"t":3})", 0), "must be an object");
        row("unknown dtype", craft(tensor(R"("dtype":"F8","shape":[1],"data_offsets":[0,1])"), 1), "unsupported dtype");
        row("extra field", craft(tensor(R"("dtype":"U8","shape":[1],"data_offsets":[0,1],"x":1)"), 1),
            "unexpected field");
        row("missing shape", craft(tensor(R"("dtype":"U8","data_offsets":[0,1])"), 1), "missing key \"shape\"");
        row("negative dim", craft(tensor(R"("dtype":"U8","shape":[-1],"data_offsets":[0,1])"), 1),
            "negative dimension");
        row("fractional dim", craft(tensor(R"("dtype":"U8","shape":[1.5],"data_offsets":[0,1])"), 1),
            "must be an integer");
        row("size overflow",
            craft(tensor(R"("dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,4])"), 4), "overflows");
        row("size mismatch", craft(tensor(R"("dtype":"F32","shape":[2],"data_offsets":[0,4])"), 4), "does not fit");
        row("reversed offsets", craft(tensor(R"("dtype":"U8","shape":[0],"data_offsets":[4,0])"), 4),
            "invalid data_offsets");
        row("three offsets", craft(tensor(R"("dtype":"U8","shape":[1],"data_offsets":[0,1,2])"), 2), "two numbers");
        row("out of bounds", craft(tensor(R"("dtype":"U8","shape":[8],"data_offsets":[0,8])"), 4), "run past");
        row("huge offset",
            craft(tensor(R"("dtype":"U8","shape":[1],"data_offsets":[9223372036854775806,9223372036854775807])"), 4),
            "run past");
        row("overlap",
            craft(
                R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}})",
                4),
            "overlaps");
        row("gap", craft(R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}})", 4), "gap");
        row("trailing bytes", craft(R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]}})", 4),
            "belong to no tensor");
        row("metadata not string", craft(R"({"__metadata__":{"k":1}})", 0), "must be a string");
        row("metadata not object", craft(R"({"__metadata__":[]})", 0), "must be an object");
        row("bad bool byte", craft(tensor(R"("dtype":"BOOL","shape":[1],"data_offsets":[0,1])"), 0) + "\x02",
            "neither 0 nor 1");
        // The refused byte is quoted escaped, so the message stays valid UTF-8.
        row("invalid utf8 name", craft("{\"\xff\":{}}", 0), "ill-formed UTF-8 byte; last read: '\"\\xFF'");
        const auto withData
            = [](const std::string &header, const std::string &data) { return le64(header.size()) + header + data; };
        row("NaN weight",
            withData(tensor(R"("dtype":"F32","shape":[2],"data_offsets":[0,8])"),
                std::string("\0\0\x80\x3f\0\0\xc0\x7f", 8)),
            "\"t\" holds 1 NaN or infinite value(s) of 2");
        row("infinite weight",
            withData(
                tensor(R"("dtype":"F64","shape":[1],"data_offsets":[0,8])"), std::string("\0\0\0\0\0\0\xf0\xff", 8)),
            "NaN or infinite");
        row("infinite half",
            withData(tensor(R"("dtype":"F16","shape":[1],"data_offsets":[0,2])"), std::string("\0\x7c", 2)),
            "NaN or infinite");
        row("NaN bfloat16",
            withData(tensor(R"("dtype":"BF16","shape":[1],"data_offsets":[0,2])"), std::string("\xc0\x7f", 2)),
            "NaN or infinite");
    }
    void refusesHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString error = QString::fromStdString(errorOf(bytes.toStdString()));
        QVERIFY2(error.startsWith(QLatin1String("safetensors: ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusesUnsupportedDtypeOnSave()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, saveSafetensors({{"c", torch::zeros({2}, torch::kComplexFloat)}}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, saveSafetensors({{"__metadata__", torch::zeros({2})}}));
    }

    void loadIntoRestoresParametersAndBuffers()
    {
        torch::manual_seed(1);
        Net trained;
        trained.norm->running_mean.fill_(0.25);
        Net fresh;
        loadInto(fresh, loadSafetensors(saveSafetensors(stateOf(trained))), /*strict=*/true);
        QVERIFY(torch::equal(fresh.linear->weight, trained.linear->weight));
        QVERIFY(torch::equal(fresh.linear->bias, trained.linear->bias));
        QVERIFY(torch::equal(fresh.norm->running_mean, trained.norm->running_mean));
        QCOMPARE(stateOf(fresh).count("norm.num_batches_tracked"), size_t(1));
    }

    void loadIntoRefusesMismatches()
    {
        Net net;
        const torch::Tensor before = net.linear->weight.clone();
        auto state = stateOf(net);

        auto wrongShape = state;
        wrongShape["linear.weight"] = torch::zeros({3, 3});
        QVERIFY(QString::fromStdString(loadIntoError(net, wrongShape, true))
                    .contains(QLatin1String("\"linear.weight\" has shape [3, 3], the model expects [2, 3]")));

        auto wrongDtype = state;
        wrongDtype["linear.bias"] = torch::zeros({2}, torch::kFloat64);
        QVERIFY(QString::fromStdString(loadIntoError(net, wrongDtype, true))
                    .contains(QLatin1String("\"linear.bias\" has dtype Double")));

        auto missing = state;
        missing.erase("norm.running_var");
        missing["linear.weight"] = torch::full({2, 3}, 9.0);
        QVERIFY(QString::fromStdString(loadIntoError(net, missing, true))
                    .contains(QLatin1String("missing tensor \"norm.running_var\"")));
        QVERIFY2(torch::equal(net.linear->weight, before), "a refused file must leave the module untouched");

        auto unexpected = state;
        unexpected["head.weight"] = torch::zeros({1});
        QVERIFY(QString::fromStdString(loadIntoError(net, unexpected, true))
                    .contains(QLatin1String("unexpected tensor \"head.weight\"")));

        // Non-strict: missing and unexpected names are tolerated, shapes still are not.
        QCOMPARE(loadIntoError(net, missing, false), std::string("(accepted)"));
        QCOMPARE(net.linear->weight[0][0].item<float>(), 9.0f);
        QCOMPARE(loadIntoError(net, unexpected, false), std::string("(accepted)"));
        QVERIFY(loadIntoError(net, wrongShape, false) != "(accepted)");
    }

    void readsFileWrittenByPython()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not available");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("python.safetensors"));
        QCOMPARE(
            QProcess::execute(python,
                {QStringLiteral(CANDOR_SOURCE_DIR "/tools/safetensors_fixture.py"), QStringLiteral("write"), path}),
            0);
        const SafetensorsFile file = loadSafetensors(readFile(path));
        QCOMPARE(file.tensors.size(), size_t(8));
        QCOMPARE(file.metadata.at("written_by"), std::string("python struct"));
        QVERIFY(torch::equal(
            file.tensors.at("layer.weight"), torch::tensor({0.0f, 0.5f, 1.0f, -1.5f, 2.25f, 1e-3f}).view({2, 3})));
        QVERIFY(torch::equal(file.tensors.at("layer.bias"), torch::tensor({1.0f, -2.0f, 0.5f}).to(torch::kFloat16)));
        QVERIFY(torch::equal(file.tensors.at("embedding.bf16"), torch::tensor({1.0f, -3.0f}).to(torch::kBFloat16)));
        QCOMPARE(file.tensors.at("steps").dim(), int64_t(0));
        QCOMPARE(file.tensors.at("steps").item<int64_t>(), int64_t(42));
        QCOMPARE(file.tensors.at("ids").view({-1})[3].item<int>(), std::numeric_limits<int>::min());
        QCOMPARE(file.tensors.at("bytes")[2].item<int>(), 255);
        QVERIFY(torch::equal(file.tensors.at("mask"), torch::tensor({true, false, true, true})));
        QCOMPARE(file.tensors.at("empty").sizes().vec(), std::vector<int64_t>({0, 4}));
    }

    void pythonReadsOurFile()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not available");
        const std::string bytes = saveSafetensors(
            {{"w", torch::tensor({1.5f, -2.0f}).view({1, 2})}, {"h", torch::tensor({0.25f}).to(torch::kFloat16)},
                {"b", torch::tensor({-3.0f}).to(torch::kBFloat16)}, {"n", torch::tensor({int64_t(-7)})},
                {"m", torch::tensor({false, true})}},
            {{"format", "pt"}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ours.safetensors"));
        std::ofstream(path.toStdString(), std::ios::binary) << bytes;
        QProcess reader;
        reader.start(
            python, {QStringLiteral(CANDOR_SOURCE_DIR "/tools/safetensors_fixture.py"), QStringLiteral("read"), path});
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(reader.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()),
            QStringLiteral("b BF16 1 -3\nh F16 1 0.25\nm BOOL 2 0,1\nn I64 1 -7\nw F32 1x2 1.5,-2\nmeta format pt\n"));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "TestSafetensors.moc"
