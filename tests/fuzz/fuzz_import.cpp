// libFuzzer targets for the importers (scripts/fuzz.sh, docs/RELIABILITY.md):
// this file is built once per reader, chosen by WEAKLINK_FUZZ_READER. Every
// input must give a model or one error that names the file, never a crash,
// a hang or a leak; a model that is read must also write out as model JSON
// and read back to itself. The DOT target runs Graphviz's parser
// in-process, which the product only does in a child.
#include "fuzzrules.h"
#include "interchange/readers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

const QString kName = QStringLiteral("fuzz-input");

// The readers that take a path get the bytes in a private folder: CSV
// tables split at 0x1e into nodes.csv, edges.csv and data.csv.
QString writeInput(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    if (QStringLiteral(WEAKLINK_FUZZ_READER) == u"csv") {
        const QList<QByteArray> tables = bytes.split('\x1e');
        const char *names[] = { "nodes.csv", "edges.csv", "data.csv" };
        for (qsizetype i = 0; i < std::min<qsizetype>(tables.size(), 3); ++i)
            if (!write(QString::fromLatin1(names[i]), tables[i]))
                std::abort();
        return dir.path();
    }
    if (!write(QStringLiteral("input.xlsx"), bytes))
        std::abort();
    return dir.filePath(QStringLiteral("input.xlsx"));
}

wl::ReadResult read(const QByteArray &bytes, QString *fileName)
{
    using namespace wl::interchange;
    const QString reader = QStringLiteral(WEAKLINK_FUZZ_READER);
    *fileName = kName;
    if (reader == u"cyclonedx-json")
        return readCycloneDxJson(bytes, kName);
    if (reader == u"cyclonedx-xml")
        return readCycloneDxXml(bytes, kName);
    if (reader == u"threat-dragon")
        return readThreatDragon(bytes, kName);
    if (reader == u"otm")
        return readOtm(bytes, kName);
    if (reader == u"threagile")
        return readThreagile(bytes, kName);
    if (reader == u"dot")
        return readDot(bytes, kName);
    QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    *fileName = writeInput(dir, bytes);
    return reader == u"csv" ? readCsvTables(*fileName) : readXlsx(*fileName);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString fileName;
    const wl::ReadResult r = read(bytes, &fileName);
    // CSV errors name the folder, then the table's cell.
    wl::fuzz::checkReadResult(r, fileName);
    return 0;
}
