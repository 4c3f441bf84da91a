// libcurl loaded at run time (sync/CurlLibrary): a library that is missing or is not libcurl gives
// a clear error and an upload that fails with it (no crash); the real one loads and transfers.
#include "TestMain.h"
#include "sync/CurlLibrary.h"
#include "sync/CurlUploader.h"

#include <QTcpServer>

using yc::sync::CurlLibrary;
using yc::sync::CurlUploader;

namespace {
const QString missingName = QStringLiteral("libyc-no-such-curl.so.4");

// A loopback address nobody listens on (a port that was free a moment ago).
QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/materials/x?offset=0&size=3").arg(port));
}
} // namespace

class TestCurlLibrary : public QObject
{
    Q_OBJECT

private slots:
    void missingLibraryIsNamedWithTheLoadersReason()
    {
        const CurlLibrary library(missingName);
        QVERIFY(!library.ok());
        QCOMPARE(library.fileName(), missingName);
        // Our sentence names the file, and so does the loader's own reason after it.
        QVERIFY2(library.error().count(missingName) >= 2, qPrintable(library.error()));
        QVERIFY2(library.error().contains(QLatin1String("could not be loaded")), qPrintable(library.error()));
    }

    void uploadWithoutTheLibraryFailsClearly()
    {
        const CurlLibrary missing(missingName);
        CurlUploader uploader({}, 5000);
        uploader.setLibrary(&missing);
        for (int attempt = 0; attempt < 2; ++attempt) { // and again: nothing was half made by the first
            auto r = uploader.exchange("PUT", QUrl(QStringLiteral("https://127.0.0.1:9/api/v1/materials/x")),
                                       QStringLiteral("token"), QByteArray("abc"), "application/octet-stream");
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("net.curl-unavailable"));
            QCOMPARE(r.error().kind, yc::sync::FailureKind::Retryable); // the case stays queued
            QCOMPARE(r.error().message, missing.error());
        }
    }

#ifdef Q_OS_LINUX
    void aLibraryThatIsNotCurlNamesTheMissingFunction()
    {
        const CurlLibrary notCurl(QStringLiteral("libz.so.1")); // loads (Qt needs it), has no curl_* functions
        QVERIFY(!notCurl.ok());
        QVERIFY2(notCurl.error().contains(QLatin1String("libz.so.1")), qPrintable(notCurl.error()));
        QVERIFY2(notCurl.error().contains(QLatin1String("curl_global_init")), qPrintable(notCurl.error()));
    }
#endif

    void systemLibraryLoadsAndTransfers()
    {
#ifdef Q_OS_LINUX
        QCOMPARE(CurlLibrary::defaultFileName(), QStringLiteral("libcurl.so.4")); // what the package depends on
#endif
        const CurlLibrary& library = CurlLibrary::system();
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QCOMPARE(&CurlLibrary::system(), &library); // loaded once
        QVERIFY(library.api().easySetopt && library.api().slistFreeAll);

        // Through the loaded functions: a refused connection is libcurl's CURLE_COULDNT_CONNECT.
        const QUrl url = closedPortUrl();
        QVERIFY(url.isValid());
        CurlUploader uploader({}, 5000);
        auto r = uploader.exchange("PUT", url, QStringLiteral("token"), QByteArray("abc"), "application/octet-stream");
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("net.curl-%1").arg(int(CURLE_COULDNT_CONNECT)));
    }
};

YC_TEST_MAIN(TestCurlLibrary)
#include "TestCurlLibrary.moc"
