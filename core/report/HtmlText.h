#pragma once

#include <QString>

namespace candor::html {

// Text from the data (posts, sources, ids, file names) made safe inside an HTML element or a double-quoted
// attribute: & < > " ' escaped; direction controls (LRO/RLO/LRE/RLE/PDF, the isolates) shown as visible marks
// such as "[U+202E]" instead of reordering the page around them; other control characters (but tab and
// newline) replaced by U+FFFD. Isolate the result with <bdi> where it stands in running text.
QString text(const QString &data);

// `text(data)` cut at `maxCodePoints` with an ellipsis (a title or a table cell must not be a whole post).
QString shortText(const QString &data, int maxCodePoints);

} // namespace candor::html
