#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace candor {

// The four stance keys of the thread view, in the order support, deny, query, comment. Stored in QSettings under
// "threadView/stanceKeys" as portable key texts; missing or unreadable entries fall back to the defaults.
QStringList stanceKeyLabels();
QList<QKeySequence> defaultStanceKeys(); // S, D, Q, C
QList<QKeySequence> storedStanceKeys();
void storeStanceKeys(const QList<QKeySequence> &keys);

} // namespace candor
