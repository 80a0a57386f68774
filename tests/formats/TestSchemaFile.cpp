// Label schema files: Candor's JSON round trip, Label Studio labeling configurations, and a clear message for each
// kind of bad file (duplicate keys, unknown fields, bad colours, wrong format).
#include "core/domain/Error.h"
#include "core/formats/schema/DuplicateJsonKeys.h"
#include "core/formats/schema/SchemaFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

QString errorOf(const QByteArray &data, const QString &name = {})
{
    try {
        SchemaFile::parse(data, QStringLiteral("s.json"), name);
    } catch (const Error &error) {
        return QString::fromUtf8(error.what());
    }
    return QStringLiteral("(no error)");
}

} // namespace

class TestSchemaFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        LabelSchema schema;
        schema.name = QStringLiteral("técnicas");
        schema.description = QStringLiteral("Técnicas de persuasión 🧠");
        schema.use = SchemaUse::Spans;
        schema.labels = {{QStringLiteral("Miedo"), QColor(QStringLiteral("#e6194b")), QStringLiteral("M")},
            {QStringLiteral("旗帜"), QColor(QStringLiteral("#4363d8")), QString(), true},
            {QStringLiteral("old"), QColor(QStringLiteral("#3cb44b")), QStringLiteral("O")}};
        schema.labels[2].retired = true;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema.json"));
        SchemaFile::write(schema, path);
        const LabelSchema back = SchemaFile::read(path);
        QCOMPARE(back.name, schema.name);
        QCOMPARE(back.description, schema.description);
        QCOMPARE(back.use, SchemaUse::Spans);
        QCOMPARE(back.labels.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(back.labels[i].name, schema.labels[i].name);
            QCOMPARE(back.labels[i].colour, schema.labels[i].colour);
            QCOMPARE(back.labels[i].shortcut, schema.labels[i].shortcut);
            QCOMPARE(back.labels[i].ignored, schema.labels[i].ignored);
            QCOMPARE(back.labels[i].retired, schema.labels[i].retired);
        }
        QCOMPARE(SchemaFile::read(path, QStringLiteral("other")).name, QStringLiteral("other"));
    }

    void fillsDefaultsByPosition()
    {
        const LabelSchema schema
            = SchemaFile::parse("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"n\",\n"
                                "                \"labels\": [{\"name\": \"a\"}, {\"name\": \"b\", \"color\": "
                                "\"#123456\", \"key\": \"\"}]}",
                QStringLiteral("s.json"));
        QCOMPARE(schema.use, SchemaUse::Both);
        QCOMPARE(schema.labels[0].colour, defaultLabelColour(0));
        QCOMPARE(schema.labels[0].shortcut, QStringLiteral("1"));
        QCOMPARE(schema.labels[1].colour, QColor(QStringLiteral("#123456")));
        QVERIFY(schema.labels[1].shortcut.isEmpty()); // an explicit "" means no key
    }

    void namesWhatIsWrong()
    {
        QCOMPARE(errorOf("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"n\",\n"
                         "  \"labels\": [{\"name\": \"a\",\n"
                         "              \"key\": \"1\", \"key\": \"2\"}]}"),
            QStringLiteral("s.json: line 3: the key 'key' appears twice in one object"));
        QCOMPARE(errorOf("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"n\", \"labels\": "
                         "[{\"name\": \"a\", \"colr\": \"#fff\"}]}"),
            QStringLiteral("s.json: label 1: unknown field 'colr'"));
        QCOMPARE(errorOf("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"n\", \"labels\": "
                         "[{\"name\": \"a\"}, {\"name\": \"b\", \"colour\": \"blurple\"}]}"),
            QStringLiteral("s.json: label 2: 'blurple' is not a colour (use #rrggbb)"));
        QCOMPARE(
            errorOf(
                "{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"n\", \"labels\": [{\"name\": 3}]}"),
            QStringLiteral("s.json: label 1: 'name' must be a string"));
        QCOMPARE(errorOf("{\"format\": \"candor-label-schema\", \"version\": 2, \"name\": \"n\", \"labels\": []}"),
            QStringLiteral("s.json: label schema file version 2 is not one this build reads (1)"));
        QCOMPARE(errorOf("{\"name\": \"n\", \"labels\": []}"),
            QStringLiteral("s.json: not a Candor label schema (\"format\" must be \"candor-label-schema\")"));
        QCOMPARE(errorOf("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"n\", \"use\": \"images\", "
                         "\"labels\": []}"),
            QStringLiteral("s.json: unknown schema use 'images' (use items, spans or both)"));
        QVERIFY(errorOf("{\"format\": ").startsWith(QStringLiteral("s.json: not valid JSON at byte")));
    }

    void duplicateKeysOnlyWithinOneObject()
    {
        QVERIFY(firstDuplicateJsonKey("[{\"a\": 1}, {\"a\": 2}, {\"b\": {\"a\": 1}, \"a\": \"x\\\"a\"}]").isEmpty());
        QCOMPARE(firstDuplicateJsonKey("{\"a\": {\"b\": 1}, \"c\": [1, {\"d\": 2}], \"a\": 3}"),
            QStringLiteral("line 1: the key 'a' appears twice in one object"));
        // Escapes are decoded: "\u0061" is "a".
        QCOMPARE(firstDuplicateJsonKey("{\"a\": 1, \"\\u0061\": 2}"),
            QStringLiteral("line 1: the key 'a' appears twice in one object"));
    }

    void readsLabelStudioConfigurations()
    {
        const QByteArray config = "<View>\n"
                                  "  <Text name=\"text\" value=\"$text\"/>\n"
                                  "  <Labels name=\"label\" toName=\"text\">\n"
                                  "    <Label value=\"Loaded Language\" background=\"#e6194b\" hotkey=\"l\"/>\n"
                                  "    <Label value=\"Doubt\" background=\"orange\"/>\n"
                                  "    <Label value=\"Slogans\" background=\"not-a-colour\"/>\n"
                                  "  </Labels>\n"
                                  "  <Choices name=\"verdict\" toName=\"text\">\n"
                                  "    <Choice value=\"fake\"/>\n"
                                  "    <Choice value=\"Doubt\"/>\n"
                                  "  </Choices>\n"
                                  "</View>";
        const LabelSchema schema = SchemaFile::parse(config, QStringLiteral("config.xml"), QStringLiteral("ls"));
        QCOMPARE(schema.name, QStringLiteral("ls"));
        QCOMPARE(schema.use, SchemaUse::Both);
        QCOMPARE(schema.labelNames(),
            QStringList({QStringLiteral("Loaded Language"), QStringLiteral("Doubt"), QStringLiteral("Slogans"),
                QStringLiteral("fake")}));
        QCOMPARE(schema.labels[0].colour, QColor(QStringLiteral("#e6194b")));
        QCOMPARE(schema.labels[0].shortcut, QStringLiteral("l"));
        QCOMPARE(schema.labels[1].colour, QColor(QStringLiteral("orange")));
        QCOMPARE(schema.labels[2].colour, defaultLabelColour(2)); // Label Studio took it; Candor gives its own
        QCOMPARE(schema.labels[1].shortcut, QStringLiteral("2")); // no hotkey: the position's default

        QCOMPARE(errorOf("<View><Labels name=\"x\"></Labels></View>", QStringLiteral("ls")),
            QStringLiteral("s.json: the labeling configuration has no <Label> or <Choice>"));
        QCOMPARE(errorOf("<View><Label value=\"a\"/></View>"),
            QStringLiteral("s.json: a Label Studio configuration names no schema; give the name"));
        QVERIFY(errorOf("<View><Label value=\"a\">", QStringLiteral("ls"))
                    .startsWith(QStringLiteral("s.json: not a Label Studio labeling configuration: line 1")));
    }

    void readsTheLabelsOfALabelStudioExport()
    {
        const QByteArray tasks
            = "[\n"
              "  {\"data\": {\"text\": \"x\"}, \"annotations\": [{\"result\": [\n"
              "      {\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 1, \"labels\": [\"Smears\"]}},\n"
              "      {\"type\": \"choices\", \"value\": {\"choices\": [\"fake\"]}}]}],\n"
              "   \"predictions\": [{\"result\": [{\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 1, "
              "\"labels\": [\"Doubt\", \"Smears\"]}}]}]},\n"
              "  {\"data\": {\"text\": \"y\"}, \"annotations\": [{\"result\": [{\"type\": \"choices\", \"value\": "
              "{\"choices\": [\"real\"]}}]}]}\n"
              "]";
        const LabelSchema schema = SchemaFile::parse(tasks, QStringLiteral("export.json"), QStringLiteral("team"));
        QCOMPARE(schema.use, SchemaUse::Both);
        QCOMPARE(schema.labelNames(),
            QStringList(
                {QStringLiteral("Smears"), QStringLiteral("Doubt"), QStringLiteral("fake"), QStringLiteral("real")}));
        QCOMPARE(errorOf(tasks), QStringLiteral("s.json: a Label Studio export names no schema; give the name"));
        QCOMPARE(errorOf("[]", QStringLiteral("t")), QStringLiteral("s.json: a Label Studio export holds no label"));
    }

    void readsABratAnnotationConf()
    {
        const QByteArray conf = "# the techniques\n[relations]\n\n[entities]\nSmears\n!Fallacy\n\tStraw_Man\nDoubt\n"
                                "Smears\n[events]\nVote\n";
        const LabelSchema schema = SchemaFile::parse(conf, QStringLiteral("annotation.conf"), QStringLiteral("brat"));
        QCOMPARE(schema.use, SchemaUse::Spans);
        QCOMPARE(schema.labelNames(),
            QStringList({QStringLiteral("Smears"), QStringLiteral("Straw_Man"), QStringLiteral("Doubt")}));
    }
};

QTEST_GUILESS_MAIN(TestSchemaFile)
#include "TestSchemaFile.moc"
