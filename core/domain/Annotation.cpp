#include "core/domain/Annotation.h"

#include "core/domain/Error.h"

namespace candor {

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Gold: return QStringLiteral("gold");
    case Origin::Human: return QStringLiteral("human");
    case Origin::Model: return QStringLiteral("model");
    case Origin::Curated: return QStringLiteral("curated");
    }
    return QStringLiteral("gold");
}

Origin originFromName(const QString &name)
{
    if (name == QLatin1String("gold"))
        return Origin::Gold;
    if (name == QLatin1String("human"))
        return Origin::Human;
    if (name == QLatin1String("model"))
        return Origin::Model;
    if (name == QLatin1String("curated"))
        return Origin::Curated;
    throw Error(Error::tr("unknown annotation origin '%1'").arg(name));
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Proposed: return QStringLiteral("proposed");
    case Status::Accepted: return QStringLiteral("accepted");
    case Status::Rejected: return QStringLiteral("rejected");
    case Status::Ignored: return QStringLiteral("ignored");
    }
    return QStringLiteral("accepted");
}

Status statusFromName(const QString &name)
{
    if (name == QLatin1String("proposed"))
        return Status::Proposed;
    if (name == QLatin1String("accepted"))
        return Status::Accepted;
    if (name == QLatin1String("rejected"))
        return Status::Rejected;
    if (name == QLatin1String("ignored"))
        return Status::Ignored;
    throw Error(Error::tr("unknown annotation status '%1'").arg(name));
}

} // namespace candor
