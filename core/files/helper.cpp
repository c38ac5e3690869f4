#include "helper.h"
#include "helperchild.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wl::files {

namespace {

// A sanitized child (scripts/test.sh --sanitize) keeps its address space.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

} // namespace

void limitThisProcess(rlim_t addressSpace)
{
    const rlimit memory { addressSpace, addressSpace };
    if (!kAddressSanitizer)
        setrlimit(RLIMIT_AS, &memory);
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);
}

QString helperPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString beside = dir + QStringLiteral("/weaklink-cli");
    if (QFileInfo(QCoreApplication::applicationFilePath()).fileName() == u"weaklink-cli")
        return QCoreApplication::applicationFilePath();
    if (QFileInfo::exists(beside))
        return beside;
    return dir + QStringLiteral("/cli/weaklink-cli");
}

} // namespace wl::files
