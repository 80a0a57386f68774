#pragma once

#include "core/domain/LabelSchema.h"

#include <QByteArray>
#include <QString>

namespace candor {

// A label schema as a file a team passes around: Candor's own JSON
//   {"format": "candor-label-schema", "version": 1, "name": "...", "description": "...", "use": "items|spans|both",
//    "labels": [{"name": "...", "colour": "#rrggbb", "key": "1", "retired": false, "ignored": false}, ...]}
// or a Label Studio labeling configuration (XML): its <Labels> become span labels, its <Choices> item labels,
// with their background colours and hotkeys; the labels present in a Label Studio export (a JSON array of tasks:
// their annotations' and predictions' `labels` are spans, `choices` item labels); or a brat annotation.conf (its
// [entities]). Colours and keys left out get the defaults of their position.
class SchemaFile
{
public:
    // Throws candor::Error naming the file and, where there is one, the label and the reason. `nameOverride`
    // replaces the name the file gives (a Label Studio configuration gives none).
    static LabelSchema read(const QString &path, const QString &nameOverride = {});
    static LabelSchema parse(const QByteArray &data, const QString &origin, const QString &nameOverride = {});
    static QByteArray toJson(const LabelSchema &schema);
    // Writes the whole file or nothing (QSaveFile).
    static void write(const LabelSchema &schema, const QString &path);
};

} // namespace candor
