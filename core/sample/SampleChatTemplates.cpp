// Generated sample messages: enough CONSPIRACY and CRITICAL messages with narrative spans that the narrative
// task has a few dozen training items per language and a dev split a model can be scored on. Each message is
// one template filled from phrase lists; the phrase a role slot takes is its narrative span.
#include "sample/SampleChats.h"

#include <QRandomGenerator>

namespace candor {

namespace {

struct Slot
{
    const char *role;   // narrative-6 role, or nullptr for connecting text
    const char *text;   // connecting text (role == nullptr)
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

Slot text(const char *value) { return {nullptr, value}; }
Slot role(const char *name) { return {name, nullptr}; }

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
        {{"The council", "The health ministry", "The regulator", "The school board"},
         {},
         {"Local unions", "Parents' groups", "Independent auditors"},
         {"patients", "tenants", "students", "commuters"},
         {},
         {"waiting lists doubled", "rents rose by a third", "hundreds of nurses quit", "bus routes were cut"}},
        {{role("AGENT"), text(" secretly plan "), role("OBJECTIVE"), text(" and "), role("VICTIM"), text(" will pay the price. Wake up!")},
         {role("FACILITATOR"), text(" cover for "), role("AGENT"), text(" who want "), role("OBJECTIVE"), text(". Do your own research.")},
         {role("CAMPAIGNER"), text(" exposed how "), role("AGENT"), text(" are working "), role("OBJECTIVE"), text(".")}},
        {{role("AGENT"), text(" cut the budget and "), role("NEGATIVE_EFFECT"), text(". The figures deserve a public review.")},
         {role("CAMPAIGNER"), text(" ask why "), role("VICTIM"), text(" were left out of the plan after "), role("NEGATIVE_EFFECT"), text(".")},
         {role("AGENT"), text(" changed the rules, "), role("NEGATIVE_EFFECT"), text(" and "), role("VICTIM"),
          text(" are paying for it.")}},
        {QStringLiteral("Carol"), QStringLiteral("Ivan"), QStringLiteral("Kim"), QStringLiteral("Gina"), QStringLiteral("Hal"),
         QStringLiteral("Jo")}};
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
        {{"El ayuntamiento", "La consejer\xC3\xAD" "a de sanidad", "El regulador", "El ministerio"},
         {},
         {"Los sindicatos", "Las asociaciones de padres", "Los auditores independientes"},
         {"los pacientes", "los inquilinos", "los estudiantes", "los usuarios del autob\xC3\xBAs"},
         {},
         {"las listas de espera se duplicaron", "los alquileres subieron un tercio", "cientos de enfermeras dimitieron",
          "se recortaron l\xC3\xADneas de autob\xC3\xBAs"}},
        {{role("AGENT"), text(" planean en secreto "), role("OBJECTIVE"), text(" y "), role("VICTIM"), text(" pagar\xC3\xA1n el precio. \xC2\xA1" "Despertad!")},
         {role("FACILITATOR"), text(" encubren a "), role("AGENT"), text(", que quieren "), role("OBJECTIVE"), text(". Investigad vosotros mismos.")},
         {role("CAMPAIGNER"), text(" han destapado c\xC3\xB3mo "), role("AGENT"), text(" trabajan para "), role("OBJECTIVE"), text(".")}},
        {{role("AGENT"), text(" recort\xC3\xB3 el presupuesto y "), role("NEGATIVE_EFFECT"), text(". Las cifras merecen una revisi\xC3\xB3n p\xC3\xBA" "blica.")},
         {role("CAMPAIGNER"), text(" preguntan por qu\xC3\xA9 "), role("VICTIM"), text(" quedaron fuera del plan despu\xC3\xA9s de que "),
          role("NEGATIVE_EFFECT"), text(".")},
         {role("AGENT"), text(" cambi\xC3\xB3 las normas, "), role("NEGATIVE_EFFECT"), text(" y "), role("VICTIM"),
          text(" lo est\xC3\xA1n pagando.")}},
        {QStringLiteral("Luc\u00eda"), QStringLiteral("Pablo"), QStringLiteral("Rosa"), QStringLiteral("Sergio"), QStringLiteral("Marco"),
         QStringLiteral("Nuria")}};
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

} // namespace

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
            if (!message.parts.isEmpty())   // "The media cover for the elites": capitals only start the message
                phrase[0] = phrase[0].toLower();
            message.parts.append({phrase, name});
        }
        messages.append(message);
    }
    return messages;
}

} // namespace candor
