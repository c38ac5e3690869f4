// What the CycloneDX readers take from a BOM, the same from JSON and XML, and
// the one mapping of it onto a model (docs/IMPORT.md, "CycloneDX"). Every
// element carries its place in the file: a JSON path ("components[3]") or,
// from XML, "line L, column C".
#pragma once

#include "interchange/importformat.h"
#include "interchange/modelbuilder.h"

#include <QList>
#include <QString>

#include <optional>

namespace wl::interchange::cyclonedx {

// A reference to a bom-ref (or, in a data flow, a BOM-Link or URL).
struct Ref {
    QString ref;
    QString where;
};

// A modelCard.modelParameters.datasets[] entry: a reference to a data
// component, or a dataset described in place.
struct Dataset {
    QString ref;
    QString name;
    QString where;
};

struct Component {
    QString bomRef;
    QString type;
    QString name;
    QString version;
    QString group;
    // supplier.name, else manufacturer.name, else publisher.
    QString organization;
    QString where;
    int parent = -1; // index of the component it is nested in
    QList<Dataset> datasets;
};

// One data flow of a service: 1.2–1.4 `data[]` ({flow, classification}),
// 1.5+ `data[]` (serviceData) with source and destination.
struct Flow {
    QString flow;
    QString classification;
    QString name;
    QList<Ref> sources;
    QList<Ref> destinations;
    QString where;
};

struct Service {
    QString bomRef;
    QString name;
    QString version;
    QString group;
    QString provider;
    QString trustZone;
    bool trustBoundary = false;
    std::optional<bool> authenticated;
    QString where;
    int parent = -1; // index of the service it is nested in
    QList<Flow> flows;
};

struct Dependency {
    QString ref;
    QString where;
    QList<Ref> dependsOn;
    QList<Ref> provides;
};

struct Bom {
    QString specVersion; // as written, "1.5"
    std::optional<Component> firstParty; // metadata.component
    // The first party's organisation: metadata's supplier or manufacturer,
    // else metadata.component's.
    QString firstPartyOrganization;
    QList<Component> components; // depth first, parents before children
    QList<Service> services; // the same
    QList<Dependency> dependencies;
    // What the reader skipped: place and reason, for ModelBuilder::ignore.
    QList<std::pair<QString, QString>> ignored;
};

// Builds the model of `bom` (docs/IMPORT.md) into `b`; stops early, leaving
// `b` incomplete, once `control` is cancelled (the caller checks).
void mapBom(
    const Bom &bom, const ImportOptions &options, ModelBuilder &b, const ReadControl &control);

// The model's name: metadata.component's name and version, else the file's
// base name.
QString modelName(const Bom &bom, const QString &fileName);

} // namespace wl::interchange::cyclonedx
