#include "teamspendtreemodel.h"

#include "displayformat.h"
#include "itemroles.h"
#include "reporttablemodel.h"

#include <QHash>

#include <algorithm>

using DisplayFormat::TotalsColumn;

TeamSpendTreeModel::TeamSpendTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void TeamSpendTreeModel::setSpend(const QList<Team> &teams, const Report &byTeam)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_total = byTeam.totals;

    QHash<qint64, int> nodeOfTeam;
    QHash<QString, int> nodeOfName;
    for (const Team &team : teams) {
        nodeOfTeam.insert(team.id, int(m_nodes.size()));
        nodeOfName.insert(team.name, int(m_nodes.size()));
        Node node;
        node.name = team.name;
        node.members = team.memberCount;
        m_nodes.append(node);
    }
    for (const Team &team : teams) {
        const int node = nodeOfTeam.value(team.id);
        // A parent that is missing, or a cycle back to itself, makes the team a root.
        const int parent = nodeOfTeam.value(team.parentId, -1);
        m_nodes[node].parent = parent == node ? -1 : parent;
    }
    // A longer cycle (A in B, B in A: a directory file can nest a team under its own subteam)
    // has no root, so none of its teams would be shown: the first team found on it becomes one.
    for (int n = 0; n < m_nodes.size(); ++n) {
        int ancestor = m_nodes[n].parent;
        for (int steps = 0; ancestor >= 0 && ancestor != n && steps < m_nodes.size(); ++steps)
            ancestor = m_nodes[ancestor].parent;
        if (ancestor == n)
            m_nodes[n].parent = -1;
    }
    const qsizetype teamIndex = byTeam.groupBy.indexOf(ReportKey::Team);
    int noTeam = -1;
    for (const ReportRow &row : byTeam.rows) {
        const QString name = teamIndex >= 0 ? row.keys.value(teamIndex) : QString();
        int node = nodeOfName.value(name, -1);
        if (node < 0 && name.isEmpty()) {
            if (noTeam < 0) {
                noTeam = int(m_nodes.size());
                m_nodes.append(Node {});
            }
            node = noTeam;
        } else if (node < 0) { // a team the directory no longer has
            node = int(m_nodes.size());
            nodeOfName.insert(name, node);
            Node added;
            added.name = name;
            m_nodes.append(added);
        }
        m_nodes[node].own += row.totals;
    }
    // Sums up the tree; guards against cycles by walking at most the number of nodes.
    for (int n = 0; n < m_nodes.size(); ++n) {
        int ancestor = n;
        for (int steps = 0; ancestor >= 0 && steps <= m_nodes.size(); ++steps) {
            m_nodes[ancestor].subtree += m_nodes[n].own;
            m_nodes[ancestor].subtreeMembers += m_nodes[n].members;
            ancestor = m_nodes[ancestor].parent;
        }
    }
    for (int n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n].parent >= 0)
            m_nodes[m_nodes[n].parent].children.append(n);
        else
            m_roots.append(n);
    }
    const auto bySpend = [this](int a, int b) {
        const ReportTotals &x = m_nodes[a].subtree;
        const ReportTotals &y = m_nodes[b].subtree;
        if (x.costMicros != y.costMicros)
            return x.costMicros > y.costMicros;
        return m_nodes[a].name.compare(m_nodes[b].name, Qt::CaseInsensitive) < 0;
    };
    std::sort(m_roots.begin(), m_roots.end(), bySpend);
    for (Node &node : m_nodes)
        std::sort(node.children.begin(), node.children.end(), bySpend);
    endResetModel();
}

const QList<int> &TeamSpendTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_roots;
    return m_nodes[int(parent.internalId())].children;
}

int TeamSpendTreeModel::rowInParent(int node) const
{
    const int parent = m_nodes[node].parent;
    const QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
    return int(siblings.indexOf(node));
}

QModelIndex TeamSpendTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent).at(row)));
}

QModelIndex TeamSpendTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[int(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(rowInParent(parent), 0, quintptr(parent));
}

int TeamSpendTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int TeamSpendTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TeamSpendTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Team");
    case Spend:
        return tr("Spend");
    case Share:
        return tr("Share");
    case Tokens:
        return tr("Tokens");
    case Requests:
        return tr("Requests");
    case Members:
        return tr("People");
    default:
        return {};
    }
}

QVariant TeamSpendTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[int(index.internalId())];
    const ReportTotals &totals = node.subtree;
    if (role == ItemRole::Key)
        return node.name;
    if (role == ItemRole::CostKind)
        return int(totals.costKind());
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == ItemRole::Sort;
    const auto figure = [&](TotalsColumn figureColumn) {
        return DisplayFormat::totalsCell(
            figureColumn, totals, m_total, role,
            DisplayFormat::TotalsCellOption::DashWithoutUsage
                | DisplayFormat::TotalsCellOption::UnpricedSortsAsZero);
    };
    switch (index.column()) {
    case Name:
        if (display || sort)
            return ReportTableModel::keyText(ReportKey::Team, node.name);
        if (role == Qt::ToolTipRole && !node.children.isEmpty())
            return tr("Includes the teams nested below it");
        break;
    case Spend:
        return figure(TotalsColumn::Cost);
    case Share:
        return figure(TotalsColumn::Share);
    case Tokens:
        return figure(TotalsColumn::Tokens);
    case Requests:
        return figure(TotalsColumn::Requests);
    case Members:
        if (display)
            return node.name.isNull() ? QString() : DisplayFormat::number(node.subtreeMembers);
        if (sort)
            return node.subtreeMembers;
        break;
    default:
        break;
    }
    return {};
}
