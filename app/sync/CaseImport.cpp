#include "sync/CaseImport.h"

#include "core/identity/IdentityValidator.h"
#include "storage/ApplicantRepository.h"
#include "storage/CaseNumberLeases.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"
#include "sync/StaffCredentials.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace yc::sync {

namespace {

const QUuid ImportNamespace(QStringLiteral("{5b0c6f1e-4f51-4d5e-9a53-0c8d2b9f7a11}"));

// PROTOCOL.md §9 document types; the local names the GUI uses are accepted too.
const QStringList IdTypes{QStringLiteral("resident-id"),  QStringLiteral("hkmo-residence"),
                          QStringLiteral("tw-residence"), QStringLiteral("foreign-permanent"),
                          QStringLiteral("passport"),     QStringLiteral("credit-code")};

Error refusal(const char* code, const QString& message)
{
    return makeError(QString::fromLatin1(code), message);
}

// Closes a descriptor on every path.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

CaseImportReader::CaseImportReader(const Clock& clock, CaseImportLimits limits)
    : m_clock(clock)
    , m_limits(limits)
{}

Result<QJsonObject> CaseImportReader::readDocument(const QString& path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return refusal("import.unreadable", tr("%1 does not exist.").arg(path));
    ImportedFile file;
    file.canonicalPath = info.canonicalFilePath();
    struct stat st
    {};
    if (::stat(QFile::encodeName(file.canonicalPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return refusal("import.not-regular", tr("%1 is not a regular file.").arg(path));
    if (st.st_size > m_limits.maxFileBytes)
        return refusal("import.too-large", tr("%1 has %2 bytes; an import file may have at most %3.")
                                               .arg(path)
                                               .arg(st.st_size)
                                               .arg(m_limits.maxFileBytes));
    file.size = st.st_size;
    CaseImportLimits fileLimits = m_limits;
    fileLimits.maxMaterialBytes = m_limits.maxFileBytes;
    auto bytes = CaseImportReader(m_clock, fileLimits).readFile(file);
    if (!bytes)
        return makeError(bytes.error().code, tr("%1: %2").arg(path, bytes.error().message));
    return parseDocument(bytes.value());
}

Result<QJsonObject> CaseImportReader::parseDocument(const QByteArray& bytes) const
{
    if (bytes.size() > m_limits.maxFileBytes)
        return refusal(
            "import.too-large",
            tr("The import file has %1 bytes; it may have at most %2.").arg(bytes.size()).arg(m_limits.maxFileBytes));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return refusal("import.not-json", tr("This is not JSON (at byte %1: %2), so nothing was imported.")
                                              .arg(error.offset)
                                              .arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != QLatin1String("yichuang-case-import"))
        return refusal("import.format", tr("This is not a case import file (format \"yichuang-case-import\")."));
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (!version.isUndefined() && version.toInt(-1) != 1)
        return refusal("import.format-version", tr("Format version %1 is not supported; this program reads version 1.")
                                                    .arg(version.toVariant().toString()));
    const QJsonValue cases = root.value(QLatin1String("cases"));
    if (!cases.isArray())
        return refusal("import.no-cases", tr("The file has no \"cases\" list."));
    if (cases.toArray().size() > m_limits.maxCases)
        return refusal("import.too-many", tr("The file has %1 cases; one import may hold at most %2.")
                                              .arg(cases.toArray().size())
                                              .arg(m_limits.maxCases));
    return root;
}

Status CaseImportReader::checkIdNumber(const QString& idType, const QString& idNumber) const
{
    const identity::IdentityValidator validator(m_clock);
    Result<identity::IdentityCheck> checked = makeError(QStringLiteral("id.type"), QString());
    if (idType == QLatin1String("resident-id") || idType == QLatin1String("resident"))
        checked = validator.checkResident(idNumber);
    else if (idType == QLatin1String("hkmo-residence") || idType == QLatin1String("tw-residence") ||
             idType == QLatin1String("permit"))
        checked = validator.checkPermit(idNumber);
    else if (idType == QLatin1String("foreign-permanent") || idType == QLatin1String("foreign"))
        checked = validator.checkForeign(idNumber);
    else if (idType == QLatin1String("credit-code"))
        checked = validator.checkCreditCode(idNumber);
    else if (idType == QLatin1String("passport")) {
        static const QRegularExpression passport(QStringLiteral("^[A-Z0-9]{5,20}$"));
        if (!passport.match(idNumber).hasMatch())
            return refusal("import.id-number", tr("applicant.idNumber is not a passport number (5 to 20 Latin letters "
                                                  "and digits)."));
        return {};
    }
    if (checked) {
        const QString area = checked.value().areaCode;
        if (idType == QLatin1String("hkmo-residence") && area == QLatin1String("830000"))
            return refusal("import.id-number", tr("applicant.idNumber is a residence permit of a Taiwan resident "
                                                  "(830000); use idType tw-residence."));
        if (idType == QLatin1String("tw-residence") && area != QLatin1String("830000"))
            return refusal("import.id-number", tr("applicant.idNumber is a residence permit of a Hong Kong or Macao "
                                                  "resident; use idType hkmo-residence."));
        return {};
    }
    // The validator's own message quotes parts of the number; an import's output names the rule only.
    const QString code = checked.error().code;
    QString why;
    if (code == QLatin1String("id.check"))
        why = tr("its check character is wrong");
    else if (code == QLatin1String("id.length"))
        why = tr("it has the wrong length");
    else if (code == QLatin1String("id.character"))
        why = tr("it holds a character not allowed there");
    else if (code == QLatin1String("id.area"))
        why = tr("its area code is not a GB/T 2260 code");
    else if (code == QLatin1String("id.date") || code == QLatin1String("id.future"))
        why = tr("its birth date is not a real date in the past");
    else
        why = tr("it is not in the form of this document type");
    return refusal("import.id-number",
                   tr("applicant.idNumber is not a valid %1 number: %2 (%3).").arg(idType, why, code));
}

Result<ImportedCase> CaseImportReader::parseCase(int index, const QJsonObject& c) const
{
    ImportedCase out;
    out.index = index;
    storage::NewCase& n = out.newCase;

    auto text = [&](const QJsonObject& o, const char* key, const QString& where, QString* value) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            value->clear();
            return {};
        }
        if (!v.isString())
            return refusal("import.field", tr("%1 must be a string.").arg(where));
        if (v.toString().size() > m_limits.maxFieldChars)
            return refusal("import.field", tr("%1 has %2 characters; at most %3 are allowed.")
                                               .arg(where)
                                               .arg(v.toString().size())
                                               .arg(m_limits.maxFieldChars));
        *value = v.toString();
        return {};
    };
#define YC_IMPORT_TEXT(object, key, where, target)                                                                     \
    if (Status s = text(object, key, where, target); !s)                                                               \
        return s.error();

    QString sourceId;
    YC_IMPORT_TEXT(c, "sourceId", QStringLiteral("sourceId"), &sourceId)
    out.sourceId = sourceId;
    static const QRegularExpression sourceIdForm(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"));
    if (!sourceId.isEmpty() && !sourceIdForm.match(sourceId).hasMatch())
        return refusal("import.id", tr("sourceId must be 1 to 128 Latin letters, digits and . _ : / - "
                                       "(starting with a letter or digit)."));
    YC_IMPORT_TEXT(c, "caseId", QStringLiteral("caseId"), &n.id)
    static const QRegularExpression uuidForm(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!n.id.isEmpty()) {
        n.id = n.id.toLower();
        if (!uuidForm.match(n.id).hasMatch() || QUuid::fromString(n.id).isNull())
            return refusal("import.id", tr("caseId must be a UUID written as 8-4-4-4-12 hexadecimal digits."));
    } else if (!sourceId.isEmpty()) {
        n.id = QUuid::createUuidV5(ImportNamespace, sourceId).toString(QUuid::WithoutBraces);
    } else {
        return refusal("import.id", tr("each case needs a caseId (UUID) or a sourceId"));
    }

    YC_IMPORT_TEXT(c, "staffId", QStringLiteral("staffId"), &n.staffId)
    if (n.staffId.isEmpty())
        return refusal("import.staff", tr("staffId is missing."));
    YC_IMPORT_TEXT(c, "itemCode", QStringLiteral("itemCode"), &n.itemCode)
    if (n.itemCode.isEmpty())
        return refusal("import.item", tr("itemCode is missing."));
    const QJsonValue version = c.value(QLatin1String("itemVersion"));
    n.itemVersion = version.isUndefined() ? 1 : version.toInt(0);
    if (n.itemVersion < 1)
        return refusal("import.item", tr("itemVersion must be a whole number of 1 or more."));
    YC_IMPORT_TEXT(c, "caseNumber", QStringLiteral("caseNumber"), &n.caseNumber)

    QString decision;
    YC_IMPORT_TEXT(c, "decision", QStringLiteral("decision"), &decision)
    const auto parsedDecision = decisionFromString(decision);
    if (!parsedDecision)
        return refusal("import.decision",
                       tr("decision must be accepted, accepted-with-missing, correction-notified or refused"));
    n.decision = parsedDecision.value();

    QString when;
    YC_IMPORT_TEXT(c, "receivedAt", QStringLiteral("receivedAt"), &when)
    n.receivedAt = QDateTime::fromString(when, Qt::ISODateWithMs);
    if (!n.receivedAt.isValid())
        return refusal("import.time", tr("receivedAt must be an ISO 8601 time"));
    if (n.receivedAt > m_clock.now().addDays(1))
        return refusal("import.time", tr("receivedAt lies in the future."));
    QString promised;
    YC_IMPORT_TEXT(c, "promisedDate", QStringLiteral("promisedDate"), &promised)
    if (!promised.isEmpty()) {
        n.promisedDate = QDate::fromString(promised, Qt::ISODate);
        if (!n.promisedDate.isValid())
            return refusal("import.time", tr("promisedDate must be a date written YYYY-MM-DD."));
    }

    const QJsonValue applicantValue = c.value(QLatin1String("applicant"));
    if (!applicantValue.isObject())
        return refusal("import.applicant", tr("the applicant needs idType, idNumber and name"));
    const QJsonObject a = applicantValue.toObject();
    Applicant& applicant = n.applicant;
    QString idNumber;
    YC_IMPORT_TEXT(a, "idType", QStringLiteral("applicant.idType"), &applicant.idType)
    YC_IMPORT_TEXT(a, "idNumber", QStringLiteral("applicant.idNumber"), &idNumber)
    YC_IMPORT_TEXT(a, "name", QStringLiteral("applicant.name"), &applicant.name)
    YC_IMPORT_TEXT(a, "phone", QStringLiteral("applicant.phone"), &applicant.phone)
    YC_IMPORT_TEXT(a, "address", QStringLiteral("applicant.address"), &applicant.address)
    YC_IMPORT_TEXT(a, "gender", QStringLiteral("applicant.gender"), &applicant.gender)
    applicant.idNumber = storage::ApplicantRepository::normalizeIdNumber(idNumber);
    if (applicant.idType.isEmpty() || applicant.idNumber.isEmpty() || applicant.name.trimmed().isEmpty())
        return refusal("import.applicant", tr("the applicant needs idType, idNumber and name"));
    if (!IdTypes.contains(applicant.idType))
        return refusal("import.id-type",
                       tr("applicant.idType must be one of %1.").arg(IdTypes.join(QStringLiteral(", "))));
    if (Status s = checkIdNumber(applicant.idType, applicant.idNumber); !s)
        return s.error();
    if (!applicant.gender.isEmpty() &&
        !QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9")}.contains(
            applicant.gender))
        return refusal("import.applicant", tr("applicant.gender must be a GB/T 2261.1 code: 0, 1, 2 or 9."));

    const QJsonValue materialsValue = c.value(QLatin1String("materials"));
    if (!materialsValue.isUndefined() && !materialsValue.isArray())
        return refusal("import.material", tr("materials must be a list."));
    const QJsonArray materials = materialsValue.toArray();
    if (materials.size() > m_limits.maxMaterialsPerCase)
        return refusal("import.material", tr("The case has %1 materials; at most %2 are allowed.")
                                              .arg(materials.size())
                                              .arg(m_limits.maxMaterialsPerCase));
    for (qsizetype i = 0; i < materials.size(); ++i) {
        if (!materials[i].isObject())
            return refusal("import.material", tr("materials[%1] must be an object.").arg(i));
        const QJsonObject m = materials[i].toObject();
        const QString where = QStringLiteral("materials[%1].").arg(i);
        storage::NewCaseMaterial nm;
        QString file;
        YC_IMPORT_TEXT(m, "materialId", where + QStringLiteral("materialId"), &nm.catalogMaterialId)
        YC_IMPORT_TEXT(m, "name", where + QStringLiteral("name"), &nm.name)
        YC_IMPORT_TEXT(m, "status", where + QStringLiteral("status"), &nm.status)
        YC_IMPORT_TEXT(m, "mediaType", where + QStringLiteral("mediaType"), &nm.mimeType)
        YC_IMPORT_TEXT(m, "file", where + QStringLiteral("file"), &file)
        if (nm.name.trimmed().isEmpty())
            return refusal("import.material", tr("every material needs a name"));
        if (nm.status.isEmpty())
            nm.status = QStringLiteral("received");
        if (nm.mimeType.isEmpty())
            nm.mimeType = QStringLiteral("application/octet-stream");
        if (!file.isEmpty())
            nm.originalFileName = file; // the relative path until the file is located
        n.materials.push_back(std::move(nm));
        out.files.push_back(ImportedFile{});
    }
#undef YC_IMPORT_TEXT
    return out;
}

Result<ImportedFile> CaseImportReader::locateFile(const QDir& base, const QString& relative) const
{
    if (relative.isEmpty())
        return ImportedFile{};
    if (QDir::isAbsolutePath(relative) || relative.startsWith(QLatin1Char('~')))
        return refusal("import.file-outside",
                       tr("material file %1: an absolute path is not allowed; name files relative to the import "
                          "file's folder.")
                           .arg(relative));
    if (relative.contains(QLatin1Char('\\')) || relative.contains(QChar(0)))
        return refusal("import.file-outside", tr("material file %1: use / between folder names.").arg(relative));
    for (const QString& part : relative.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return refusal("import.file-outside",
                           tr("material file %1: \"..\" is not allowed; the file must lie inside the import file's "
                              "folder.")
                               .arg(relative));
    }
    const QString root = QFileInfo(base.absolutePath()).canonicalFilePath();
    const QFileInfo info(base.absoluteFilePath(relative));
    if (!info.exists() && !info.isSymLink())
        return refusal("import.file-missing", tr("material file %1 does not exist").arg(relative));
    const QString target = info.canonicalFilePath();
    if (root.isEmpty() || target.isEmpty())
        return refusal("import.file-missing", tr("material file %1 cannot be read").arg(relative));
    if (!target.startsWith(root + QLatin1Char('/')))
        return refusal(
            "import.file-outside",
            tr("material file %1 leads outside the import file's folder (through a symbolic link).").arg(relative));
    struct stat st
    {};
    if (::stat(QFile::encodeName(target).constData(), &st) != 0)
        return refusal("import.file-missing", tr("material file %1 cannot be read").arg(relative));
    if (!S_ISREG(st.st_mode))
        return refusal("import.file-kind",
                       tr("material file %1 is not a regular file (a folder, device, FIFO or socket).").arg(relative));
    if (st.st_size > m_limits.maxMaterialBytes)
        return refusal("import.file-too-large", tr("material file %1 has %2 bytes; a material may have at most %3.")
                                                    .arg(relative)
                                                    .arg(st.st_size)
                                                    .arg(m_limits.maxMaterialBytes));
    return ImportedFile{target, qint64(st.st_size)};
}

Result<QByteArray> CaseImportReader::readFile(const ImportedFile& file) const
{
    if (file.canonicalPath.isEmpty())
        return QByteArray();
    // O_NONBLOCK: a FIFO put in the file's place since it was located must not hang the open.
    Descriptor d;
    d.fd = ::open(QFile::encodeName(file.canonicalPath).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (d.fd < 0)
        return refusal("import.file-missing",
                       tr("material file %1 cannot be opened").arg(QFileInfo(file.canonicalPath).fileName()));
    struct stat st
    {};
    if (::fstat(d.fd, &st) != 0 || !S_ISREG(st.st_mode))
        return refusal("import.file-kind",
                       tr("material file %1 is not a regular file (a folder, device, FIFO or socket).")
                           .arg(QFileInfo(file.canonicalPath).fileName()));
    if (st.st_size > m_limits.maxMaterialBytes)
        return refusal("import.file-too-large", tr("material file %1 has %2 bytes; a material may have at most %3.")
                                                    .arg(QFileInfo(file.canonicalPath).fileName())
                                                    .arg(st.st_size)
                                                    .arg(m_limits.maxMaterialBytes));
    QByteArray bytes;
    bytes.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(d.fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    char extra = 0;
    if (done != bytes.size() || ::read(d.fd, &extra, 1) != 0)
        return refusal("import.file-changed",
                       tr("material file %1 changed while it was read").arg(QFileInfo(file.canonicalPath).fileName()));
    return bytes;
}

CaseImportReader::Checked CaseImportReader::check(const QJsonObject& document, const QDir& base,
                                                  storage::Database& database, const storage::FieldCipher& cipher) const
{
    Checked out;
    const storage::CatalogRepository catalog(database);
    const StaffCredentials staff(database, cipher);
    storage::CaseNumberLeases leases(database);
    QHash<QString, int> seenIds;
    QHash<QString, int> seenNumbers;
    const QJsonArray list = document.value(QLatin1String("cases")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int index = int(i);
        auto refuse = [&](const QString& sourceId, const Error& e) {
            out.refusals.push_back(ImportRefusal{index, sourceId, e.code, e.message});
        };
        if (!list[i].isObject()) {
            refuse({}, refusal("import.case", tr("cases[%1] must be an object.").arg(i)));
            continue;
        }
        auto parsed = parseCase(index, list[i].toObject());
        if (!parsed) {
            refuse(list[i].toObject().value(QLatin1String("sourceId")).toString().left(128), parsed.error());
            continue;
        }
        ImportedCase c = std::move(parsed).value();
        const storage::NewCase& n = c.newCase;
        if (seenIds.contains(n.id)) {
            refuse(
                c.sourceId,
                refusal("import.duplicate",
                        tr("the same case is listed twice (as case %1 and %2).").arg(seenIds.value(n.id)).arg(index)));
            continue;
        }
        seenIds.insert(n.id, index);
        auto known = staff.isKnown(n.staffId);
        if (!known || !known.value()) {
            refuse(c.sourceId,
                   refusal("import.staff",
                           tr("staff %1 has never signed in on this PC; sign them in once (yichuang-ctl staff "
                              "sign-in) so their cases are sent under their name")
                               .arg(n.staffId)));
            continue;
        }
        if (auto item = catalog.item(n.itemCode); !item) {
            refuse(c.sourceId,
                   refusal("import.item", item.error().code == QLatin1String("catalog.unknown-item")
                                              ? tr("item %1 is not in this PC's catalog (update the catalog with "
                                                   "yichuang-ctl sync now or catalog import first)")
                                                    .arg(n.itemCode)
                                              : item.error().message));
            continue;
        }
        if (!n.caseNumber.isEmpty()) {
            auto lease = leases.leaseOf(n.caseNumber);
            if (!lease || lease.value().isEmpty()) {
                refuse(c.sourceId, refusal("import.case-number",
                                           tr("case number %1 is not in a lease of this window; leave caseNumber out "
                                              "and one is taken from the lease")
                                               .arg(n.caseNumber)));
                continue;
            }
            auto holder = leases.holderOf(n.caseNumber);
            if (!holder || (!holder.value().isEmpty() && holder.value() != n.id)) {
                refuse(c.sourceId, refusal("import.case-number",
                                           tr("case number %1 is already used by another case").arg(n.caseNumber)));
                continue;
            }
            if (seenNumbers.contains(n.caseNumber)) {
                refuse(c.sourceId, refusal("import.case-number", tr("case number %1 is given to two cases (%2 and %3).")
                                                                     .arg(n.caseNumber)
                                                                     .arg(seenNumbers.value(n.caseNumber))
                                                                     .arg(index)));
                continue;
            }
            seenNumbers.insert(n.caseNumber, index);
        }
        bool bad = false;
        for (std::size_t m = 0; m < c.newCase.materials.size(); ++m) {
            auto located = locateFile(base, c.newCase.materials[m].originalFileName);
            if (!located) {
                refuse(c.sourceId, located.error());
                bad = true;
                break;
            }
            c.files[m] = located.value();
            c.newCase.materials[m].originalFileName = QFileInfo(c.newCase.materials[m].originalFileName).fileName();
        }
        if (bad)
            continue;
        out.cases.push_back(std::move(c));
    }
    return out;
}

} // namespace yc::sync
