#pragma once

// A training config struct as JSON through one table of its fields. Each field has its JSON key, a reader that
// checks the value's type and domain, and a writer; the table reads a JSON object onto a config (keys left out
// keep their values; an unknown key or a bad value throws candor::Error naming the key) and writes every field.
// The text, thread and meme configs (app/jobs/*/...ConfigJson) are such tables: the `--config FILE` of
// candor-cli train and the config stored with each model version.
//
// Messages are translated: the table's sentences and each field's words ("a number") are source texts marked
// with QT_TRANSLATE_NOOP("Error", ...) where the table is built, and go through Error::tr when an error is
// thrown, so a table built before the translator was installed still speaks the user's language.

#include "core/domain/Error.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <type_traits>
#include <utility>
#include <vector>

namespace candor {

// A field reader's refusal: `expected` (a QT_TRANSLATE_NOOP("Error", ...) source text) says what the value must
// be; ConfigFields::fromJson turns it into the table's message naming the key.
struct WrongConfigValue
{
    const char *expected;
};

template <typename Config>
class ConfigFields
{
public:
    // Throws WrongConfigValue for a value of the wrong type or domain (or candor::Error for anything else).
    using Reader = std::function<void(Config &, const QJsonValue &)>;
    using Writer = std::function<QJsonValue(const Config &)>;

    // Source texts (QT_TRANSLATE_NOOP("Error", ...)): unknownKey has the key as %1; wrongValue the key as %1 and
    // the field's words as %2.
    struct Messages
    {
        const char *unknownKey;
        const char *wrongValue;
    };

    explicit ConfigFields(Messages messages)
        : m_messages(messages)
    {
    }

    // Any field. An empty `read` makes the key written only (a fact about the run): reading refuses it as unknown.
    ConfigFields &field(const QString &key, Reader read, Writer write)
    {
        m_fields.insert_or_assign(key, Field{std::move(read), std::move(write)});
        return *this;
    }

    // An integral member: a JSON number (else `notNumber`) without fraction that fits the member's type (else
    // `notWhole`). Written as an integer.
    template <typename T>
    ConfigFields &whole(const QString &key, T Config::*member, const char *notNumber, const char *notWhole)
    {
        static_assert(std::is_integral_v<T>);
        return field(
            key,
            [member, notNumber, notWhole](Config &c, const QJsonValue &v) {
                if (!v.isDouble())
                    throw WrongConfigValue{notNumber};
                const double x = v.toDouble();
                // 2^digits is exact in a double and is the first value past the type's maximum.
                const double end = std::ldexp(1.0, std::numeric_limits<T>::digits);
                const double lowest = std::is_signed_v<T> ? -end : 0.0;
                if (std::floor(x) != x || x < lowest || x >= end)
                    throw WrongConfigValue{notWhole};
                c.*member = static_cast<T>(x);
            },
            [member](const Config &c) {
                const T value = c.*member;
                if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(qint64)) {
                    if (value > T(std::numeric_limits<qint64>::max()))
                        return QJsonValue(double(value));
                }
                return QJsonValue(qint64(value));
            });
    }

    ConfigFields &number(const QString &key, double Config::*member, const char *notNumber)
    {
        return field(
            key,
            [member, notNumber](Config &c, const QJsonValue &v) {
                if (!v.isDouble())
                    throw WrongConfigValue{notNumber};
                c.*member = v.toDouble();
            },
            [member](const Config &c) { return QJsonValue(c.*member); });
    }

    ConfigFields &flag(const QString &key, bool Config::*member, const char *notBool)
    {
        return field(
            key,
            [member, notBool](Config &c, const QJsonValue &v) {
                if (!v.isBool())
                    throw WrongConfigValue{notBool};
                c.*member = v.toBool();
            },
            [member](const Config &c) { return QJsonValue(c.*member); });
    }

    // An enum member written as one of `names` (every value of the enum must have one).
    template <typename E>
    ConfigFields &choice(
        const QString &key, E Config::*member, std::vector<std::pair<QString, E>> names, const char *notAName)
    {
        return field(
            key,
            [member, names, notAName](Config &c, const QJsonValue &v) {
                for (const auto &[name, value] : names)
                    if (v.isString() && v.toString() == name) {
                        c.*member = value;
                        return;
                    }
                throw WrongConfigValue{notAName};
            },
            [member, names](const Config &c) {
                for (const auto &[name, value] : names)
                    if (value == c.*member)
                        return QJsonValue(name);
                return QJsonValue();
            });
    }

    // The fields `json` names, read onto `config`.
    Config fromJson(const QJsonObject &json, Config config) const
    {
        for (auto it = json.begin(); it != json.end(); ++it) {
            const auto field = m_fields.find(it.key());
            if (field == m_fields.end() || !field->second.read)
                throw Error(Error::tr(m_messages.unknownKey).arg(it.key()));
            try {
                field->second.read(config, it.value());
            } catch (const WrongConfigValue &wrong) {
                throw Error(Error::tr(m_messages.wrongValue).arg(it.key(), Error::tr(wrong.expected)));
            }
        }
        return config;
    }

    // Every field.
    QJsonObject toJson(const Config &config) const
    {
        QJsonObject json;
        for (const auto &[key, field] : m_fields)
            json.insert(key, field.write(config));
        return json;
    }

private:
    struct Field
    {
        Reader read;
        Writer write;
    };

    Messages m_messages;
    std::map<QString, Field> m_fields;
};

} // namespace candor
