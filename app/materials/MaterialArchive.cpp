#include "materials/MaterialArchive.h"

#include "materials/PdfWriter.h"

namespace yc::materials {

MaterialArchive::MaterialArchive(storage::MaterialStore& store, ImportLimits limits)
    : m_store(store)
    , m_limits(limits)
{}

Result<QString> MaterialArchive::save(storage::MaterialRecord record, const std::vector<MaterialPage>& pages)
{
    if (pages.empty())
        return makeError(QStringLiteral("material.no-pages"), tr("The material has no pages to store."));
    if (int(pages.size()) > m_limits.maxPages)
        return makeError(
            QStringLiteral("material.too-many-pages"),
            tr("The material has %1 pages; at most %2 pages are allowed.").arg(pages.size()).arg(m_limits.maxPages));
    record.mimeType = QStringLiteral("application/pdf");
    return m_store.add(std::move(record), PdfWriter::write(pages));
}

Result<QString> MaterialArchive::importAndSave(storage::MaterialRecord record, const QStringList& paths)
{
    auto pages = MaterialImporter(m_limits).importFiles(paths);
    if (!pages)
        return pages.error();
    return save(std::move(record), pages.value());
}

Result<std::vector<MaterialPage>> MaterialArchive::load(const QString& materialId) const
{
    auto content = m_store.content(materialId);
    if (!content)
        return content.error();
    // Materials stored before page editing existed are imported like a handed-in file.
    return MaterialImporter(m_limits).importBytes(content.value(), QStringLiteral("material.pdf"));
}

} // namespace yc::materials
