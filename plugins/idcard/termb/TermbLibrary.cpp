#include "TermbLibrary.h"

#include <QHash>
#include <QLibrary>
#include <QMutex>

#include <memory>

namespace yc::plugins::idcard {

QString TermbLibrary::defaultName()
{
    const QString env = qEnvironmentVariable("YICHUANG_TERMB_LIBRARY");
    return env.isEmpty() ? QStringLiteral("termb") : env;
}

TermbLibrary::~TermbLibrary() = default;

const TermbLibrary& TermbLibrary::get(const QString& name)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<TermbLibrary>> libraries;
    QMutexLocker lock(&mutex);
    auto& entry = libraries[name];
    if (!entry)
        entry.reset(new TermbLibrary(name));
    return *entry;
}

TermbLibrary::TermbLibrary(const QString& name)
    : m_library(std::make_unique<QLibrary>(name)) // stays loaded for the life of the process
{
    if (!m_library->load()) {
        m_reason = tr("The vendor reader library %1 is not installed (%2).").arg(name, m_library->errorString());
        return;
    }
    initComm = reinterpret_cast<InitCommFn>(m_library->resolve("InitComm"));
    authenticate = reinterpret_cast<VoidFn>(m_library->resolve("Authenticate"));
    readContent = reinterpret_cast<ReadContentFn>(m_library->resolve("Read_Content"));
    readContentPath = reinterpret_cast<ReadContentPathFn>(m_library->resolve("Read_Content_Path"));
    closeComm = reinterpret_cast<VoidFn>(m_library->resolve("CloseComm"));
    QStringList missing;
    if (!initComm)
        missing << QStringLiteral("InitComm");
    if (!authenticate)
        missing << QStringLiteral("Authenticate");
    if (!readContent && !readContentPath)
        missing << QStringLiteral("Read_Content");
    if (!closeComm)
        missing << QStringLiteral("CloseComm");
    if (!missing.isEmpty())
        m_reason =
            tr("The vendor reader library %1 lacks the functions %2.").arg(name, missing.join(QStringLiteral(", ")));
}

} // namespace yc::plugins::idcard
