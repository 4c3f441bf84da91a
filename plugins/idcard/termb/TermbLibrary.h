#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLibrary;

namespace yc::plugins::idcard {

// The vendor reader library with the common "termb" C API, resolved lazily with QLibrary:
//   int InitComm(int port);            1 = connected (1..16 serial, 1001..1016 USB)
//   int Authenticate(void);            1 = a card was found and selected
//   int Read_Content(int active);      1 = read; writes wz.txt (256-byte text) and a WLT photo
//                                      (xp.wlt / zp.wlt) into the working directory
//   int Read_Content_Path(const char* dir, int active);   optional: the same into `dir`
//   int CloseComm(void);
// The library is named by options["library"], else $YICHUANG_TERMB_LIBRARY, else "termb"
// (libtermb.so / termb.dll). A missing library or function disables the back-end with the reason.
class TermbLibrary
{
    Q_DECLARE_TR_FUNCTIONS(yc::plugins::idcard::TermbLibrary)

public:
    using InitCommFn = int (*)(int);
    using VoidFn = int (*)();
    using ReadContentFn = int (*)(int);
    using ReadContentPathFn = int (*)(const char*, int);

    // The library of this name, loaded once per process (nullptr never; check reason()).
    static const TermbLibrary& get(const QString& name);
    ~TermbLibrary();
    TermbLibrary(const TermbLibrary&) = delete;
    TermbLibrary& operator=(const TermbLibrary&) = delete;
    [[nodiscard]] static QString defaultName();

    [[nodiscard]] bool usable() const { return m_reason.isEmpty(); }
    [[nodiscard]] QString reason() const { return m_reason; }

    InitCommFn initComm = nullptr;
    VoidFn authenticate = nullptr;
    ReadContentFn readContent = nullptr;
    ReadContentPathFn readContentPath = nullptr;
    VoidFn closeComm = nullptr;

private:
    explicit TermbLibrary(const QString& name);
    QString m_reason;
    std::unique_ptr<QLibrary> m_library; // destroying a QLibrary does not unload it
};

} // namespace yc::plugins::idcard
