#pragma once

#include <QCoreApplication>
#include <QString>

#include <curl/curl.h>

namespace yc::sync {

// libcurl, loaded when material uploads first need it instead of linked into the programs: the
// library and the ~25 it pulls in (Kerberos, LDAP, GnuTLS, SSH, RTMP ...) cost every start of
// `yichuang` several milliseconds of CPU, while uploads only begin once the sync engine runs.
//
// The curl headers still give the types and constants; the functions are called through the
// pointers below (named differently from the curl functions, which curl.h may turn into
// type-checking macros). A library that does not load, or lacks one of the functions, leaves
// ok() false and error() naming the file and the loader's reason; nothing is called then.
class CurlLibrary
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::CurlLibrary)

public:
    struct Api
    {
        CURLcode (*globalInit)(long flags) = nullptr;
        CURL* (*easyInit)() = nullptr;
        void (*easyCleanup)(CURL* curl) = nullptr;
        void (*easyReset)(CURL* curl) = nullptr;
        CURLcode (*easySetopt)(CURL* curl, CURLoption option, ...) = nullptr;
        CURLcode (*easyPerform)(CURL* curl) = nullptr;
        CURLcode (*easyGetinfo)(CURL* curl, CURLINFO info, ...) = nullptr;
        const char* (*easyStrerror)(CURLcode code) = nullptr;
        curl_slist* (*slistAppend)(curl_slist* list, const char* text) = nullptr;
        void (*slistFreeAll)(curl_slist* list) = nullptr;
    };

    // The file the programs load: libcurl.so.4 on Linux (Debian package libcurl4).
    static QString defaultFileName();

    // The process-wide library: loaded, resolved and curl_global_init'ed on the first call (from any
    // thread, once); later calls return the same object, also when loading failed.
    static const CurlLibrary& system();

    // Loads `fileName` (a name the dynamic loader searches for, or a path) and resolves the functions.
    // Does not call curl_global_init. The library stays loaded for the life of the process.
    explicit CurlLibrary(const QString& fileName);

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    // Translated, for IT staff: which file could not be loaded and why (empty when ok()).
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const QString& fileName() const { return m_fileName; }
    // Only when ok().
    [[nodiscard]] const Api& api() const { return m_api; }

private:
    QString m_fileName;
    QString m_error;
    Api m_api;
};

} // namespace yc::sync
