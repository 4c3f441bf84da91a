#include "materials/PageList.h"

#include "materials/PdfWriter.h"

#include <iterator>

namespace yc::materials {

PageList::PageList(QObject* parent)
    : QAbstractListModel(parent)
{}

PageList::PageList(std::vector<MaterialPage> pages, QObject* parent)
    : QAbstractListModel(parent)
    , m_pages(std::move(pages))
{}

int PageList::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PageList::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const MaterialPage& p = m_pages[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("Page %1").arg(index.row() + 1);
    case RotationRole:
        return p.rotation;
    case PointSizeRole:
        return p.pointSize;
    case PixelSizeRole:
        return p.pixels;
    case BytesRole:
        return qint64(p.jpeg.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> PageList::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(RotationRole, "rotation");
    names.insert(PointSizeRole, "pointSize");
    names.insert(PixelSizeRole, "pixelSize");
    names.insert(BytesRole, "bytes");
    return names;
}

bool PageList::rotate(int row, int clockwiseDegrees)
{
    if (row < 0 || row >= count() || clockwiseDegrees % 90 != 0)
        return false;
    MaterialPage& p = m_pages[size_t(row)];
    p.rotation = (((p.rotation + clockwiseDegrees) % 360) + 360) % 360;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {RotationRole});
    return true;
}

bool PageList::remove(int row)
{
    if (row < 0 || row >= count())
        return false;
    beginRemoveRows({}, row, row);
    m_pages.erase(m_pages.begin() + row);
    endRemoveRows();
    if (row < count()) // "Page N" labels after it change
        emit dataChanged(index(row), index(count() - 1), {Qt::DisplayRole});
    return true;
}

bool PageList::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count())
        return false;
    if (from == to)
        return true;
    // beginMoveRows takes the destination as a position before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    MaterialPage page = std::move(m_pages[size_t(from)]);
    m_pages.erase(m_pages.begin() + from);
    m_pages.insert(m_pages.begin() + to, std::move(page));
    endMoveRows();
    emit dataChanged(index(std::min(from, to)), index(std::max(from, to)), {Qt::DisplayRole});
    return true;
}

bool PageList::insert(int row, std::vector<MaterialPage> pages)
{
    if (row < 0 || row > count())
        return false;
    if (pages.empty())
        return true;
    beginInsertRows({}, row, row + int(pages.size()) - 1);
    m_pages.insert(m_pages.begin() + row, std::make_move_iterator(pages.begin()), std::make_move_iterator(pages.end()));
    endInsertRows();
    const int after = row + int(pages.size());
    if (after < count())
        emit dataChanged(index(after), index(count() - 1), {Qt::DisplayRole});
    return true;
}

QByteArray PageList::pack() const
{
    return PdfWriter::write(m_pages);
}

qint64 PageList::jpegBytes() const
{
    qint64 total = 0;
    for (const MaterialPage& p : m_pages)
        total += p.jpeg.size();
    return total;
}

} // namespace yc::materials
