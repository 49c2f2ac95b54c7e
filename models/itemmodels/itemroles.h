#pragma once

#include <Qt>

// Roles shared by the item models, beyond Qt's own.
namespace ItemRole {
// Raw value for sorting: numbers as numbers (micro-dollars, tokens), text as text.
constexpr int Sort = Qt::UserRole + 1;
// The row's identifying key (email, team name, model name) for views that act on a row.
constexpr int Key = Qt::UserRole + 2;
// AggregateCostKind of a money cell, as int.
constexpr int CostKind = Qt::UserRole + 3;
// A row's state as an int (SourceConfig::Status, ...), for views that colour it.
constexpr int State = Qt::UserRole + 4;
} // namespace ItemRole
