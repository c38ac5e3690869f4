// What every weaklink-cli command shares: the -h and -o options, parsing a
// command line with one MODEL argument, opening MODEL with its warnings on
// standard error, and atomic output.
#pragma once

#include "arguments.h"

#include "files/modelfile.h"
#include "io/atomicfile.h"
#include "model/readresult.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace wl::cli {

extern const OptionSpec kHelp;
extern const OptionSpec kOutput;

// Parses a command that takes exactly one file argument, named `fileArg` in
// messages. Returns the exit code if the command line alone settles the
// outcome (help shown, usage error), else nothing and fills *out.
std::optional<int> parseCommandLine(const QString &command, const QStringList &args,
    QList<OptionSpec> spec, const QString &fileArg, Arguments *out);
// The same for a command that takes one file argument per name of `fileArgs`.
std::optional<int> parseCommandLine(const QString &command, const QStringList &args,
    QList<OptionSpec> spec, const QStringList &fileArgs, Arguments *out);

// The -o file, or the exit code of the usage error.
std::optional<int> outputPath(
    const Arguments &args, const QString &command, const QString &what, QString *path);

int readFailure(const ReadResult &r, const QString &path);
void printReadWarnings(const ReadResult &r, const QString &path);
// Opens MODEL for a command that writes something: warnings go to standard
// error. Returns the exit code if it cannot be opened.
std::optional<int> openInput(
    const QString &input, ReadResult *r, const files::OpenOptions &options = {});

// A value that lives until the process ends and is then not freed: a
// command's input model, which the command reads to its last line. Freeing
// a 100,000-node model is some 400,000 frees, 40 ms of an `info` that ends
// right after (compilers skip the same work the same way). The value stays
// reachable, so leak checkers do not report it.
template<typename T> T &keptUntilExit()
{
    static auto *const kept = new std::vector<std::shared_ptr<T>>();
    return *kept->emplace_back(std::make_shared<T>());
}

// Appends the values of the repeatable option `o`, each ID@HOURS (or ID
// alone, at `defaultHours`, where that is given), to *out. Returns the exit
// code of a usage error.
std::optional<int> timedNodes(const Arguments &a, const OptionSpec &o,
    std::optional<double> defaultHours, QVector<sim::TimedNode> *out);

// For a command that reads MODEL and writes a result to -o or standard
// output: the exit code of the usage error where -o is empty or names MODEL
// itself (the result would replace the model).
std::optional<int> checkResultOutput(const Arguments &args);

// Writes `bytes` to the -o file `out` atomically, or to standard output
// without it; the exit code.
int writeOutput(const QByteArray &bytes, const std::optional<QString> &out);
// The same for output made in pieces: `make` hands them to the sink it is
// given, and a file is written while the next piece is made.
int writeOutput(
    const std::function<void(const io::PieceSink &)> &make, const std::optional<QString> &out);

} // namespace wl::cli
