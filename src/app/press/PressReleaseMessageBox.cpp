#include "app/press/PressReleaseMessageBox.h"

namespace rt::app {

std::optional<QMessageBox::StandardButton> PressReleaseMessageBox::s_nextAnswer;
QString PressReleaseMessageBox::s_lastText;

QMessageBox::StandardButton PressReleaseMessageBox::ask(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void PressReleaseMessageBox::warn(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void PressReleaseMessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void PressReleaseMessageBox::reset()
{
    s_nextAnswer.reset();
    s_lastText.clear();
}

QString PressReleaseMessageBox::lastText()
{
    return s_lastText;
}

} // namespace rt::app
