// Validation of CycloneDX JSON against the official schema of its
// specVersion (resources/schemas/cyclonedx/, the product's Qt resources),
// with valijson. The schemas are parsed once per version, on first use, from
// any thread; their $refs to one another resolve from the resources alone.
#pragma once

#include <QJsonValue>
#include <QString>

namespace wl::interchange::cyclonedx {

// The minor versions of CycloneDX 1.x whose schema the product ships.
inline constexpr int kOldestMinor = 2;
inline constexpr int kNewestMinor = 7;

// The longest string valijson 1.0 is given in a field the schema checks by a
// regular expression (`pattern`, or a `format` it checks with one): its
// std::regex recurses per character and overflows the stack at some 60,000.
inline constexpr qsizetype kMaxCheckedStringBytes = 4096;

// Checks `bom` against the schema of CycloneDX 1.`minor`: an empty string if
// it conforms, else "path: reason" for the first violation (the path in
// ReadResult's form, "dependencies[0].ref"). Refuses over-long strings in
// regex-checked fields, and checks `uniqueItems`, before valijson sees the
// document (cyclonedxschema.cpp says why).
QString validate(const QJsonValue &bom, int minor);

} // namespace wl::interchange::cyclonedx
