#pragma once

#include <QMessageBox>

#include <optional>

namespace rt::app {

// The questions and warnings of the press-release screens, with a hook that lets a test
// answer the next one instead of a person (a modal box would stop a headless test).
class PressReleaseMessageBox
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void warn(QWidget *parent, const QString &title, const QString &text);

    // The answer the next ask() returns without showing anything (warn() is skipped too).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // What the last ask() or warn() said, for tests.
    static QString lastText();
    // Forgets a pending answer and the last text.
    static void reset();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace rt::app
