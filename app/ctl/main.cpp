// yichuang-ctl: installation and diagnosis tool for hall IT staff.
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "ctl/CommandRegistry.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    yc::hardenProcess();
    yc::logging::installMaskingHandler();
    // Only the commands that draw get a QGuiApplication: the others run where no display or
    // platform plugin is set up.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (yc::ctl::needsGuiApplication(rawArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    yc::appinfo::setApplicationIdentity();
    // The tool's output is for people and scripts: informational log lines stay quiet unless
    // QT_LOGGING_RULES asks for them. Warnings still reach stderr.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("yc.*.info=false"));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString lang;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    yc::installTranslations(app, lang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    yc::ctl::Io io{out, err};

    yc::ctl::CommandRegistry registry;
    yc::ctl::registerDbCommands(registry);
    yc::ctl::registerCalendarCommands(registry);
    yc::ctl::registerRetentionCommands(registry);
    yc::ctl::registerIdentityCommands(registry);
    yc::ctl::registerCatalogCommands(registry);
    yc::ctl::registerSyncCommands(registry);
    yc::ctl::registerNoticeCommands(registry);
    yc::ctl::registerNoticeStoreCommands(registry);
    yc::ctl::registerScannerCommands(registry);
    yc::ctl::registerMaterialCommands(registry);
    yc::ctl::registerCaseCommands(registry);
    yc::ctl::registerSupervisionCommands(registry);

    // Hidden commands for the build and the shell: the man page's source text, and bash completion.
    if (!args.isEmpty() && args.constFirst() == QLatin1String("__help-all")) {
        out << registry.helpAll();
        return yc::ctl::ExitOk;
    }
    if (!args.isEmpty() && args.constFirst() == QLatin1String("__complete")) {
        const QStringList words = registry.completions(args.mid(1));
        for (const QString& word : words)
            out << word << '\n';
        return yc::ctl::ExitOk;
    }
    // `yichuang-ctl help catalog search` is `yichuang-ctl catalog search --help`.
    if (args.size() > 1 && args.constFirst() == QLatin1String("help")) {
        qsizetype used = 0;
        if (const yc::ctl::Command* command = registry.find(args.mid(1), &used); command && used == args.size() - 1) {
            out << yc::ctl::CommandRegistry::helpOf(*command);
            return yc::ctl::ExitOk;
        }
    }
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h") ||
        args.constFirst() == QLatin1String("help")) {
        (args.isEmpty() ? err : out) << registry.usage();
        return args.isEmpty() ? yc::ctl::ExitUsage : yc::ctl::ExitOk;
    }
    if (args.constFirst() == QLatin1String("--version") || args.constFirst() == QLatin1String("-v")) {
        out << "yichuang-ctl " << yc::appinfo::version() << '\n';
        return yc::ctl::ExitOk;
    }

    qsizetype consumed = 0;
    const yc::ctl::Command* command = registry.find(args, &consumed);
    if (!command) {
        err << QCoreApplication::translate("yc::ctl::CommandRegistry", "Unknown command: %1")
                   .arg(args.join(QLatin1Char(' ')))
            << "\n\n"
            << registry.usage();
        return yc::ctl::ExitUsage;
    }
    const QStringList commandArgs =
        QStringList{QStringLiteral("yichuang-ctl ") + command->words.join(QLatin1Char(' '))} + args.mid(consumed);
    const int code = command->run(commandArgs, io);
    out.flush();
    err.flush();
    return code;
}
