#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace candor {

// The one error type core throws. `what()` is a sentence meant for a person: it names the file or record
// and the reason, so callers can show it as is (CLI: one line on stderr; GUI: the log dock).
// Messages are built with Error::tr() (translation context "Error"): without an installed translator it returns
// the English source text unchanged, so tests and logs read the same; with one, people read their language.
// Text that comes from the engine (models/, no Qt) or from the OS stays as it arrives and is passed in as %N.
class Error : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

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
