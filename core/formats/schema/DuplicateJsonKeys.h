#pragma once

#include <QByteArray>
#include <QString>

namespace candor {

// QJsonDocument keeps the last of two equal keys in one object without a word; a schema file where "key" or
// "name" appears twice is a typo the user must hear about. Returns "line L: the key 'k' appears twice in one
// object" for the first such key, or an empty string. Expects text QJsonDocument has already accepted.
QString firstDuplicateJsonKey(const QByteArray &json);

} // namespace candor
