// The intake screen in a process of its own, for TestIntakeCrash: opens the store in the data
// directory given, types an applicant on the page and goes on (the page saves the draft), chooses
// the item, prints the draft id on standard output and then waits to be killed.
#include <QTimeZone>

#include "IntakeFixtures.h"
#include "core/Clock.h"
#include "ui/intake/IntakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: intake-draft-child DATADIR IDNUMBER\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    yc::SystemClock clock;
    auto store = yc::test::openIntakeStore(dir, clock.now(), false);
    if (!store)
        return 3;
    yc::AppContext context{.store = store.get(), .clock = &clock, .dataDir = dir};
    yc::ui::IntakePage page(context);
    page.setStaffId(QStringLiteral("c1001"));
    page.show();
    page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->setText(QStringLiteral("测试甲"));
    page.findChild<QLineEdit*>(QStringLiteral("applicantIdNumber"))->setText(QString::fromLatin1(argv[2]));
    page.findChild<QLineEdit*>(QStringLiteral("applicantPhone"))->setText(QStringLiteral("13800000000"));
    page.advance();
    if (page.currentStep() != yc::ui::IntakePage::ItemStep || page.draftId().isEmpty()) {
        std::fprintf(stderr, "the applicant was not taken: %s\n", qPrintable(page.message()));
        return 4;
    }
    std::printf("%s\n", qPrintable(page.draftId()));
    std::fflush(stdout);
    return app.exec(); // until SIGKILL
}
