#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>

namespace rt::app {

// Every question and notice the window puts to the user goes through here, so that GUI
// tests can answer the next one instead of a person (setNextAnswer) and read what it said
// (lastText), without a modal box blocking the test.
class MessageBox
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QMap<QMessageBox::StandardButton, QString> &buttonTexts = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test hook: the next box is not shown and returns `answer`; called again, the answers
    // queue up for the boxes after it. NoButton forgets every queued answer.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    // Forgets the queued answers and the last text, for a test's fresh start.
    static void reset();

private:
    static QList<QMessageBox::StandardButton> s_nextAnswers;
    static QString s_lastText;
};

} // namespace rt::app
