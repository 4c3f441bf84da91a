#pragma once

#include <QString>
#include <QTemporaryDir>

namespace yc::test {

// Gives every test process its own temporary data directory and home-like folders, so no test
// reads or writes the real user's data, keychain or settings. Created before the application
// object; removed when the test ends.
class TestEnvironment
{
public:
    TestEnvironment();
    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] QString dataDir() const;
    // A fresh, empty sub-folder for one test function.
    [[nodiscard]] QString freshDir(const QString& name) const;

    static TestEnvironment* current();

private:
    QTemporaryDir m_dir;
};

// Path of one of the project's executables in the build tree (yichuang, yichuang-ctl, ...).
[[nodiscard]] QString executable(const QString& name);

} // namespace yc::test
