#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;
class QWidget;

// The table set-up every page uses: a sort proxy on ItemRole::Sort, sorting by clicking headers,
// rows selected whole, sensible column widths.
namespace TableViews {

QTableView *createTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);
QTreeView *createTree(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);
QSortFilterProxyModel *proxyOf(QAbstractItemView *view);
// Fits the table to its width: the column takes the room left by the others (which fit their
// contents) and elides long text in the middle, such as project paths.
void stretchColumn(QTableView *view, int column);
// A bold section title above a table or chart.
QLabel *sectionTitle(const QString &text, QWidget *parent);

} // namespace TableViews
