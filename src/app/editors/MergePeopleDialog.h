#pragma once

#include "core/records/Records.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MergePeopleDialog;
}

namespace rt {
class Archive;
class ListQueries;
} // namespace rt

namespace rt::app {

// Asks which person is kept when two records are one person: the person to remove on one
// side, the one to keep on the other, each with their names and where they spoke, so the user
// compares before choosing. Nothing is chosen for the user: Merge stays disabled until a
// person to keep is picked, and Enter never merges (no button is the default). Swap keeps the
// other one. The caller asks before moving the speeches (MainWindow::mergePeople).
class MergePeopleDialog : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(
        Archive &archive, ListQueries &queries, const Person &merged, QWidget *parent = nullptr);
    ~MergePeopleDialog() override;

    // The person removed, and the one kept (0 while none is chosen).
    qint64 mergedId() const { return m_merged.id; }
    qint64 keptId() const;
    // Preselects the person to keep (two people selected in the list: the user chose both).
    void setKept(qint64 personId);

    struct Choice
    {
        qint64 merged = 0;
        qint64 kept = 0; // 0: cancelled
    };
    // Asks; `kept` 0 when the user cancels.
    static Choice choose(
        Archive &archive, ListQueries &queries, const Person &merged, qint64 kept, QWidget *parent);
    // Test hook: the next choose() shows nothing and keeps `personId` (-1 turns it off).
    static void setNextChoice(qint64 personId);

private:
    void fillPeople();
    void showDetails();
    void swap();
    QString details(const Person &person) const;

    std::unique_ptr<Ui::MergePeopleDialog> m_ui;
    Archive &m_archive;
    ListQueries &m_queries;
    Person m_merged;
    QList<Person> m_people;
    static qint64 s_nextChoice;
};

} // namespace rt::app
