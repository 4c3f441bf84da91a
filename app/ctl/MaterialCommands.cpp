// yichuang-ctl material ...: pack handed-in files or scans into one material PDF.
#include "ctl/CommandRegistry.h"
#include "materials/MaterialImporter.h"
#include "materials/PdfWriter.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace yc::ctl {

namespace {

class MaterialCommand
{
    Q_DECLARE_TR_FUNCTIONS(yc::ctl::MaterialCommand)

public:
    static int pack(const QStringList& args, Io& io)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Packs images and PDFs (JPEG, PNG, TIFF, PDF; judged by their content, not their names) into one "
               "compact PDF: every page a JPEG at up to 200 dpi, at most about 300 KB per A4 page. Prints "
               "{\"pages\", \"bytes\", \"bytesPerPage\"} as one JSON object."));
        parser.addPositionalArgument(QStringLiteral("in"), tr("Input files, in page order."), QStringLiteral("IN..."));
        parser.addPositionalArgument(QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("OUT.pdf"));
        const QCommandLineOption quality(QStringLiteral("quality"),
                                         tr("JPEG quality tried first for pages that are encoded (default 75)."),
                                         tr("1-100"), QStringLiteral("75"));
        parser.addOption(quality);
        if (const int code = parseCommandLine(parser, args, io, 2, 10000, DataDir::No); code >= 0)
            return code;
        bool ok = false;
        const int q = parser.value(quality).toInt(&ok);
        if (!ok || q < 1 || q > 100) {
            io.err << tr("error: --quality must be a number from 1 to 100") << '\n';
            return ExitUsage;
        }
        QStringList inputs = parser.positionalArguments();
        const QString output = inputs.takeLast();

        materials::EncodeOptions encode;
        encode.quality = q;
        const materials::MaterialImporter importer({}, encode);
        auto pages = importer.importFiles(inputs);
        if (!pages) {
            io.err << tr("error: %1").arg(pages.error().message) << '\n';
            return pages.error().code == QLatin1String("material.unreadable") ? ExitFailure : ExitNegative;
        }
        const QByteArray pdf = materials::PdfWriter::write(pages.value());
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
            io.err << tr("error: cannot write %1: %2").arg(output, file.errorString()) << '\n';
            return ExitFailure;
        }
        const qint64 count = qint64(pages.value().size());
        io.out << compactJson({{QStringLiteral("pages"), count},
                               {QStringLiteral("bytes"), qint64(pdf.size())},
                               {QStringLiteral("bytesPerPage"), qint64(std::llround(double(pdf.size()) / count))}})
               << '\n';
        return ExitOk;
    }
};

} // namespace

void registerMaterialCommands(CommandRegistry& registry)
{
    registry.add({{QStringLiteral("material"), QStringLiteral("pack")},
                  QStringLiteral("material pack IN... OUT.pdf [--quality Q]"),
                  QCoreApplication::translate("yc::ctl::MaterialCommand",
                                              "Pack images and PDFs into one compressed material PDF (JSON summary)"),
                  &MaterialCommand::pack});
}

} // namespace yc::ctl
