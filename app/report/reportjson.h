// The board report's JSON twin (docs/REPORT.md, "weaklink-report" version
// 1): every figure of the PDF, with the engine's own outputs embedded as
// weaklink-cli writes them — the annual baseline as `simulate --annual`,
// the rankings as `rank` — so that a script can check the report against
// the CLI for the same trials and seed.
#pragma once

#include "report/reportdata.h"

#include <QByteArray>

namespace wl::report {

QByteArray writeReportJson(const ReportData &d);

} // namespace wl::report
