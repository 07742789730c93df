#pragma once

#include "core/records/Records.h"

#include <QString>

class QSqlQuery;

namespace rt::rows {

// One place that knows which columns make up a record and in what order, for every query
// that reads one: the select list (`alias` prefixes each column, for joins), and the reader
// of a row that begins with exactly those columns. A query that wants more (a list's
// counts and parent names) selects them after these.

QString organizationColumns(const QString &alias = QString());
Organization organization(const QSqlQuery &q);

QString personColumns(const QString &alias = QString());
Person person(const QSqlQuery &q);

// The contact's own columns; phones and e-mails live in tables of their own.
QString contactColumns(const QString &alias = QString());
Contact contact(const QSqlQuery &q);

// How many columns the readers above consume, so that callers can read what follows.
constexpr int OrganizationColumnCount = 10;
constexpr int PersonColumnCount = 10;
constexpr int ContactColumnCount = 9;

} // namespace rt::rows
