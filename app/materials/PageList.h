#pragma once

#include "materials/MaterialPage.h"

#include <QAbstractListModel>

#include <vector>

namespace yc::materials {

// The pages of one material while the clerk works on it: rotate, delete, reorder, insert a new
// scan between pages. Nothing is re-encoded by these operations; pack() writes the PDF that is
// stored, and fromPdf() (through MaterialImporter) gives the pages back for the next edit.
class PageList : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RotationRole = Qt::UserRole + 1, // int, clockwise degrees
        PointSizeRole,                   // QSizeF, before rotation
        PixelSizeRole,                   // QSize
        BytesRole,                       // qint64, the page's JPEG
    };

    explicit PageList(QObject* parent = nullptr);
    explicit PageList(std::vector<MaterialPage> pages, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const std::vector<MaterialPage>& pages() const { return m_pages; }
    [[nodiscard]] int count() const { return int(m_pages.size()); }

    // Each returns false (and changes nothing) for a row out of range.
    bool rotate(int row, int clockwiseDegrees);
    bool remove(int row);
    bool move(int from, int to);                           // `to` is the page's index after the move
    bool insert(int row, std::vector<MaterialPage> pages); // row == count() appends
    void append(std::vector<MaterialPage> pages) { insert(count(), std::move(pages)); }

    [[nodiscard]] QByteArray pack() const;
    [[nodiscard]] qint64 jpegBytes() const;

private:
    std::vector<MaterialPage> m_pages;
};

} // namespace yc::materials
