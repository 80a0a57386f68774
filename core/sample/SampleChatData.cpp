// The sample chats' content: short messages written for Candor in the style of the PAN 2024 corpus.
#include "core/sample/SampleChats.h"

namespace candor {

namespace {

using Parts = QList<QPair<QString, QString>>;

QPair<QString, QString> plain(const char *text)
{
    return {QString::fromUtf8(text), QString()};
}
QPair<QString, QString> role(const char *text, const char *name)
{
    return {QString::fromUtf8(text), QString::fromLatin1(name)};
}

SampleMessage msg(
    int id, int replyTo, const char *from, const Parts &parts, const char *oppositional = "", const char *stance = "")
{
    SampleMessage m;
    m.id = id;
    m.replyTo = replyTo;
    m.from = QString::fromUtf8(from);
    m.parts = parts;
    m.oppositional = QString::fromLatin1(oppositional);
    m.stance = QString::fromLatin1(stance);
    return m;
}

SampleChat english()
{
    SampleChat chat{1001, QStringLiteral("Open Questions (sample)"), QStringLiteral("en"), {}, {}};
    QList<SampleMessage> &m = chat.messages;
    m << msg(101, 0, "Carol",
        {role("The big pharma companies", "AGENT"), plain(" knew about the side effects and "),
            role("buried the trial data", "OBJECTIVE"), plain(" so that "), role("millions of parents", "VICTIM"),
            plain(" would never ask questions.")},
        "CONSPIRACY");
    m.last().photo = true;
    m << msg(102, 101, "Dan",
        {plain("Exactly, "), role("the independent doctors", "CAMPAIGNER"),
            plain(" have been saying this for months.")},
        "CONSPIRACY", "support");
    m << msg(103, 101, "Eve",
        {plain("The trial data is public, here is the report: "), role("https://example.org/trial-report", "link")}, "",
        "deny");
    m << msg(104, 103, "Dan", {plain("Who wrote that report though?")}, "", "query");
    m << msg(105, 101, "Finn", {plain("Interesting discussion, following.")}, "", "comment");
    m << msg(106, 0, "Carol",
        {role("The mainstream media", "FACILITATOR"), plain(" is helping "), role("the elites", "AGENT"),
            plain(" to push "), role("digital IDs for everyone", "OBJECTIVE"), plain(".")},
        "CONSPIRACY");
    m << msg(107, 0, "Gina",
        {role("The health ministry", "AGENT"), plain(" rushed the mandates and "),
            role("thousands of small shops closed for good", "NEGATIVE_EFFECT"),
            plain(". We deserve an honest review.")},
        "CRITICAL");
    m << msg(108, 0, "Hal",
        {role("Local nurses", "CAMPAIGNER"), plain(" are asking for better pay after "),
            role("two years of burnout", "NEGATIVE_EFFECT"), plain(".")},
        "CRITICAL");
    m << msg(109, 0, "Gina", {plain("Reminder: the town meeting is on Thursday at 7.")});
    m << msg(110, 0, "Ivan",
        {role("The WHO", "AGENT"), plain(" plans to "), role("take control of national health systems", "OBJECTIVE"),
            plain(" with the new treaty.")},
        "CONSPIRACY");
    m << msg(111, 110, "Jo", {plain("Source? The treaty text says nothing like that.")}, "", "deny");
    m << msg(112, 110, "Kim",
        {plain("I read the same thing elsewhere, "), role("people must wake up", "CAMPAIGNER"), plain(".")},
        "CONSPIRACY", "support");
    m << msg(113, 0, "Hal",
        {plain("Lockdowns had costs: "), role("children", "VICTIM"), plain(" lost a year of school and "),
            role("mental health services were overwhelmed", "NEGATIVE_EFFECT"), plain(".")},
        "CRITICAL");
    m.last().edited = true;
    m << msg(114, 0, "Ivan",
        {role("Bill Gates", "AGENT"), plain(" funds the labs that "), role("engineer the next pandemic", "OBJECTIVE"),
            plain(" \xF0\x9F\x98\xA1")},
        "CONSPIRACY");
    m << msg(115, 0, "Jo", {plain("Good explainer on how vaccine trials work, worth reading.")});
    m.last().photo = true;
    m << msg(116, 0, "Kim",
        {role("Regulators", "FACILITATOR"), plain(" approved it in weeks while "), role("patients", "VICTIM"),
            plain(" with side effects were ignored.")},
        "CRITICAL");
    chat.veracity = {{101, QStringLiteral("false")}, {110, QStringLiteral("unverified")}};
    return chat;
}

SampleChat spanish()
{
    SampleChat chat{1002, QStringLiteral("Preguntas abiertas (muestra)"), QStringLiteral("es"), {}, {}};
    QList<SampleMessage> &m = chat.messages;
    m << msg(201, 0,
        "Luc\xC3\xAD"
        "a",
        {role("Las farmac\xC3\xA9uticas", "AGENT"), plain(" ocultan los datos para que "),
            role("los ciudadanos", "VICTIM"), plain(" sigan "), role("dependiendo de sus productos", "OBJECTIVE"),
            plain(".")},
        "CONSPIRACY");
    m << msg(202, 201, "Marco",
        {plain("Totalmente de acuerdo, "),
            role("los m\xC3\xA9"
                 "dicos valientes",
                "CAMPAIGNER"),
            plain(" ya lo denunciaron.")},
        "CONSPIRACY", "support");
    m << msg(203, 201, "Nuria", {plain("Los datos est\xC3\xA1n publicados por la agencia europea.")}, "", "deny");
    m << msg(204, 201, "\xC3\x93scar",
        {plain("\xC2\xBF"
               "D\xC3\xB3nde se pueden consultar?")},
        "", "query");
    m << msg(205, 0, "Pablo",
        {role("El gobierno", "AGENT"), plain(" impuso medidas sin consultar y "),
            role("muchos aut\xC3\xB3nomos cerraron sus negocios", "NEGATIVE_EFFECT"), plain(".")},
        "CRITICAL");
    m.last().photo = true;
    m << msg(206, 0,
        "Luc\xC3\xAD"
        "a",
        {role("Los medios", "FACILITATOR"), plain(" repiten la versi\xC3\xB3n oficial para "),
            role("controlar a la poblaci\xC3\xB3n", "OBJECTIVE"), plain(".")},
        "CONSPIRACY");
    m << msg(207, 0, "Rosa",
        {role("Las enfermeras", "CAMPAIGNER"), plain(" piden m\xC3\xA1s recursos tras "),
            role("meses de agotamiento", "NEGATIVE_EFFECT"), plain(".")},
        "CRITICAL");
    m << msg(208, 0, "Sergio",
        {plain("Ma\xC3\xB1"
               "ana hay asamblea vecinal a las 19h.")});
    m << msg(209, 0, "Pablo",
        {role("Los mayores", "VICTIM"), plain(" quedaron aislados durante meses y "),
            role("su salud empeor\xC3\xB3", "NEGATIVE_EFFECT"), plain(".")},
        "CRITICAL");
    m << msg(210, 0, "Teresa",
        {plain("El ayuntamiento confirma que el agua del grifo es segura seg\xC3\xBAn los an\xC3\xA1lisis de mayo: "),
            role("https://example.org/analisis-agua", "link")});
    m << msg(211, 210, "Marco",
        {plain("Yo no me f\xC3\xADo, "), role("la empresa del agua", "AGENT"), plain(" oculta los resultados.")},
        "CONSPIRACY", "deny");
    m << msg(212, 210, "Rosa",
        {plain("Gracias por compartir el informe, lo he le\xC3\xAD"
               "do y coincide.")},
        "", "support");
    m << msg(213, 0,
        "Luc\xC3\xAD"
        "a",
        {role("Las \xC3\xA9lites", "AGENT"), plain(" quieren "),
            role("reducir la poblaci\xC3\xB3n mundial", "OBJECTIVE"), plain(" con las vacunas.")},
        "CONSPIRACY");
    m << msg(214, 0, "Sergio",
        {role("La consejer\xC3\xAD"
              "a",
             "AGENT"),
            plain(" redujo las plantillas y "), role("las urgencias colapsaron", "NEGATIVE_EFFECT"), plain(".")},
        "CRITICAL");
    chat.veracity = {{201, QStringLiteral("false")}, {210, QStringLiteral("true")}};
    return chat;
}

} // namespace

QList<SampleChat> sampleChats()
{
    // 36 generated messages per chat (ids 121-156 and 221-256): with them the narrative task has about 70
    // training and 18 dev items over both languages, the hand-written ones alone would give 15 and 4.
    QList<SampleChat> chats{english(), spanish()};
    // 16 generated reply chains per chat (roots 300-390 and 400-490, within one hundred so their times keep the
    // reply order): 36 threads in all, 26 train and 10 dev.
    for (SampleChat &chat : chats) {
        chat.messages += generatedSampleMessages(chat.language, chat.id == 1001 ? 121 : 221, 36);
        appendGeneratedThreads(chat, chat.id == 1001 ? 300 : 400, 16);
    }
    return chats;
}

} // namespace candor
