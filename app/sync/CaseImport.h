#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

// Limits of a case import file (app/sync/CASE_IMPORT.md), each checked before anything is read.
struct CaseImportLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;     // the JSON file itself
    qint64 maxMaterialBytes = 50LL * 1024 * 1024; // one material file (as MaterialImporter)
    int maxCases = 10000;
    int maxMaterialsPerCase = 200;
    int maxFieldChars = 2000; // any one text field
};

// A material file named by an import: a regular file inside the import file's folder.
struct ImportedFile
{
    QString canonicalPath;
    qint64 size = 0;
};

// One case of an import file, checked: everything needed to queue it except the material bytes,
// which are read only when it is queued (so a large file never sits in memory all at once).
struct ImportedCase
{
    int index = 0;
    QString sourceId;
    storage::NewCase newCase;        // materials without content yet
    std::vector<ImportedFile> files; // one per material; an empty path when the material has no file
};

struct ImportRefusal
{
    int index = 0;
    QString sourceId;
    QString code; // stable, for scripts and tests
    QString message;
};

// Reads and checks a case import file (format "yichuang-case-import"). The whole file is checked
// before anything is queued: the JSON, each case's fields, its identity number, item, staff and
// case number, and every material file. Nothing here writes to the store.
class CaseImportReader
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::CaseImportReader)

public:
    explicit CaseImportReader(const Clock& clock = systemClock(), CaseImportLimits limits = {});

    // The file as a whole: a regular file within the size limit, JSON, the right format and a
    // case list within the limits. Refusals of the whole file are errors.
    [[nodiscard]] Result<QJsonObject> readDocument(const QString& path) const;
    [[nodiscard]] Result<QJsonObject> parseDocument(const QByteArray& bytes) const;

    // One case's fields, without I/O: the id format, the decision, the time, the applicant's
    // document type and number (check character included), and the materials' names. Used by
    // check() and by the fuzz target.
    [[nodiscard]] Result<ImportedCase> parseCase(int index, const QJsonObject& json) const;

    // A material file named `relative` in the import's folder `base`: no absolute path, no "..",
    // no symbolic link leading outside, a regular file (no device, FIFO or socket) within the limit.
    [[nodiscard]] Result<ImportedFile> locateFile(const QDir& base, const QString& relative) const;
    // Reads a located file, checking again what it is and its size on the opened descriptor.
    [[nodiscard]] Result<QByteArray> readFile(const ImportedFile& file) const;

    // Everything in the document, against the store: staff known on this PC, the item in the
    // local catalog, a given case number inside this window's leases and free (or already this
    // case's), each material file located. Cases already in the store are not refused.
    struct Checked
    {
        std::vector<ImportedCase> cases;
        std::vector<ImportRefusal> refusals;
    };
    [[nodiscard]] Checked check(const QJsonObject& document, const QDir& base, storage::Database& database,
                                const storage::FieldCipher& cipher) const;

    [[nodiscard]] const CaseImportLimits& limits() const { return m_limits; }

private:
    [[nodiscard]] Status checkIdNumber(const QString& idType, const QString& idNumber) const;

    const Clock& m_clock;
    CaseImportLimits m_limits;
};

} // namespace yc::sync
