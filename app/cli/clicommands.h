// One function per weaklink-cli command. Each takes the arguments after the
// command name, checks the whole command line before it touches any file,
// and returns an ExitCode.
#pragma once

#include <QStringList>

namespace wl::cli {

// For commandDraws(): the arguments after `export` name a picture file or
// ask for a layout.
bool exportDraws(const QStringList &args);

int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runLayout(const QStringList &args);
int runInfo(const QStringList &args);
// The child process that parses DOT for files::readDotInChild: DOT on
// standard input, its answer on standard output. Not in the usage text.
int runReadDot(const QStringList &args);
// The child process that lays out for files::computeLayoutInChild: the
// request on standard input, the outcome on standard output. Not in the
// usage text.
int runLayoutChild(const QStringList &args);

} // namespace wl::cli
