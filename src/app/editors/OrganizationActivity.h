#pragma once

#include "core/records/ListQueries.h"

#include <QTabWidget>

class QTreeWidget;

namespace rt::app {

// The record of what an organisation did, under its editor's form: the dialogues it took part
// in, grouped by role (guided, organised, co-organised, supported, hosted, partner, and those
// where its people spoke), and the people who spoke for it. Enter or a double-click on a row
// opens that dialogue or person, as the person's editor does with their speeches.
class OrganizationActivity : public QTabWidget
{
    Q_OBJECT

public:
    explicit OrganizationActivity(Database &database, QWidget *parent = nullptr);

    // Reads the organisation's dialogues and people again (0: a new organisation, nothing yet).
    void load(qint64 organizationId);

    QTreeWidget *dialoguesView() const { return m_dialogues; }
    QTreeWidget *peopleView() const { return m_people; }

signals:
    void openDialogueRequested(qint64 id);
    void openPersonRequested(qint64 id);

private:
    ListQueries m_queries;
    QTreeWidget *m_dialogues;
    QTreeWidget *m_people;
};

} // namespace rt::app
