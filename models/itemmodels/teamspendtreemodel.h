#pragma once

#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"

#include <QAbstractItemModel>

// Spend per team as a tree that follows the team hierarchy. A team's figures include its nested
// teams; usage of people without a team (and of unmatched identities) forms its own top row.
class TeamSpendTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Spend, Share, Tokens, Requests, Members, ColumnCount };

    explicit TeamSpendTreeModel(QObject *parent = nullptr);

    // byTeam: a report whose first key is Team.
    void setSpend(const QList<Team> &teams, const Report &byTeam);
    const ReportTotals &organisationTotals() const { return m_total; }
    bool hasUsage() const { return m_total.records > 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name; // null for "no team"
        int parent = -1;
        QList<int> children;
        ReportTotals own;
        ReportTotals subtree;
        int members = 0;
        int subtreeMembers = 0;
    };
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    int rowInParent(int node) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    ReportTotals m_total;
};
