#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace yc::test {

// Reading a PDF back as a person or another program would, through poppler-utils and zbar-tools
// (installer/install-deps.sh installs both).
struct ToolRun
{
    bool ok = false;
    QString out;
};

inline ToolRun runTool(const QString& program, const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, QString::fromUtf8(p.readAllStandardOutput())};
}

// The text a reader copies out of pages first..last (all when 0), as pdftotext gives it back.
inline ToolRun pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    return runTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// The same without any white space (line breaks and table columns move words apart).
inline QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(space);
}

// pdffonts: one row per font; `embedded` tells whether every font has "emb" = yes.
struct FontList
{
    bool ok = false;
    int fonts = 0;
    bool allEmbedded = false;
    QString table;
};

inline FontList pdfFonts(const QString& pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdffonts"), {pdf});
    FontList list{run.ok, 0, run.ok, run.out};
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) { // header and rule first
        // name type encoding emb sub uni object ID: emb is the 4th field from the end of the first five
        static const QRegularExpression row(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        const auto m = row.match(lines[i]);
        ++list.fonts;
        if (!m.hasMatch() || m.captured(1) != QLatin1String("yes"))
            list.allEmbedded = false;
    }
    return list;
}

inline int pdfPages(const QString& pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = pages.match(run.out);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The QR codes zbarimg finds on page `page` rendered at `dpi` (one decoded text per code).
inline QStringList qrCodes(const QString& pdf, const QString& workDir, int page = 1, int dpi = 150)
{
    const QString prefix = workDir + QStringLiteral("/qr-page");
    const ToolRun render =
        runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                             QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                                             QStringLiteral("-l"), QString::number(page), pdf, prefix});
    if (!render.ok)
        return {};
    const ToolRun scan = runTool(QStringLiteral("zbarimg"),
                                 {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                                  QStringLiteral("-Sqrcode.enable"), prefix + QStringLiteral(".png")});
    return scan.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace yc::test
