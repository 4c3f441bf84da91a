// Writes valid ciphertexts under the field_cipher fuzz target's key into a folder (the valid-*
// seeds of corpus/field_cipher). Usage: make-field-cipher-seeds OUTDIR
// Every run makes new nonces, so the files change; the unit test field_cipher checks the committed
// ones.
#include "FieldCipherFuzzKey.h"
#include "storage/FieldCipher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using yc::storage::CipherSuite;
using yc::storage::FieldCipher;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make-field-cipher-seeds OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QByteArray file(4096, '\0');
    for (int i = 0; i < file.size(); ++i)
        file[i] = static_cast<char>((i * 131 + 7) & 0xff);
    const QList<QPair<QByteArray, QByteArray>> plaintexts = {
        {"empty", QByteArray()},
        {"name", QStringLiteral("测试甲").toUtf8()},
        {"address", QStringLiteral("样例省样例市样例路 1 号").toUtf8()},
        {"file-4k", file},
    };
    for (const CipherSuite suite : {CipherSuite::Aes256Gcm, CipherSuite::Sm4CtrHmacSm3}) {
        const FieldCipher cipher(yc::test::fieldCipherFuzzKey(), suite);
        for (const auto& [name, plain] : plaintexts) {
            const auto encrypted = cipher.encrypt(plain, yc::test::fieldCipherFuzzAssociatedData);
            if (!encrypted.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(encrypted.error().message));
                return 1;
            }
            QFile f(out.filePath(
                QStringLiteral("valid-%1-%2").arg(yc::storage::cipherSuiteName(suite), QString::fromLatin1(name))));
            if (!f.open(QIODevice::WriteOnly) || f.write(encrypted.value()) != encrypted.value().size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
        }
    }
    return 0;
}
