#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace rt {

// What the search index reads of a dialogue beyond its own fields: the text of its published
// press releases, as they were written (issue 15). Releases are kept as HTML; the index wants
// the words a reader sees, so the SQL function `search_release_text(html)` is registered on
// every connection and used by the view search_document (migration 0011) to turn a release's
// body into its plain text: tags, comments, <head>, <script> and <style> left out, entities
// read, a block's end a line break. It is deterministic and touches nothing but its argument.
class SearchDocument
{
    Q_DECLARE_TR_FUNCTIONS(rt::SearchDocument)

public:
    static constexpr const char *ReleaseTextFunction = "search_release_text";

    static bool registerWith(sqlite3 *db, QString *error);
    // The words of `html` as a browser shows them, one block a line.
    static QString releaseText(const QString &html);
};

} // namespace rt
