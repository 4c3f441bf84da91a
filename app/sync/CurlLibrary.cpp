#include "sync/CurlLibrary.h"

#include "core/Logging.h"

#include <QFile>

#include <type_traits>

#ifdef Q_OS_WIN
#include <QLibrary>
#else
#include <dlfcn.h>
#endif

namespace yc::sync {

namespace {

// The dynamic loader behind the two functions below: dlopen where there is one (its messages name
// the file and the reason exactly), QLibrary on Windows. A loaded library is never unloaded.
#ifdef Q_OS_WIN
void* openLibrary(const QString& fileName, QString& reason)
{
    auto* library = new QLibrary(fileName);
    if (library->load())
        return library;
    reason = library->errorString();
    delete library;
    return nullptr;
}

void* findFunction(void* handle, const char* name, QString& reason)
{
    auto* library = static_cast<QLibrary*>(handle);
    const QFunctionPointer f = library->resolve(name);
    if (!f)
        reason = library->errorString();
    return reinterpret_cast<void*>(f);
}
#else
void* openLibrary(const QString& fileName, QString& reason)
{
    void* handle = dlopen(QFile::encodeName(fileName).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* text = dlerror();
        reason = text ? QString::fromLocal8Bit(text) : QStringLiteral("?");
    }
    return handle;
}

void* findFunction(void* handle, const char* name, QString& reason)
{
    dlerror(); // clears an earlier message
    void* f = dlsym(handle, name);
    if (!f) {
        const char* text = dlerror();
        reason = text ? QString::fromLocal8Bit(text) : QStringLiteral("?");
    }
    return f;
}
#endif

} // namespace

QString CurlLibrary::defaultFileName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("libcurl.dll");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("libcurl.4.dylib");
#else
    return QStringLiteral("libcurl.so.4");
#endif
}

CurlLibrary::CurlLibrary(const QString& fileName)
    : m_fileName(fileName)
{
    QString reason;
    void* handle = openLibrary(fileName, reason);
    if (!handle) {
        m_error =
            tr("Materials cannot be uploaded: the network library %1 could not be loaded (%2).").arg(fileName, reason);
        return;
    }
    Api api;
    bool complete = true;
    auto resolve = [&](auto& pointer, const char* name) {
        if (!complete)
            return;
        void* f = findFunction(handle, name, reason);
        if (!f) {
            complete = false;
            m_error = tr("Materials cannot be uploaded: the network library %1 lacks the function %2 (%3).")
                          .arg(fileName, QString::fromLatin1(name), reason);
            return;
        }
        pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(f);
    };
    resolve(api.globalInit, "curl_global_init");
    resolve(api.easyInit, "curl_easy_init");
    resolve(api.easyCleanup, "curl_easy_cleanup");
    resolve(api.easyReset, "curl_easy_reset");
    resolve(api.easySetopt, "curl_easy_setopt");
    resolve(api.easyPerform, "curl_easy_perform");
    resolve(api.easyGetinfo, "curl_easy_getinfo");
    resolve(api.easyStrerror, "curl_easy_strerror");
    resolve(api.slistAppend, "curl_slist_append");
    resolve(api.slistFreeAll, "curl_slist_free_all");
    if (complete)
        m_api = api;
}

const CurlLibrary& CurlLibrary::system()
{
    // A function-local static: initialised once, other threads wait for it.
    static const CurlLibrary library = [] {
        CurlLibrary loaded(defaultFileName());
        if (loaded.ok()) {
            const CURLcode rc = loaded.m_api.globalInit(CURL_GLOBAL_DEFAULT);
            if (rc != CURLE_OK)
                loaded.m_error = tr("Materials cannot be uploaded: the network library %1 could not be started (%2).")
                                     .arg(loaded.m_fileName, QString::fromLatin1(loaded.m_api.easyStrerror(rc)));
        }
        if (loaded.ok())
            qCInfo(lcSync) << "loaded" << loaded.m_fileName << "for material uploads";
        else
            qCWarning(lcSync).noquote() << "material uploads unavailable:" << loaded.m_error;
        return loaded;
    }();
    return library;
}

} // namespace yc::sync
