// Runs weaklink-cli as the tests that drive the product through it do. The
// test target defines WEAKLINK_CLI, the path of the built program.
#pragma once

#include <QProcess>
#include <QStringList>

namespace wl::test {

struct Run {
    int exitCode = -1; // -1: it crashed or did not finish in two minutes
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList &args,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &workingDirectory = {})
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(WEAKLINK_CLI), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace wl::test
