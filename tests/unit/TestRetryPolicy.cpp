#include "TestMain.h"
#include "sync/CurlUploader.h"
#include "sync/ResponseParsers.h"
#include "sync/RetryPolicy.h"

#include <QTimeZone>

using namespace std::chrono_literals;

namespace {
// A wait in seconds, -1 for none (readable in a failed comparison).
int secs(std::optional<std::chrono::seconds> wait)
{
    return wait ? int(wait->count()) : -1;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void geometric()
    {
        yc::sync::RetryPolicy p{10s, 2.0, 3600s};
        QCOMPARE(p.delayAfter(1).count(), 10);
        QCOMPARE(p.delayAfter(2).count(), 20);
        QCOMPARE(p.delayAfter(3).count(), 40);
        QCOMPARE(p.delayAfter(20).count(), 3600);
        QCOMPARE(p.delayAfter(1000).count(), 3600);
    }
    void retryAfterWinsWhenLonger()
    {
        yc::sync::RetryPolicy p{10s, 2.0, 3600s};
        QCOMPARE(p.delayAfter(1, 120s).count(), 120);
        QCOMPARE(p.delayAfter(3, 5s).count(), 40);
        QCOMPARE(p.delayAfter(1, std::chrono::seconds(999999)).count(), 86400);
    }
    void nextAttempt()
    {
        yc::sync::RetryPolicy p;
        const QDateTime t(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
        QCOMPARE(p.nextAttempt(t, 2), t.addSecs(20));
    }

    // Retry-After (RFC 9110 §10.2.3) as the connector reads it (QNetworkAccessManager path):
    // delay-seconds or an HTTP-date, the date against the engine's clock.
    void retryAfterSeconds()
    {
        using yc::sync::ResponseParsers;
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 0), QTimeZone::utc());
        QCOMPARE(secs(ResponseParsers::retryAfter("120", now)), 120);
        QCOMPARE(secs(ResponseParsers::retryAfter(" 7 ", now)), 7);
        QCOMPARE(secs(ResponseParsers::retryAfter("999999999999", now)), 86400); // capped at 24 h
        QCOMPARE(secs(ResponseParsers::retryAfter("0", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("-5", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("+5", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("5s", now)), -1);
    }
    void retryAfterDate()
    {
        using yc::sync::ResponseParsers;
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 0), QTimeZone::utc());
        // The three forms a recipient must read, 28 minutes ahead.
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now)), 1680);
        QCOMPARE(secs(ResponseParsers::retryAfter("Wednesday, 21-Oct-26 07:28:00 GMT", now)), 1680);
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed Oct 21 07:28:00 2026", now)), 1680);
        // Against the clock, not the system's time: the same date read an hour later asks for nothing.
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now.addSecs(3600))), -1);
        // A date in the past or now: retry at once (the normal backoff applies), no hold.
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 21 Oct 2026 07:00:00 GMT", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("Fri, 31 Dec 1999 23:59:59 GMT", now)), -1);
        // Far ahead: capped at 24 h like delay-seconds.
        QCOMPARE(secs(ResponseParsers::retryAfter("Thu, 21 Oct 2027 07:00:00 GMT", now)), 86400);
        // Not an HTTP-date: ignored.
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 21 Oct 2026 07:28:00 CET", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 32 Oct 2026 07:28:00 GMT", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 21 Okt 2026 07:28:00 GMT", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("Wed, 21 Oct 2026 25:28:00 GMT", now)), -1);
        QCOMPARE(secs(ResponseParsers::retryAfter("2026-10-21T07:28:00Z", now)), -1);
        // RFC 850's two-digit year is never more than 50 years ahead.
        QCOMPARE(ResponseParsers::httpDate("Sunday, 06-Nov-94 08:49:37 GMT", now),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
        QCOMPARE(ResponseParsers::httpDate("Monday, 06-Nov-73 08:49:37 GMT", now).date().year(), 2073);
    }
    // The same through the libcurl header path (material uploads), and into the failure.
    void retryAfterHeaderLine()
    {
        using yc::sync::CurlUploader;
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 0), QTimeZone::utc());
        yc::sync::HttpResponse r;
        CurlUploader::applyHeaderLine(r, "Retry-After: Wed, 21 Oct 2026 07:28:00 GMT\r\n", now);
        QCOMPARE(secs(r.retryAfter), 1680);
        QCOMPARE(secs(yc::sync::ResponseParsers::httpFailure(503, r.retryAfter, {}).retryAfter), 1680);
        CurlUploader::applyHeaderLine(r, "retry-after:   90\r\n", now);
        QCOMPARE(secs(r.retryAfter), 90);
        CurlUploader::applyHeaderLine(r, "Retry-After: Tue, 20 Oct 2026 07:28:00 GMT\r\n", now);
        QCOMPARE(secs(r.retryAfter), -1);
        CurlUploader::applyHeaderLine(r, "Retry-After: 30\r\n", now);
        CurlUploader::applyHeaderLine(r, "HTTP/1.1 200 OK\r\n", now); // a new answer forgets the last one's
        QCOMPARE(secs(r.retryAfter), -1);
        // The body's retryAfterSeconds and the header: the longer wait wins.
        const auto f = yc::sync::ResponseParsers::httpFailure(
            503, std::optional(1680s), R"({"error":{"code":"unavailable","retryable":true,"retryAfterSeconds":60}})");
        QCOMPARE(secs(f.retryAfter), 1680);
    }
};

YC_TEST_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
