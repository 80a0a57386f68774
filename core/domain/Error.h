#pragma once

#include <QString>

#include <stdexcept>

namespace candor {

// The one error type core throws. `what()` is a sentence meant for a person: it names the file or record
// and the reason, so callers can show it as is (CLI: one line on stderr; GUI: the log dock).
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace candor
