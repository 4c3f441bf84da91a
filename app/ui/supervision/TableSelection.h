#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace yc::ui {

// The first selected row of a list page's table, or -1 when none is selected or it lies beyond the
// rows the page holds (the table is being refilled).
inline int selectedRowIn(const QAbstractItemView* table, qsizetype rowCount)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const int row = rows.first().row();
    return row < rowCount ? row : -1;
}

} // namespace yc::ui
