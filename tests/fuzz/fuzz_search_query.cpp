// libFuzzer target: arbitrary text into the search query language (see SearchQueryFuzzer.h).

#include "SearchQueryFuzzer.h"

#include <QCoreApplication>

#include <cstdint>
#include <memory>

namespace {
std::unique_ptr<QCoreApplication> application;
std::unique_ptr<rt::fuzz::SearchQueryFuzzer> fuzzer;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    fuzzer = std::make_unique<rt::fuzz::SearchQueryFuzzer>();
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
