#include "ctl/CommandRegistry.h"

#include <QJsonDocument>

#include <algorithm>

namespace yc::ctl {

void CommandRegistry::add(Command command)
{
    m_commands.push_back(std::move(command));
}

const Command* CommandRegistry::find(const QStringList& args, qsizetype* consumed) const
{
    const Command* best = nullptr;
    for (const Command& c : m_commands) {
        if (c.words.size() > args.size())
            continue;
        if (!std::equal(c.words.begin(), c.words.end(), args.begin()))
            continue;
        if (!best || c.words.size() > best->words.size())
            best = &c;
    }
    if (best && consumed)
        *consumed = best->words.size();
    return best;
}

QString CommandRegistry::usage() const
{
    QString text = tr("Usage: yichuang-ctl COMMAND [OPTIONS]\n\nCommands:\n");
    qsizetype width = 0;
    for (const Command& c : m_commands)
        width = std::max(width, c.synopsis.size());
    for (const Command& c : m_commands)
        text += QStringLiteral("  ") + c.synopsis.leftJustified(width + 2) + c.summary + QLatin1Char('\n');
    text += tr("\nGlobal options:\n  --help       Show this help (or a command's help: yichuang-ctl COMMAND --help)\n"
               "  --version    Show the version\n  --lang L     Language of messages, e.g. zh_CN or en\n"
               "\nExit codes: 0 success, 1 a check found a problem, 2 wrong usage, 3 the command could not run.\n");
    return text;
}

QString dataDirOptionName()
{
    return QStringLiteral("data-dir");
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& args, Io& io, int positionals, DataDir dataDir)
{
    return parseCommandLine(parser, args, io, positionals, positionals, dataDir);
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& args, Io& io, int minPositionals,
                     int maxPositionals, DataDir dataDir)
{
    parser.addHelpOption();
    if (dataDir == DataDir::Yes)
        parser.addOption(QCommandLineOption(dataDirOptionName(), CommandRegistry::tr("Data directory of the store."),
                                            CommandRegistry::tr("dir")));
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (minPositionals == maxPositionals && given != minPositionals) {
        io.err << CommandRegistry::tr("Expected %n argument(s); see --help.", nullptr, minPositionals) << '\n';
        return ExitUsage;
    }
    if (given < minPositionals || given > maxPositionals) {
        io.err << CommandRegistry::tr("Expected at least %n argument(s); see --help.", nullptr, minPositionals) << '\n';
        return ExitUsage;
    }
    return -1;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace yc::ctl
