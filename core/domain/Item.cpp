#include "core/domain/Item.h"

#include "core/domain/Error.h"

namespace candor {

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Meme: return QStringLiteral("meme");
    case ItemKind::Post: return QStringLiteral("post");
    case ItemKind::Thread: return QStringLiteral("thread");
    case ItemKind::Message: return QStringLiteral("message");
    }
    return QStringLiteral("post");
}

ItemKind itemKindFromName(const QString &name)
{
    if (name == QLatin1String("meme"))
        return ItemKind::Meme;
    if (name == QLatin1String("post"))
        return ItemKind::Post;
    if (name == QLatin1String("thread"))
        return ItemKind::Thread;
    if (name == QLatin1String("message"))
        return ItemKind::Message;
    throw Error(Error::tr("unknown item kind '%1'").arg(name));
}

} // namespace candor
