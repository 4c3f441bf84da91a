#include "TestMain.h"
#include "sync/RetryPolicy.h"

using namespace std::chrono_literals;

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
};

YC_TEST_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
