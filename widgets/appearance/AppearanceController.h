#pragma once

#include "widgets/appearance/ColorSchemeRules.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace candor {

class PortalColorScheme;

// Makes the application follow the desktop's light or dark preference, as Qt 6.4 cannot on its own: GNOME says
// "prefer dark" through the XDG desktop portal but hands Qt a light palette. When the wanted scheme and the
// platform palette disagree it switches to the Fusion style with a complete palette of the wanted scheme (see
// SchemePalettes), and back to the platform's style and palette when they agree again. The user can force Light
// or Dark (View > Appearance); the choice is stored in QSettings under "appearance/colorScheme". On macOS Qt
// already follows the system, so "System" leaves the palette alone there.
class AppearanceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceController)

public:
    static const QString SettingKey;

    // Takes the application's current style and palette as the platform's: create it before anything else
    // changes them. Reads $GTK_THEME (and the Windows setting) but applies nothing before start().
    explicit AppearanceController(QObject *parent = nullptr);
    ~AppearanceController() override;

    // Loads the stored choice and applies the scheme.
    void start();
    // Follows the XDG desktop portal on the session bus (Linux with Qt D-Bus; nothing elsewhere).
    void followSessionPortal();
    // Follows this portal: reads it now, then each SettingChanged (takes ownership). Built with Qt D-Bus only.
    void followPortal(PortalColorScheme *portal);

    AppearanceChoice choice() const { return m_choice; }
    void setChoice(AppearanceChoice choice);
    ColorScheme scheme() const { return m_scheme; }
    // True while Candor's own Fusion palette replaces the platform's.
    bool overridesPlatform() const { return m_overriding; }
    const SystemSchemeHints &hints() const { return m_hints; }
    void setPortalColorScheme(std::optional<uint> colorScheme);

Q_SIGNALS:
    void choiceChanged(AppearanceChoice choice);
    void schemeChanged(ColorScheme scheme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void readWindowsSetting();

    AppearanceChoice m_choice = AppearanceChoice::System;
    SystemSchemeHints m_hints;
    ColorScheme m_scheme = ColorScheme::Light;
    QString m_platformStyle;
    bool m_overriding = false;
    bool m_applying = false;
    QTimer *m_themeRecheck = nullptr;
};

} // namespace candor
