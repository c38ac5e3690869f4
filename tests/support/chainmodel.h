// The chain of SIMULATION.md §6.1 (A → B 0.5, B → C 0.4, delays 24 h) as
// the scenario dock and tabletop suites build it, with nodes named "Node
// <id>" and an asset of C alone, so that its exposure is C's compromise:
// seeded with A, p(B) = 0.5, p(C) = 0.2, mean hours of C 48.
#pragma once

#include "model/model.h"

namespace wl::test {

// Records of the asset C holds in chainWithRecordsOfC().
constexpr qint64 kChainRecords = 1000;

// A node named "Node <id>", every other field its default.
inline Node node(const QString &id)
{
    Node n;
    n.id = id;
    n.name = QStringLiteral("Node ") + id;
    return n;
}

// An edge with both arc probabilities written out (§6: the defaults by
// integration would add arcs).
inline Edge edge(const QString &id, const QString &source, const QString &target, double forward,
    double backward = 0.0)
{
    Edge e;
    e.id = id;
    e.source = source;
    e.target = target;
    e.pForward = forward;
    e.pBackward = backward;
    return e;
}

inline Model chainWithRecordsOfC()
{
    Model m;
    m.name = QStringLiteral("Chain");
    for (const char *id : { "A", "B", "C" })
        m.appendNode(node(QString::fromLatin1(id)));
    DataAsset x;
    x.id = QStringLiteral("x");
    x.name = QStringLiteral("Records of C");
    x.owner = QStringLiteral("C");
    x.category = QStringLiteral("customer_pii");
    x.records = kChainRecords;
    m.appendDataAsset(x);
    m.appendEdge(edge(QStringLiteral("e0"), QStringLiteral("A"), QStringLiteral("B"), 0.5));
    m.appendEdge(edge(QStringLiteral("e1"), QStringLiteral("B"), QStringLiteral("C"), 0.4));
    return m;
}

} // namespace wl::test
