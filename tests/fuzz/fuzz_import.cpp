// libFuzzer target: arbitrary bytes into the roundtable/1 JSON importer (see ImportFuzzer.h).

#include "ImportFuzzer.h"

#include <QCoreApplication>

#include <cstdint>
#include <memory>

namespace {
std::unique_ptr<QCoreApplication> application;
std::unique_ptr<rt::fuzz::ImportFuzzer> fuzzer;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt Sql loads its SQLite driver as a plugin, which wants an application object.
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    fuzzer = std::make_unique<rt::fuzz::ImportFuzzer>();
    QString error;
    if (!fuzzer->open(&error))
        rt::fuzz::broken("cannot open an archive in memory", error);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzer->run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
