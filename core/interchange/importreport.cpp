#include "interchange/importreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace wl::interchange {

namespace {

QList<QPair<QString, int>> sortedCounts(const QMap<QString, int> &counts)
{
    QList<QPair<QString, int>> list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({ it.key(), it.value() });
    std::stable_sort(list.begin(), list.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}

QJsonObject countsObject(const QList<QPair<QString, int>> &counts)
{
    QJsonObject object;
    for (const auto &[name, count] : counts)
        object.insert(name, count);
    return object;
}

} // namespace

ImportCounts importCounts(const Model &model)
{
    ImportCounts c;
    c.nodes = int(model.nodes().size());
    c.edges = int(model.edges().size());
    c.dataAssets = int(model.data().size());
    QMap<QString, int> kinds, integrations;
    QSet<QString> organisations;
    for (const Node &n : model.nodes()) {
        ++kinds[n.kind];
        if (!n.organization.isEmpty())
            organisations.insert(n.organization);
    }
    for (const Edge &e : model.edges()) {
        ++integrations[e.integration];
        c.flows += int(e.data.size());
    }
    c.organisations = int(organisations.size());
    c.nodesByKind = sortedCounts(kinds);
    c.edgesByIntegration = sortedCounts(integrations);
    return c;
}

QByteArray importReportJson(const ReadResult &result)
{
    const ImportCounts c = importCounts(*result.model);
    QJsonObject counts {
        { QStringLiteral("nodes"), c.nodes },
        { QStringLiteral("edges"), c.edges },
        { QStringLiteral("data"), c.dataAssets },
        { QStringLiteral("flows"), c.flows },
        { QStringLiteral("organisations"), c.organisations },
        { QStringLiteral("nodes_by_kind"), countsObject(c.nodesByKind) },
        { QStringLiteral("edges_by_integration"), countsObject(c.edgesByIntegration) },
    };
    const QJsonObject report {
        { QStringLiteral("file"), result.fileName },
        { QStringLiteral("format"), result.report.format },
        { QStringLiteral("counts"), counts },
        { QStringLiteral("ignored"), QJsonArray::fromStringList(result.report.ignored) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings) },
        { QStringLiteral("placeholders"), QJsonArray::fromStringList(result.report.placeholders) },
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace wl::interchange
