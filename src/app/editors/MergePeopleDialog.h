#pragma once

#include "core/records/Records.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MergePeopleDialog;
}

namespace rt::app {

// Asks which person to keep when `merged` is merged into another: every speech of
// `merged` moves to the chosen person and `merged` is removed.
class MergePeopleDialog : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(const Person &merged, const QList<Person> &people, QWidget *parent = nullptr);
    ~MergePeopleDialog() override;

    qint64 keptId() const;

    // Asks and returns the id of the person to keep, or 0 when the user cancels.
    static qint64 choose(const Person &merged, const QList<Person> &people, QWidget *parent);
    // Test hook: the next choose() shows nothing and returns `personId` (-1 turns it off).
    static void setNextChoice(qint64 personId);

private:
    std::unique_ptr<Ui::MergePeopleDialog> m_ui;
    static qint64 s_nextChoice;
};

} // namespace rt::app
