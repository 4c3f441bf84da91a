#pragma once

#include "core/Result.h"
#include "materials/MaterialImporter.h"
#include "materials/PageList.h"
#include "storage/MaterialStore.h"

#include <QCoreApplication>

namespace yc::materials {

// Keeps a material's pages in the encrypted MaterialStore as one packed PDF, and gives them back
// (JPEGs unchanged) to be edited again.
class MaterialArchive
{
    Q_DECLARE_TR_FUNCTIONS(yc::materials::MaterialArchive)

public:
    MaterialArchive(storage::MaterialStore& store, ImportLimits limits = {});

    // Packs the pages and stores them under record (its mimeType becomes application/pdf).
    [[nodiscard]] Result<QString> save(storage::MaterialRecord record, const std::vector<MaterialPage>& pages);
    // Imports the files (all or nothing) and stores them as one material; a refused file stores nothing.
    [[nodiscard]] Result<QString> importAndSave(storage::MaterialRecord record, const QStringList& paths);
    [[nodiscard]] Result<std::vector<MaterialPage>> load(const QString& materialId) const;

private:
    storage::MaterialStore& m_store;
    ImportLimits m_limits;
};

} // namespace yc::materials
