// Generated sample messages: enough CONSPIRACY and CRITICAL messages with narrative spans that the narrative
// task has a few dozen training items per language and a dev split a model can be scored on (each message is
// one template filled from phrase lists; the phrase a role slot takes is its narrative span), and reply chains
// with stance and veracity for the thread task.
#include "core/sample/SampleChats.h"

#include <QRandomGenerator>

namespace candor {

namespace {

struct Slot
{
    const char *role; // narrative-6 role, or nullptr for connecting text
    const char *text; // connecting text (role == nullptr)
};

struct Phrases
{
    QList<const char *> agents, facilitators, campaigners, victims, objectives, effects;
};

struct LanguageTemplates
{
    Phrases conspiracy;
    Phrases critical;
    QList<QList<Slot>> conspiracyTemplates;
    QList<QList<Slot>> criticalTemplates;
    QStringList authors;
};

Slot text(const char *value)
{
    return {nullptr, value};
}
Slot role(const char *name)
{
    return {name, nullptr};
}

const LanguageTemplates &english()
{
    static const LanguageTemplates t{
        {{"The globalists", "The tech giants", "The central bankers", "The pharma lobby", "The elites"},
            {"The media", "Corrupt politicians", "The fact checkers"},
            {"Brave truth tellers", "Awake patriots", "Independent researchers"},
            {"ordinary families", "our children", "the farmers", "the elderly"},
            {"to track every citizen", "to control what we eat", "to replace cash with digital money",
                "to silence anyone who asks questions"},
            {}},
        {{"The council", "The health ministry", "The regulator", "The school board"}, {},
            {"Local unions", "Parents' groups", "Independent auditors"},
            {"patients", "tenants", "students", "commuters"}, {},
            {"waiting lists doubled", "rents rose by a third", "hundreds of nurses quit", "bus routes were cut"}},
        {{role("AGENT"), text(" secretly plan "), role("OBJECTIVE"), text(" and "), role("VICTIM"),
             text(" will pay the price. Wake up!")},
            {role("FACILITATOR"), text(" cover for "), role("AGENT"), text(" who want "), role("OBJECTIVE"),
                text(". Do your own research.")},
            {role("CAMPAIGNER"), text(" exposed how "), role("AGENT"), text(" are working "), role("OBJECTIVE"),
                text(".")}},
        {{role("AGENT"), text(" cut the budget and "), role("NEGATIVE_EFFECT"),
             text(". The figures deserve a public review.")},
            {role("CAMPAIGNER"), text(" ask why "), role("VICTIM"), text(" were left out of the plan after "),
                role("NEGATIVE_EFFECT"), text(".")},
            {role("AGENT"), text(" changed the rules, "), role("NEGATIVE_EFFECT"), text(" and "), role("VICTIM"),
                text(" are paying for it.")}},
        {QStringLiteral("Carol"), QStringLiteral("Ivan"), QStringLiteral("Kim"), QStringLiteral("Gina"),
            QStringLiteral("Hal"), QStringLiteral("Jo")}};
    return t;
}

const LanguageTemplates &spanish()
{
    static const LanguageTemplates t{
        {{"Los globalistas", "Las grandes tecnol\xC3\xB3gicas", "Los banqueros", "Las \xC3\xA9lites"},
            {"Los medios", "Los pol\xC3\xADticos corruptos", "Los verificadores"},
            {"Los valientes que dicen la verdad", "Los patriotas despiertos"},
            {"las familias", "nuestros hijos", "los agricultores", "los mayores"},
            {"vigilar a cada ciudadano", "controlar lo que comemos", "eliminar el dinero en efectivo",
                "silenciar a quien hace preguntas"},
            {}},
        {{"El ayuntamiento",
             "La consejer\xC3\xAD"
             "a de sanidad",
             "El regulador", "El ministerio"},
            {}, {"Los sindicatos", "Las asociaciones de padres", "Los auditores independientes"},
            {"los pacientes", "los inquilinos", "los estudiantes", "los usuarios del autob\xC3\xBAs"}, {},
            {"las listas de espera se duplicaron", "los alquileres subieron un tercio",
                "cientos de enfermeras dimitieron", "se recortaron l\xC3\xADneas de autob\xC3\xBAs"}},
        {{role("AGENT"), text(" planean en secreto "), role("OBJECTIVE"), text(" y "), role("VICTIM"),
             text(" pagar\xC3\xA1n el precio. \xC2\xA1"
                  "Despertad!")},
            {role("FACILITATOR"), text(" encubren a "), role("AGENT"), text(", que quieren "), role("OBJECTIVE"),
                text(". Investigad vosotros mismos.")},
            {role("CAMPAIGNER"), text(" han destapado c\xC3\xB3mo "), role("AGENT"), text(" trabajan para "),
                role("OBJECTIVE"), text(".")}},
        {{role("AGENT"), text(" recort\xC3\xB3 el presupuesto y "), role("NEGATIVE_EFFECT"),
             text(". Las cifras merecen una revisi\xC3\xB3n p\xC3\xBA"
                  "blica.")},
            {role("CAMPAIGNER"), text(" preguntan por qu\xC3\xA9 "), role("VICTIM"),
                text(" quedaron fuera del plan despu\xC3\xA9s de que "), role("NEGATIVE_EFFECT"), text(".")},
            {role("AGENT"), text(" cambi\xC3\xB3 las normas, "), role("NEGATIVE_EFFECT"), text(" y "), role("VICTIM"),
                text(" lo est\xC3\xA1n pagando.")}},
        {QStringLiteral("Luc\u00eda"), QStringLiteral("Pablo"), QStringLiteral("Rosa"), QStringLiteral("Sergio"),
            QStringLiteral("Marco"), QStringLiteral("Nuria")}};
    return t;
}

const char *pick(const QList<const char *> &list, QRandomGenerator &random)
{
    return list[int(random.bounded(int(list.size())))];
}

const QList<const char *> &phrasesOf(const Phrases &phrases, const QString &roleName)
{
    if (roleName == QLatin1String("AGENT"))
        return phrases.agents;
    if (roleName == QLatin1String("FACILITATOR"))
        return phrases.facilitators;
    if (roleName == QLatin1String("CAMPAIGNER"))
        return phrases.campaigners;
    if (roleName == QLatin1String("VICTIM"))
        return phrases.victims;
    if (roleName == QLatin1String("OBJECTIVE"))
        return phrases.objectives;
    return phrases.effects;
}

// Reply chains: a claim and four replies whose wording carries their stance (stance-4); the claim's veracity
// (veracity-3) shows in the replies' mix, as in RumourEval (false claims draw denials, unverified ones questions).
struct ThreadTexts
{
    QList<const char *> falseClaims, trueClaims, unverifiedClaims;
    QList<const char *> support, deny, query, comment;
};

const ThreadTexts &threadTexts(const QString &language)
{
    static const ThreadTexts en{
        {"The city will ban cash payments from next month, share before they delete this!",
            "Tap water in the north district now contains a sedative, the council admitted it."},
        {"The council confirmed that the new bus lanes open on Monday.",
            "The hospital published its new visiting hours today: 10 to 20 every day."},
        {"People say the water plant was hacked last night.",
            "Someone at the station says the night trains will stop for a month."},
        {"Exactly, I heard the same thing.", "True, my neighbour confirmed it.", "Yes, it is on the official site."},
        {"That is false, the official site says otherwise.", "Fake. There is no such decision.",
            "Not true, I checked the minutes."},
        {"Is there a source for this?", "Where did you read that?", "Does anyone have the official notice?"},
        {"Following this.", "Interesting, let us see.", "Saving this thread."}};
    static const ThreadTexts es{
        {"El ayuntamiento va a prohibir el efectivo el mes que viene, \xC2\xA1"
         "compartid antes de que lo borren!",
            "El agua del grifo del barrio norte lleva un sedante, lo admiti\xC3\xB3 la consejer\xC3\xAD"
            "a."},
        {"El ayuntamiento confirm\xC3\xB3 que los nuevos carriles bus abren el lunes.",
            "El hospital public\xC3\xB3 hoy su nuevo horario de visitas: de 10 a 20 todos los d\xC3\xAD"
            "as."},
        {"Dicen que anoche hackearon la depuradora.",
            "Alguien de la estaci\xC3\xB3n dice que los trenes nocturnos parar\xC3\xA1n un mes."},
        {"Exacto, yo o\xC3\xAD lo mismo.", "Cierto, mi vecina lo confirm\xC3\xB3.",
            "S\xC3\xAD, est\xC3\xA1 en la web oficial."},
        {"Eso es falso, la web oficial dice otra cosa.", "Bulo. No existe tal decisi\xC3\xB3n.",
            "No es verdad, he le\xC3\xAD"
            "do el acta."},
        {"\xC2\xBFHay alguna fuente?",
            "\xC2\xBF"
            "D\xC3\xB3nde lo le\xC3\xAD"
            "ste?",
            "\xC2\xBF"
            "Alguien tiene el aviso oficial?"},
        {"Sigo el hilo.", "Interesante, a ver qu\xC3\xA9 pasa.", "Me guardo el hilo."}};
    return language == QLatin1String("es") ? es : en;
}

} // namespace

void appendGeneratedThreads(SampleChat &chat, int firstId, int count)
{
    const LanguageTemplates &t = chat.language == QLatin1String("es") ? spanish() : english();
    const ThreadTexts &texts = threadTexts(chat.language);
    const QStringList veracities{QStringLiteral("false"), QStringLiteral("true"), QStringLiteral("unverified")};
    // Reply stances per veracity: denials under false claims, support under true ones, questions under rumours.
    const QList<QStringList> stanceMix{
        {QStringLiteral("deny"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")},
        {QStringLiteral("support"), QStringLiteral("support"), QStringLiteral("comment"), QStringLiteral("query")},
        {QStringLiteral("query"), QStringLiteral("query"), QStringLiteral("support"), QStringLiteral("comment")}};
    for (int thread = 0; thread < count; ++thread) {
        const int kind = thread % 3;
        const QList<const char *> &claims = kind == 0 ? texts.falseClaims
            : kind == 1                               ? texts.trueClaims
                                                      : texts.unverifiedClaims;
        SampleMessage root;
        root.id = firstId + thread * 6; // six ids per thread, so roots fall into both splits (every fifth is dev)
        root.from = t.authors[thread % t.authors.size()];
        root.parts = {{QString::fromUtf8(claims[(thread / 3) % claims.size()]), QString()}};
        chat.messages.append(root);
        chat.veracity.insert(root.id, veracities[kind]);
        for (int reply = 0; reply < 4; ++reply) {
            SampleMessage message;
            message.id = root.id + 1 + reply;
            message.replyTo = root.id;
            message.from = t.authors[(thread + reply + 1) % t.authors.size()];
            message.stance = stanceMix[kind][reply];
            const QList<const char *> &lines = message.stance == QLatin1String("support") ? texts.support
                : message.stance == QLatin1String("deny")                                 ? texts.deny
                : message.stance == QLatin1String("query")                                ? texts.query
                                                                                          : texts.comment;
            // Two replies of one stance in a chain read differently; the line rotates with the chain.
            message.parts = {{QString::fromUtf8(lines[(thread + reply) % lines.size()]), QString()}};
            chat.messages.append(message);
        }
    }
}

QList<SampleMessage> generatedSampleMessages(const QString &language, int firstId, int count)
{
    const LanguageTemplates &t = language == QLatin1String("es") ? spanish() : english();
    QRandomGenerator random(language == QLatin1String("es") ? 2024u : 2023u);
    QList<SampleMessage> messages;
    for (int i = 0; i < count; ++i) {
        // Alternating classes keep both in train and dev (every fifth id is dev).
        const bool conspiracy = i % 2 == 0;
        const Phrases &phrases = conspiracy ? t.conspiracy : t.critical;
        const QList<QList<Slot>> &templates = conspiracy ? t.conspiracyTemplates : t.criticalTemplates;
        SampleMessage message;
        message.id = firstId + i;
        message.from = t.authors[i % t.authors.size()];
        message.oppositional = conspiracy ? QStringLiteral("CONSPIRACY") : QStringLiteral("CRITICAL");
        const QList<Slot> &slots = templates[int(random.bounded(int(templates.size())))];
        for (const Slot &slot : slots) {
            if (!slot.role) {
                message.parts.append({QString::fromUtf8(slot.text), QString()});
                continue;
            }
            const QString name = QString::fromLatin1(slot.role);
            QString phrase = QString::fromUtf8(pick(phrasesOf(phrases, name), random));
            if (!message.parts.isEmpty()) // "The media cover for the elites": capitals only start the message
                phrase[0] = phrase[0].toLower();
            message.parts.append({phrase, name});
        }
        messages.append(message);
    }
    return messages;
}

} // namespace candor
