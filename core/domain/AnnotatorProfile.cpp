#include "core/domain/AnnotatorProfile.h"

#include "core/store/ProjectStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

#include <memory>

namespace candor {

namespace {
const QString kName = QStringLiteral("annotatorProfile/name");
const QString kShortId = QStringLiteral("annotatorProfile/shortId");
const QString kColour = QStringLiteral("annotatorProfile/colour");
const QString kLegacyName = QStringLiteral("annotator"); // the bare name older versions read
const QString kTeamKey = QStringLiteral("annotators");
constexpr int kMaxShortId = 4;
} // namespace

QString AnnotatorProfile::validate(const QList<AnnotatorProfile> &team) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter your name: every annotation you make keeps it.");
    if (trimmed != name)
        return tr("The name must not start or end with spaces.");
    if (name.size() > 80)
        return tr("The name is longer than 80 characters.");
    static const QRegularExpression shortIdPattern(QStringLiteral("^[\\p{L}\\p{N}]{1,%1}$").arg(kMaxShortId));
    if (!shortIdPattern.match(shortId).hasMatch())
        return tr("The short id is 1 to %1 letters or digits, without spaces (e.g. your initials).").arg(kMaxShortId);
    if (!colour.isValid())
        return tr("Choose a colour for your annotations.");
    for (const AnnotatorProfile &other : team) {
        if (other.name == name)
            continue; // oneself, as the project remembers
        if (other.shortId.compare(shortId, Qt::CaseInsensitive) == 0)
            return tr("The short id %1 is already %2's in this project; choose another.").arg(shortId, other.name);
    }
    return {};
}

QString AnnotatorProfile::suggestShortId(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    QString id;
    if (words.size() == 1)
        id = words.first().left(2);
    else
        for (const QString &word : words)
            if (id.size() < kMaxShortId)
                id += word.front();
    return id.toUpper();
}

QColor AnnotatorProfile::suggestColour(const QString &name)
{
    // A hue from the name's hash; saturation and value fixed where both light and dark text stay readable on it.
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    const int hue = ((quint8(hash.at(0)) << 8) | quint8(hash.at(1))) % 360;
    return QColor::fromHsv(hue, 150, 210);
}

namespace {
// candor-cli reads the window's settings (organization's "candor"); every other program its own (QSettings()), so
// that the window and a test each use theirs and a test never touches a person's profile.
std::unique_ptr<QSettings> profileSettings()
{
    if (QCoreApplication::applicationName() == QLatin1String("candor-cli"))
        return std::make_unique<QSettings>(QCoreApplication::organizationName(), QStringLiteral("candor"));
    return std::make_unique<QSettings>();
}
} // namespace

std::optional<AnnotatorProfile> AnnotatorProfile::load()
{
    return load(*profileSettings());
}

void AnnotatorProfile::save() const
{
    save(*profileSettings());
}

std::optional<AnnotatorProfile> AnnotatorProfile::load(QSettings &settings)
{
    AnnotatorProfile profile;
    profile.name = settings.value(kName).toString();
    profile.shortId = settings.value(kShortId).toString();
    profile.colour = QColor(settings.value(kColour).toString());
    if (profile.name.isEmpty()) {
        // A name set by hand in an older version's settings becomes a profile with suggested id and colour.
        profile.name = settings.value(kLegacyName).toString();
        if (profile.name.isEmpty())
            return std::nullopt;
    }
    if (profile.shortId.isEmpty())
        profile.shortId = suggestShortId(profile.name);
    if (!profile.colour.isValid())
        profile.colour = suggestColour(profile.name);
    return profile;
}

void AnnotatorProfile::save(QSettings &settings) const
{
    settings.setValue(kName, name);
    settings.setValue(kShortId, shortId);
    settings.setValue(kColour, colour.name());
    settings.setValue(kLegacyName, name);
}

QString AnnotatorProfile::resolveName(const QString &option)
{
    if (!option.isEmpty())
        return option;
    if (const std::optional<AnnotatorProfile> profile = load())
        return profile->name;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString account = qEnvironmentVariable(variable); !account.isEmpty())
            return account;
    return {};
}

QList<AnnotatorProfile> AnnotatorProfile::team(const ProjectStore &store)
{
    QList<AnnotatorProfile> result;
    const QJsonArray array = QJsonDocument::fromJson(store.metaValue(kTeamKey).toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        AnnotatorProfile profile;
        profile.name = object.value(QStringLiteral("name")).toString();
        profile.shortId = object.value(QStringLiteral("short_id")).toString();
        profile.colour = QColor(object.value(QStringLiteral("colour")).toString());
        if (!profile.name.isEmpty())
            result.append(profile);
    }
    return result;
}

void AnnotatorProfile::registerIn(ProjectStore &store) const
{
    QList<AnnotatorProfile> members = team(store);
    bool found = false;
    for (AnnotatorProfile &member : members)
        if (member.name == name) {
            member = *this;
            found = true;
        }
    if (!found)
        members.append(*this);
    QJsonArray array;
    for (const AnnotatorProfile &member : members)
        array.append(QJsonObject{{QStringLiteral("name"), member.name}, {QStringLiteral("short_id"), member.shortId},
            {QStringLiteral("colour"), member.colour.name()}});
    store.setMetaValue(kTeamKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace candor
