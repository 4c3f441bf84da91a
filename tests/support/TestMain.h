#pragma once

#include "TestEnvironment.h"
#include "VerifyOk.h"

#include <QTest>

#ifdef YC_TEST_GUI
#include <QApplication>
using YcTestApplication = QApplication;
#elif defined(YC_TEST_FONTS) // draws (fonts, PDF) without widgets: define before including this file
#include <QGuiApplication>
using YcTestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using YcTestApplication = QCoreApplication;
#endif

// Use instead of QTEST_MAIN: the temporary environment exists before the application object.
#define YC_TEST_MAIN(TestClass)                                                                                        \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        yc::test::TestEnvironment environment;                                                                         \
        YcTestApplication app(argc, argv);                                                                             \
        TestClass tc;                                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
