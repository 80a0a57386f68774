#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

// A PHEME thread's annotation.json, as far as Candor uses it:
//  {"is_rumour": "rumour" | "nonrumour", "category": "...", "misinformation": "0" | "1", "true": "0" | "1", ...}
// (the flags are strings in the released files, numbers in some copies; both are read).
struct PhemeAnnotation
{
    std::optional<bool> isRumour; // from "is_rumour" when present
    std::optional<QString> veracity; // "true", "false" or "unverified" (veracity-3), when the flags say
    QString category; // the rumour's story, e.g. "Hostages held in a café"
    QString warning; // set when the flags contradict each other (both 1): no veracity

    // Veracity from the two flags: true=1 -> "true"; misinformation=1 -> "false"; both 0 -> "unverified"; both 1 ->
    // none (a warning). With one flag: misinformation alone decides false or unverified, true=1 alone is "true".
    // Throws candor::Error for
    // a flag that is neither 0 nor 1, or an is_rumour that is neither value.
    static PhemeAnnotation parse(const QJsonObject &object);
};

} // namespace candor
