#include "ctl/CommandRegistry.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

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

QString CommandRegistry::helpOf(const Command& command)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Io io{outStream, errStream};
    const QString name = QStringLiteral("yichuang-ctl ") + command.words.join(QLatin1Char(' '));
    (void)command.run(QStringList{name, QStringLiteral("--help")}, io);
    outStream.flush();
    return out;
}

QString CommandRegistry::helpAll() const
{
    QString text = usage();
    for (const Command& c : m_commands) {
        text += QStringLiteral("@@COMMAND ") + c.words.join(QLatin1Char(' ')) + QLatin1Char('\n');
        text += QStringLiteral("@@SUMMARY ") + c.summary + QLatin1Char('\n');
        QString help = helpOf(c);
        if (!help.endsWith(QLatin1Char('\n')))
            help += QLatin1Char('\n');
        text += help;
    }
    return text;
}

QStringList CommandRegistry::completions(const QStringList& words) const
{
    const QStringList typed = words.mid(0, words.size() - 1);
    const QString current = words.isEmpty() ? QString() : words.constLast();
    QStringList candidates;
    // Options of the command the typed words name (the longest match).
    qsizetype consumed = 0;
    const Command* command = find(typed, &consumed);
    // (Only once a dash is typed: an empty word after a command's name is its argument, left to
    // the shell's file completion.)
    if (command && current.startsWith(QLatin1Char('-'))) {
        static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[\\w-]+)"));
        const QStringList lines = helpOf(*command).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const auto m = option.match(line);
            if (m.hasMatch() && m.captured(1) != QLatin1String("--help-all"))
                candidates << m.captured(1);
        }
    }
    // Words that go on a command's name.
    if (!command || consumed == typed.size()) {
        QSet<QString> seen;
        for (const Command& c : m_commands) {
            if (c.words.size() <= typed.size() ||
                !std::equal(typed.begin(), typed.end(), c.words.begin(), c.words.begin() + typed.size()))
                continue;
            const QString next = c.words.at(typed.size());
            if (!seen.contains(next)) {
                seen.insert(next);
                candidates << next;
            }
        }
    }
    if (typed.isEmpty())
        candidates << QStringLiteral("--help") << QStringLiteral("--version") << QStringLiteral("--lang");
    QStringList result;
    for (const QString& c : std::as_const(candidates)) {
        if (c.startsWith(current) && !result.contains(c))
            result << c;
    }
    return result;
}

QString dataDirOptionName()
{
    return QStringLiteral("data-dir");
}

QString commandHelpText(const QCommandLineParser& parser, const QString& commandName)
{
    // QCommandLineParser names the program by argv[0] (often a full path): the usage line names
    // the command instead, "Usage: yichuang-ctl catalog search [options] QUERY".
    const QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.left(end).indexOf(program);
    if (at < 0)
        return text;
    return text.left(at) + commandName + text.mid(at + program.size());
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
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        io.out << commandHelpText(parser, args.constFirst());
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
