// weaklink-cli's command dispatcher (FORMAT.md §2). Kept apart from main()
// so that main() only chooses the application object: a QGuiApplication for
// the commands that draw, a QCoreApplication for the rest.
#pragma once

#include <QString>
#include <QStringList>

namespace wl::cli {

// FORMAT.md §2: 1 for anything wrong with the input or the work, 2 for
// anything wrong on the command line alone.
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

// `args` excludes the program name.
int run(const QStringList &args);

// Whether the command measures text, which needs a QGuiApplication: a
// picture (export to .svg, .png or .pdf), or a layout (`layout`, `export
// --layout`), which gives dot the size of every edge's label. An export
// command line with usage errors draws nothing.
bool commandDraws(const QStringList &args);

// Whether the command draws Qt Charts (report), which needs a QApplication.
bool commandNeedsWidgets(const QStringList &args);

QString usageText();

// Both escape control characters other than line feeds and tabs.
void printOut(const QString &text);
void printErr(const QString &text);

// Prints "weaklink-cli: REASON (see weaklink-cli --help)" and returns
// UsageError.
int usageError(const QString &reason);
// Prints REASON, which names the file, as one line and returns Failure.
int failure(const QString &reason);

// Line breaks (e.g. inside an id quoted in a message) and control
// characters escaped, so that a reason stays on one line.
QString oneLine(const QString &text);

} // namespace wl::cli
