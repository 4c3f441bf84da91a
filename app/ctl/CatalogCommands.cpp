// yichuang-ctl catalog ...: import the service item catalog, search it, show a guide.
#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "core/catalog/CatalogDocument.h"
#include "core/catalog/CatalogIndex.h"
#include "core/catalog/GuideFormatter.h"
#include "core/catalog/Pinyin.h"
#include "core/catalog/Synonyms.h"
#include "ctl/CommandRegistry.h"
#include "storage/Database.h"
#include "storage/catalog/CatalogRepository.h"

#include <QCommandLineParser>
#include <QFile>

namespace yc::ctl {

namespace {

class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::CatalogCommand)

public:
    static std::unique_ptr<storage::Database> openStore(const QCommandLineParser& parser, Io& io)
    {
        const QString dir = DataLocation::resolve(parser.value(dataDirOptionName()));
        auto db = storage::Database::open(DataLocation::databasePath(dir));
        if (!db) {
            io.err << tr("error: %1").arg(db.error().message) << '\n';
            return nullptr;
        }
        return std::move(db.value());
    }

    static int import(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Imports a catalog document (full or delta, the format of resources/catalog/README.md) into the local "
               "store, all or nothing: a document with any error changes nothing. A delta applies only to the "
               "catalog version it names as its base. A document over the size limits of that README is refused, "
               "and so is one that would leave the catalog without items, unless --allow-empty is given."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("Catalog document (JSON)."));
        const QCommandLineOption allowEmpty(
            QStringLiteral("allow-empty"),
            tr("Accept a full catalog without items (or a delta that removes every item): empties the catalog."));
        parser.addOption(allowEmpty);
        if (const int code = parseCommandLine(parser, args, io, 1, DataDir::Yes); code >= 0)
            return code;
        const QString path = parser.positionalArguments().constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << tr("error: cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return ExitFailure;
        }
        if (file.size() > catalog::CatalogDocument::MaxBytes) { // refused before it is read into memory
            io.err << tr("error: %1 is not a valid catalog document:").arg(path) << '\n'
                   << tr("The catalog document is larger than %1 MiB.")
                          .arg(catalog::CatalogDocument::MaxBytes / (1024 * 1024))
                   << '\n';
            return ExitNegative;
        }
        auto document = catalog::CatalogDocument::parse(file.readAll(), catalog::CatalogDocument::Detail::ForImport);
        if (!document) {
            io.err << tr("error: %1 is not a valid catalog document:").arg(path) << '\n'
                   << document.error().message << '\n';
            return ExitNegative;
        }
        auto db = openStore(parser, io);
        if (!db)
            return ExitFailure;
        storage::CatalogRepository repository(*db);
        const SystemClock clock;
        auto summary = repository.import(document.value(), clock.now(),
                                         parser.isSet(allowEmpty) ? storage::CatalogRepository::EmptyCatalog::Allow
                                                                  : storage::CatalogRepository::EmptyCatalog::Refuse);
        if (!summary) {
            io.err << tr("error: the catalog was not changed: %1").arg(summary.error().message) << '\n';
            if (summary.error().code == QLatin1String("catalog.empty"))
                io.err << tr("To empty the catalog on purpose, import the document with --allow-empty.") << '\n';
            return summary.error().code.startsWith(QLatin1String("catalog.")) ? ExitNegative : ExitFailure;
        }
        const auto& s = summary.value();
        io.out << (s.delta ? tr("Applied delta %1 -> %2.").arg(s.fromVersion).arg(s.toVersion)
                           : tr("Imported full catalog version %1.").arg(s.toVersion))
               << ' '
               << tr("Items: %1 (added %2, changed %3, removed %4).")
                      .arg(s.total)
                      .arg(s.added)
                      .arg(s.changed)
                      .arg(s.removed)
               << '\n';
        return ExitOk;
    }

    static int search(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Searches the catalog as the window clerk's search box does: name, any part of it, full pinyin or "
               "initials, item code, department, synonyms; only items this hall handles (settings hall/level and "
               "hall/areaCode). Prints one match per line: code, name, department, separated by tabs."));
        parser.addPositionalArgument(QStringLiteral("QUERY"), tr("What to look for."));
        parser.addOption(
            {QStringLiteral("limit"), tr("Print at most <n> matches (default 20)."), tr("n"), QStringLiteral("20")});
        if (const int code = parseCommandLine(parser, args, io, 1, DataDir::Yes); code >= 0)
            return code;
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            io.err << tr("--limit needs a number of at least 1.") << '\n';
            return ExitUsage;
        }
        auto db = openStore(parser, io);
        if (!db)
            return ExitFailure;
        storage::CatalogRepository repository(*db);
        auto entries = repository.indexEntries();
        if (!entries) {
            io.err << tr("error: %1").arg(entries.error().message) << '\n';
            return ExitFailure;
        }
        if (entries.value().empty()) {
            io.err << tr("The catalog is empty: import one with \"yichuang-ctl catalog import FILE\".") << '\n';
            return ExitNegative;
        }
        const Settings settings(DataLocation::resolve(parser.value(dataDirOptionName())));
        catalog::SearchOptions options;
        options.limit = limit;
        options.hallLevel = settings.value(QStringLiteral("hall/level")).toString();
        options.hallAreaCode = settings.value(QStringLiteral("hall/areaCode")).toString();
        const QString window = settings.value(QStringLiteral("hall/windowCode")).toString();
        options.recentCodes = repository.recentCodes(window).valueOr({});
        const catalog::CatalogIndex index(entries.value(), catalog::PinyinTable::builtin(),
                                          catalog::Synonyms::builtin());
        const auto matches = index.search(parser.positionalArguments().constFirst(), options);
        for (const auto& m : matches)
            io.out << m.code << '\t' << m.name << '\t' << m.department << '\n';
        return matches.empty() ? ExitNegative : ExitOk;
    }

    static int show(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Prints the whole service guide of one catalog item."));
        parser.addPositionalArgument(QStringLiteral("CODE"), tr("Implementation code of the item."));
        parser.addOption({QStringLiteral("item-version"),
                          tr("Show version <v> of the item (kept for cases accepted under it)."), tr("v")});
        if (const int code = parseCommandLine(parser, args, io, 1, DataDir::Yes); code >= 0)
            return code;
        auto db = openStore(parser, io);
        if (!db)
            return ExitFailure;
        storage::CatalogRepository repository(*db);
        const QString code = parser.positionalArguments().constFirst();
        auto item = parser.isSet(QStringLiteral("item-version"))
                        ? repository.itemVersion(code, parser.value(QStringLiteral("item-version")).toInt())
                        : repository.item(code);
        if (!item) {
            io.err << tr("error: %1").arg(item.error().message) << '\n';
            return item.error().code == QLatin1String("catalog.unknown-item") ? ExitNegative : ExitFailure;
        }
        const auto subItems = repository.subItems(code).valueOr({});
        io.out << catalog::GuideFormatter::toText(item.value(), subItems);
        return ExitOk;
    }
};

} // namespace

void registerCatalogCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("catalog"), QStringLiteral("import")},
                  QStringLiteral("catalog import FILE [--allow-empty] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::CatalogCommand", "Import a catalog document (full or delta)"),
                  &CatalogCommand::import});
    registry.add({{QStringLiteral("catalog"), QStringLiteral("search")},
                  QStringLiteral("catalog search QUERY [--limit N] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::CatalogCommand", "Search the catalog (ranked, tab separated)"),
                  &CatalogCommand::search});
    registry.add({{QStringLiteral("catalog"), QStringLiteral("show")},
                  QStringLiteral("catalog show CODE [--item-version V] [--data-dir DIR]"),
                  QCoreApplication::translate("yc::ctl::CatalogCommand", "Print the whole service guide of an item"),
                  &CatalogCommand::show});
}

} // namespace yc::ctl
