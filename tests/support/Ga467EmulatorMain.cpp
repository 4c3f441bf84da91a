// ga467-emulator: a GA/T 467 ID card reader on a pseudo-terminal, for trying yichuang-ctl and the
// clerk's GUI without hardware. Prints the port name, then serves until interrupted.
//   ga467-emulator [--card FILE.json] [--no-card] [--fault NAME] [--times N] [--link PATH]
#include "Ga467Emulator.h"

#include "api/idcard/CardText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GA/T 467 ID card reader emulator on a pseudo-terminal"));
    parser.addHelpOption();
    const QCommandLineOption card(QStringLiteral("card"), QStringLiteral("Card JSON file (default: a synthetic card)."),
                                  QStringLiteral("file"));
    const QCommandLineOption cardType(QStringLiteral("card-type"),
                                      QStringLiteral("resident, resident-long-term, permit or foreign: a card whose "
                                                     "replies are replayed from tests/support/data/ga467."),
                                      QStringLiteral("type"), QStringLiteral("resident"));
    const QCommandLineOption noCard(QStringLiteral("no-card"), QStringLiteral("Start with no card on the reader."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Silent, CorruptChecksum, WrongLength, RemoveDuringRead, "
                                                  "SplitReply, GarbageBefore."),
                                   QStringLiteral("name"));
    const QCommandLineOption times(QStringLiteral("times"), QStringLiteral("How often the fault hits (-1 always)."),
                                   QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Also make a symlink PATH to the port."),
                                  QStringLiteral("path"));
    parser.addOptions({card, cardType, noCard, fault, times, link});
    parser.process(app);

    yc::test::Ga467Emulator emulator;
    QString error;
    if (!emulator.start(&error)) {
        QTextStream(stderr) << "cannot open a pseudo-terminal: " << error << '\n';
        return 3;
    }
    if (!parser.isSet(noCard)) {
        if (parser.isSet(card)) {
            QFile file(parser.value(card));
            if (!file.open(QIODevice::ReadOnly)) {
                QTextStream(stderr) << "cannot read " << file.fileName() << '\n';
                return 3;
            }
            const auto fields =
                yc::plugins::idcard::CardText::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
            if (!fields) {
                QTextStream(stderr) << error << '\n';
                return 3;
            }
            yc::plugins::idcard::RawCard raw;
            raw.text = yc::plugins::idcard::CardText::encode(*fields);
            raw.photo = QByteArray(1024, '\0');
            emulator.placeCard(raw);
        } else {
            emulator.placeCard(yc::test::Ga467Emulator::syntheticCard(parser.value(cardType)));
        }
    }
    if (parser.isSet(fault)) {
        const QMetaEnum e = QMetaEnum::fromType<yc::test::Ga467Emulator::Fault>();
        bool ok = false;
        const int value = e.keyToValue(parser.value(fault).toLatin1().constData(), &ok);
        if (!ok) {
            QTextStream(stderr) << "unknown fault " << parser.value(fault) << '\n';
            return 2;
        }
        emulator.setFault(static_cast<yc::test::Ga467Emulator::Fault>(value), parser.value(times).toInt());
    }
    if (parser.isSet(link)) {
        QFile::remove(parser.value(link));
        QFile::link(emulator.portName(), parser.value(link));
    }
    QTextStream(stdout) << emulator.portName() << Qt::endl;

    if (::pipe(signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    }
    const int rc = app.exec();
    if (parser.isSet(link))
        QFile::remove(parser.value(link));
    return rc;
}
