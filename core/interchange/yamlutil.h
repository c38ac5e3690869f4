// What the YAML importers (Threagile, OTM) share on top of yaml-cpp 0.7:
// loading with the limits of limits.h, exceptions turned into messages with
// a line and column, merge keys ("<<"), which yaml-cpp 0.7 leaves to its
// users, and a conversion to JSON values that aliases cannot blow up.
#pragma once

#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace wl::interchange::yaml {

// "line L, column C" of a mark (1-based); empty for a null mark.
QString position(const YAML::Mark &mark);
// "path (line L, column C)": an element's place for messages.
QString where(const QString &path, const YAML::Node &node);

// Parses the first document of `bytes` into `root` after checkYamlLimits.
// Returns an empty string, or "line L, column C: reason".
QString load(const QByteArray &bytes, YAML::Node *root);

// The message of a yaml-cpp exception, with its position where it has one.
QString message(const YAML::Exception &e);

// The value of `key` in the mapping `map`, also through merge keys ("<<:
// *base" or "<<: [*a, *b]"); an undefined node when there is none or `map`
// is no mapping. The search through merges is bounded, so self-referencing
// merges end.
YAML::Node get(const YAML::Node &map, const char *key);

// A scalar's text; empty for anything else.
QString text(const YAML::Node &node);

// A YAML tree as JSON. Plain scalars become null, booleans and numbers as
// YAML 1.2's core schema reads them; quoted ones stay strings; merge keys
// are applied. Aliases share nodes, so a small file can stand for a huge
// tree: the conversion stops with an error after kMaxNodes values, or when
// a self-referencing alias nests deeper than kMaxNesting. Returns an empty
// string, or the reason with its position.
QString toJson(const YAML::Node &node, QJsonValue *out);

} // namespace wl::interchange::yaml
