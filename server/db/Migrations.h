#pragma once

#include <QStringList>

#include <vector>

namespace deskside::server {

// The server schema, one step per version. Statements use "{ID}" for an
// auto-increment primary key, replaced per backend.
const std::vector<QStringList> &serverMigrations();

} // namespace deskside::server
