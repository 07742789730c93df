// libFuzzer target: arbitrary bytes into the roundtable/1 JSON importer (see ImportFuzzer.h).

#include "ImportFuzzer.h"

#include <QCoreApplication>

#include <cstdint>

namespace {
// Never destroyed: libFuzzer leaves through exit(), after Qt's own globals (the Sql
// connection registry) are gone, so closing the archive then would crash the harness.
QCoreApplication *application = nullptr;
rt::fuzz::ImportFuzzer *fuzzer = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt Sql loads its SQLite driver as a plugin, which wants an application object.
    application = new QCoreApplication(*argc, *argv);
    fuzzer = new rt::fuzz::ImportFuzzer;
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
