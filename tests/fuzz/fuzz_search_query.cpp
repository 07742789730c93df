// libFuzzer target: arbitrary text into the search query language (see SearchQueryFuzzer.h).

#include "SearchQueryFuzzer.h"

#include <QCoreApplication>

#include <cstdint>

namespace {
// Never destroyed: libFuzzer leaves through exit(), after Qt's own globals (the Sql
// connection registry) are gone, so closing the archive then would crash the harness.
QCoreApplication *application = nullptr;
rt::fuzz::SearchQueryFuzzer *fuzzer = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    fuzzer = new rt::fuzz::SearchQueryFuzzer;
    QString error;
    if (!fuzzer->open(&error))
        rt::fuzz::searchBroken("cannot open the demo archive in memory", QString(), error);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzer->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
