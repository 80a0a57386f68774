#pragma once

#include "core/store/ItemQuery.h"

#include <QStringList>

#include <optional>

namespace candor {

// The browser's named filters (widgets/browser/ItemFilterBar saves them), read where no window runs: candor-cli
// report --filter NAME. They live in the window's settings (organisation "Candor", application "candor", key
// browser/savedFilters) as ItemQuery JSON, so the command line sees the window's filters whatever its own name.
namespace SavedFilters {

QStringList names();
std::optional<ItemQuery> find(const QString &name);

} // namespace SavedFilters

} // namespace candor
