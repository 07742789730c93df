#pragma once

#include <QtGlobal>

#include <atomic>

namespace rt {

// How many SQL statements this process has run through core's ways of running them
// (runQuery and runInsert, Database::exec and execScript, Statement): on a server archive,
// each is at least one round trip. For the benchmark that shows a screen of the list costs
// the same number whatever the archive's size (tests/benchmarks/bench_server.cpp); an
// increment, nothing else.
class StatementCount
{
public:
    static qint64 total() { return counter().load(std::memory_order_relaxed); }
    static void add() { counter().fetch_add(1, std::memory_order_relaxed); }

private:
    static std::atomic<qint64> &counter()
    {
        static std::atomic<qint64> count { 0 };
        return count;
    }
};

} // namespace rt
