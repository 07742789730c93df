#pragma once

#include <Qt>

namespace rt::app {

// The data roles the window's models and views agree on, numbered once so that no two of
// them can collide when one view shows what another model holds.
namespace ItemRole {
// The value a column sorts by (dates as dates, names without honorifics).
constexpr int Sort = Qt::UserRole;
// The id of the record a row or item stands for.
constexpr int Id = Qt::UserRole + 1;
// The text a list's filter box matches.
constexpr int Filter = Qt::UserRole + 2;
// The name of a page in the window's sidebar.
constexpr int PageName = Qt::UserRole + 3;
// A search refinement ("speaker:…") that a facet adds to the query.
constexpr int Refinement = Qt::UserRole + 4;
// The query text of a saved search.
constexpr int Query = Qt::UserRole + 5;
// Whether a dialogue is still planned after its date (DialogueStatus::isOverdue).
constexpr int Overdue = Qt::UserRole + 9;
} // namespace ItemRole

} // namespace rt::app
