#include "core/formats/pheme/PhemeAnnotation.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImportReport.h"

namespace candor {

namespace {

// "0"/"1" as strings (the released files) or numbers; absent gives nullopt.
std::optional<bool> flag(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value == QJsonValue(QStringLiteral("1")) || value == QJsonValue(1))
        return true;
    if (value == QJsonValue(QStringLiteral("0")) || value == QJsonValue(0))
        return false;
    throw Error(Error::tr("annotation.json: field '%1' is neither 0 nor 1").arg(key));
}

} // namespace

PhemeAnnotation PhemeAnnotation::parse(const QJsonObject &object)
{
    PhemeAnnotation annotation;
    const QJsonValue rumour = object.value(QStringLiteral("is_rumour"));
    if (rumour.isString()) {
        const QString text = rumour.toString().toLower().remove(QLatin1Char('-'));
        if (text == QLatin1String("rumour") || text == QLatin1String("rumor"))
            annotation.isRumour = true;
        else if (text == QLatin1String("nonrumour") || text == QLatin1String("nonrumor"))
            annotation.isRumour = false;
        else
            throw Error(
                Error::tr("annotation.json: is_rumour '%1' is neither rumour nor nonrumour").arg(rumour.toString()));
    } else if (!rumour.isUndefined() && !rumour.isNull()) {
        throw Error(Error::tr("annotation.json: field 'is_rumour' is not a string"));
    }
    annotation.category = object.value(QStringLiteral("category")).toString();
    const std::optional<bool> misinformation = flag(object, QStringLiteral("misinformation"));
    const std::optional<bool> isTrue = flag(object, QStringLiteral("true"));
    if (misinformation && isTrue) {
        if (*misinformation && *isTrue)
            annotation.warning
                = ImportIssue::tr("annotation.json marks the rumour both true and misinformation; no veracity kept");
        else
            annotation.veracity = *isTrue ? QStringLiteral("true")
                : *misinformation         ? QStringLiteral("false")
                                          : QStringLiteral("unverified");
    } else if (misinformation) {
        annotation.veracity = *misinformation ? QStringLiteral("false") : QStringLiteral("unverified");
    } else if (isTrue && *isTrue) {
        annotation.veracity = QStringLiteral("true");
    }
    return annotation;
}

} // namespace candor
