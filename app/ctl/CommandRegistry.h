#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace yc::ctl {

// Exit codes every command keeps to (hall IT scripts depend on them).
enum ExitCode
{
    ExitOk = 0,
    ExitNegative = 1, // the check ran and found a problem (invalid number, damaged store, ...)
    ExitUsage = 2,    // the command line is wrong
    ExitFailure = 3,  // the command could not run (cannot open, cannot read, no device, ...)
};

struct Io
{
    QTextStream& out;
    QTextStream& err;
};

struct Command
{
    QStringList words; // e.g. {"db", "check"}
    QString synopsis;  // e.g. "db check [--data-dir DIR]"
    QString summary;   // one line, translated
    // args[0] is "yichuang-ctl <words...>", so QCommandLineParser::process works as usual.
    std::function<int(const QStringList& args, Io& io)> run;
};

class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::CommandRegistry)

public:
    void add(Command command);
    // Finds the command whose words start the argument list (longest match first).
    [[nodiscard]] const Command* find(const QStringList& args, qsizetype* consumed) const;
    [[nodiscard]] QString usage() const;
    [[nodiscard]] const std::vector<Command>& commands() const { return m_commands; }
    // A command's --help text, exactly as `yichuang-ctl <words> --help` prints it.
    [[nodiscard]] static QString helpOf(const Command& command);
    // The global usage, then every command's help, each after a line "@@COMMAND <words>": what the
    // man page is made from at build time (hidden command `yichuang-ctl __help-all`).
    [[nodiscard]] QString helpAll() const;
    // Shell completion (hidden command `yichuang-ctl __complete WORD... CURRENT`): the words that may
    // follow `words` (command words; once a dash is typed, the command's options) that start with
    // the last, partly typed word.
    [[nodiscard]] QStringList completions(const QStringList& words) const;

private:
    std::vector<Command> m_commands;
};

// Each command group registers itself here; main() calls them all.
void registerDbCommands(CommandRegistry& registry);
void registerCalendarCommands(CommandRegistry& registry);
void registerRetentionCommands(CommandRegistry& registry);
void registerIdentityCommands(CommandRegistry& registry);
void registerCatalogCommands(CommandRegistry& registry);
void registerSyncCommands(CommandRegistry& registry);
void registerNoticeCommands(CommandRegistry& registry);
void registerNoticeStoreCommands(CommandRegistry& registry); // notice list, notice export

// Whether the command in `args` draws (notices need fonts, so a QGuiApplication, which main()
// then creates on the offscreen platform unless QT_QPA_PLATFORM says otherwise).
[[nodiscard]] bool needsGuiApplication(const QStringList& args);
void registerScannerCommands(CommandRegistry& registry);
void registerMaterialCommands(CommandRegistry& registry);
void registerCaseCommands(CommandRegistry& registry);
void registerSupervisionCommands(CommandRegistry& registry); // supervision export (draws a PDF)

// A command's help text with its usage line naming the command ("Usage: yichuang-ctl catalog
// search [options] QUERY") rather than the program's path.
[[nodiscard]] QString commandHelpText(const QCommandLineParser& parser, const QString& commandName);

// Shared option: --data-dir DIR (default $YICHUANG_DATA_DIR, else the user's data folder).
[[nodiscard]] QString dataDirOptionName();

// The parsing every command shares: adds --help (and --data-dir when the command works on a
// store), parses, answers --help, and checks the number of positional arguments.
// Returns -1 when the command should go on, else the exit code to return.
enum class DataDir
{
    No,
    Yes,
};
[[nodiscard]] int parseCommandLine(QCommandLineParser& parser, const QStringList& args, Io& io, int positionals,
                                   DataDir dataDir);
// The same for commands that take a range of positional arguments (e.g. IN... OUT).
[[nodiscard]] int parseCommandLine(QCommandLineParser& parser, const QStringList& args, Io& io, int minPositionals,
                                   int maxPositionals, DataDir dataDir);

// One JSON object on one line, as every command prints it.
[[nodiscard]] QString compactJson(const QJsonObject& object);

} // namespace yc::ctl
