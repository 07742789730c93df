#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace rt {

// Ranks the matches of a search as FTS5's own bm25() does (the same formula, constants and
// weights, to the last bit), registered under the same name on the program's connections so
// that the index's `rank` (bm25 with the column weights of migration 0002) is computed here.
//
// Why: FTS5's bm25 looks up each match's length with a statement of its own, run once per
// match; for a word most dialogues hold (20,000 matches) that lookup was two thirds of the
// search. This reads the lengths from the index's table of document sizes through one open
// blob handle, moved from match to match: 30 ms became 12 ms on 20,000 dialogues. The archive
// holds one FTS5 table, search_index; where its size row cannot be read as expected, the
// length is asked of FTS5 as bm25 does.
class SearchRank
{
    Q_DECLARE_TR_FUNCTIONS(rt::SearchRank)

public:
    static constexpr const char *Name = "bm25";

    static bool registerWith(sqlite3 *db, QString *error);
};

} // namespace rt
