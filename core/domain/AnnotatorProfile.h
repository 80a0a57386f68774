#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace candor {

class ProjectStore;

// Who is annotating: the name every human row keeps in its `annotator` column, a short id for narrow places (lane
// headers, the status bar; initials by default) and a colour for that person's rows. The profile lives in the user's
// settings, shared by the window and candor-cli; a project remembers the profiles that wrote into it (its team) in
// its meta table, so that a short id stays unique within the team.
struct AnnotatorProfile
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatorProfile)

public:
    QString name;
    QString shortId;
    QColor colour;

    bool isValid() const { return validate().isEmpty(); }
    // Empty when the profile can be used; else a sentence saying what to fix. `team` are the other profiles known to
    // the project: a short id or name taken by someone else is refused.
    QString validate(const QList<AnnotatorProfile> &team = {}) const;

    // Initials of the name's words, upper case, at most 4 ("Ana María López" -> "AML"); the name's first two letters
    // for a one-word name.
    static QString suggestShortId(const QString &name);
    // A colour for a new profile, picked from the name so that two people rarely start with the same.
    static QColor suggestColour(const QString &name);

    // The settings the profile is kept in: the application's own (QSettings()), except that candor-cli reads the
    // window's (application "candor" of the same organization), so both use the same profile.
    static std::optional<AnnotatorProfile> load();
    void save() const;
    static std::optional<AnnotatorProfile> load(QSettings &settings);
    void save(QSettings &settings) const;

    // The name a writing command stores: `option` (--annotator) when given, else the profile's, else the account's
    // ($USER, $USERNAME, $LOGNAME).
    static QString resolveName(const QString &option);

    // The project's team (meta 'annotators', JSON) and adding or updating this profile in it, keyed by name.
    static QList<AnnotatorProfile> team(const ProjectStore &store);
    void registerIn(ProjectStore &store) const;
};

} // namespace candor
