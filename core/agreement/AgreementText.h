#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace candor {

// The plain-text form of AgreementReport's JSON, for the terminal: per section the annotators, the overall
// coefficients, one line per pair of annotators, and one block per label; "n/a" where a coefficient is undefined.
class AgreementText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementText)

public:
    static QString toText(const QJsonObject &report);
};

} // namespace candor
