#include "testmodels.h"

#include <QRandomGenerator>

namespace wl::test {

QString sharedDir()
{
    return QStringLiteral(WEAKLINK_SHARED_DIR);
}

QString examplePath()
{
    return QStringLiteral(WEAKLINK_EXAMPLE);
}

QString sharedExamplePath()
{
    return sharedDir() + QStringLiteral("/examples/ai-platform-analytics-breach.json");
}

namespace {

QString pick(QRandomGenerator &rng, const QStringList &from)
{
    return from.at(int(rng.bounded(quint32(from.size()))));
}

// Strings that stress escaping and encodings.
QString text(QRandomGenerator &rng, const QString &base)
{
    static const QStringList extras = {
        QString(),
        QStringLiteral(" \"quoted\" "),
        QStringLiteral("line\nbreak\ttab"),
        QStringLiteral("Zürich – 東京 – 🙂"),
        QStringLiteral("back\\slash/slash"),
        QStringLiteral("'; DROP TABLE nodes; --"),
    };
    return base + pick(rng, extras);
}

double probability(QRandomGenerator &rng)
{
    switch (rng.bounded(4)) {
    case 0: return 0.0;
    case 1: return 1.0;
    default: return rng.generateDouble();
    }
}

} // namespace

Model generatedModel(quint32 seed, int nodeCount, int edgeCount, int assetCount)
{
    QRandomGenerator rng(seed);
    Model m;
    m.name = text(rng, QStringLiteral("Generated %1").arg(seed));
    static const QStringList kinds
        = vocab::knownKinds() + QStringList { QStringLiteral("custom_kind") };
    static const QStringList categories
        = vocab::knownCategories() + QStringList { QStringLiteral("genomes") };
    static const QStringList integrations
        = vocab::knownIntegrations() + QStringList { QStringLiteral("smoke_signals") };

    for (int i = 0; i < nodeCount; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i) + (i % 7 == 3 ? QStringLiteral("-ü") : QString());
        n.name = rng.bounded(5) == 0 ? n.id : text(rng, QStringLiteral("Node %1").arg(i));
        n.kind = pick(rng, kinds);
        n.organization
            = rng.bounded(3) == 0 ? QString() : QStringLiteral("Org %1").arg(rng.bounded(5));
        n.gdprRole = pick(rng, vocab::gdprRoles());
        n.jurisdiction = pick(
            rng, { QString(), QStringLiteral("US"), QStringLiteral("EU"), QStringLiteral("DE") });
        n.breachLikelihood = probability(rng);
        n.controlStrength = probability(rng);
        n.criticality = 1 + int(rng.bounded(5));
        if (rng.bounded(2))
            n.pos = QPointF(rng.generateDouble() * 2000.0 - 1000.0, -rng.generateDouble() * 1e6);
        n.pinned = rng.bounded(4) == 0;
        for (int t = int(rng.bounded(3)); t > 0; --t)
            n.tags << text(rng, QStringLiteral("tag%1").arg(t));
        n.notes = text(rng, QString());
        m.appendNode(n);
    }
    for (int i = 0; i < assetCount && nodeCount > 0; ++i) {
        DataAsset a;
        a.id = QStringLiteral("asset-%1").arg(i);
        a.name = rng.bounded(4) == 0 ? a.id : text(rng, QStringLiteral("Asset %1").arg(i));
        a.owner = m.nodes().at(int(rng.bounded(quint32(nodeCount)))).id;
        a.category = pick(rng, categories);
        a.records = rng.bounded(6) == 0 ? 9007199254740992LL : qint64(rng.bounded(5000000));
        a.sensitivity = 1 + int(rng.bounded(5));
        a.personal = rng.bounded(2) == 1;
        m.appendDataAsset(a);
    }
    for (int i = 0; i < edgeCount && nodeCount > 1; ++i) {
        Edge e;
        const int s = int(rng.bounded(quint32(nodeCount)));
        int t = int(rng.bounded(quint32(nodeCount - 1)));
        if (t >= s)
            ++t;
        e.id
            = rng.bounded(3) == 0 ? QStringLiteral("edge:%1").arg(i) : QStringLiteral("e%1").arg(i);
        e.source = m.nodes().at(s).id;
        e.target = m.nodes().at(t).id;
        e.integration = pick(rng, integrations);
        for (int k = 0; k < assetCount && e.data.size() < 3; ++k)
            if (rng.bounded(assetCount + 1) == 0)
                e.data << m.data().at(k).id;
        e.pForward = probability(rng);
        e.pBackward = probability(rng);
        e.delayHours = rng.bounded(3) == 0 ? 0.001 : 1.0 + rng.bounded(200) + rng.generateDouble();
        e.label = rng.bounded(2) ? QString() : text(rng, QStringLiteral("label"));
        m.appendEdge(e);
    }
    return m;
}

} // namespace wl::test
