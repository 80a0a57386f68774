#include "widgets/thread/StanceKeys.h"

#include <QSettings>

namespace candor {

namespace {
const QString kSettingKey = QStringLiteral("threadView/stanceKeys");
}

QStringList stanceKeyLabels()
{
    return {QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")};
}

QList<QKeySequence> defaultStanceKeys()
{
    return {QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_Q), QKeySequence(Qt::Key_C)};
}

QList<QKeySequence> storedStanceKeys()
{
    QList<QKeySequence> keys = defaultStanceKeys();
    const QStringList stored = QSettings().value(kSettingKey).toStringList();
    for (int i = 0; i < stored.size() && i < keys.size(); ++i)
        if (const QKeySequence key = QKeySequence::fromString(stored[i], QKeySequence::PortableText); !key.isEmpty())
            keys[i] = key;
    return keys;
}

void storeStanceKeys(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::PortableText));
    QSettings().setValue(kSettingKey, texts);
}

} // namespace candor
