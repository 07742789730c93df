#include "app/window/MessageBox.h"

#include <QPushButton>

namespace rt::app {

QList<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    const QMap<QMessageBox::StandardButton, QString> &buttonTexts)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    box.exec();
    const auto clicked = box.standardButton(box.clickedButton());
    // Closing the box with Esc or the title bar counts as its escape (Cancel/No) answer.
    return clicked == QMessageBox::NoButton ? QMessageBox::Cancel : clicked;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    if (answer == QMessageBox::NoButton)
        s_nextAnswers.clear();
    else
        s_nextAnswers.append(answer);
}

void MessageBox::reset()
{
    s_nextAnswers.clear();
    s_lastText.clear();
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace rt::app
