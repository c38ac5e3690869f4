// libFuzzer target: the model-JSON reader on arbitrary bytes (scripts/fuzz.sh,
// docs/RELIABILITY.md). Every input must give a model or one error that names
// the file, never a crash, a hang or a leak; a model that is read must also
// write out and read back to itself. The reader checks the syntax without a
// QJsonDocument of the whole text (issue 16), so every input must also be
// judged as QJsonDocument::fromJson judges it: the same syntax error, word
// for word and at the same place, or none.
#include "fuzzrules.h"
#include "io/modeljson.h"
#include "io/textposition.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const wl::ReadResult r = wl::io::readModelJson(bytes, QStringLiteral("fuzz.json"));
    wl::fuzz::checkReadResult(r, QStringLiteral("fuzz.json: "));

    QJsonParseError e;
    QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError) {
        if (r.error != wl::io::lineColumn(bytes, e.offset) + QStringLiteral(": ") + e.errorString())
            std::abort();
    } else if (r.error.startsWith(QStringLiteral("line "))) {
        std::abort();
    }
    return 0;
}
