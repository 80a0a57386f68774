#pragma once

#include <QString>
#include <QStringList>

namespace candor::serversql {

// The PostgreSQL statements of ServerSchema::install, in order (kept apart from the logic: they are long).
QStringList tables();
QStringList serverFeatures(); // row versions, claims, change notifications
// Run after the project's three group roles exist; their (already quoted) names replace the placeholders.
QStringList rolesAndPolicies(const QString &annotator, const QString &curator, const QString &admin);

} // namespace candor::serversql
