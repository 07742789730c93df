#pragma once

// What a test of the window needs around it: settings kept in a folder of the test's own
// (never the user's), and a main window shown on an archive file, closed again without a
// question between tests.

#include "app/editors/EditorDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace rt::test {

// One per test class: install() in initTestCase(), fresh() in init().
class WindowTestSettings
{
public:
    void install()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    // Each test starts with no settings and no answer queued for a message box.
    static void fresh()
    {
        QSettings().clear();
        app::MessageBox::reset();
    }

private:
    QTemporaryDir m_dir;
};

// A main window shown on an archive. open() returns false if the window did not show or the
// archive did not open; close() discards every open editor's changes unasked.
class TestWindow
{
public:
    ~TestWindow() { close(); }

    bool open(const QString &path, const std::function<void(app::MainWindow &)> &beforeShowing = {})
    {
        close();
        m_window = std::make_unique<app::MainWindow>();
        if (beforeShowing)
            beforeShowing(*m_window);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) && m_window->openArchive(path);
    }

    void close()
    {
        app::MessageBox::reset();
        if (!m_window)
            return;
        for (app::EditorDialog *editor : m_window->editors()) {
            editor->undoStack()->clear();
            editor->close();
        }
        m_window.reset();
    }

    app::MainWindow *get() const { return m_window.get(); }
    app::MainWindow *operator->() const { return m_window.get(); }
    app::MainWindow &operator*() const { return *m_window; }
    explicit operator bool() const { return bool(m_window); }

private:
    std::unique_ptr<app::MainWindow> m_window;
};

} // namespace rt::test
