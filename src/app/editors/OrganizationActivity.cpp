#include "app/editors/OrganizationActivity.h"

#include "app/window/ItemRoles.h"
#include "app/window/Labels.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

namespace rt::app {

OrganizationActivity::OrganizationActivity(Database &database, QWidget *parent)
    : QTabWidget(parent)
    , m_queries(database)
    , m_dialogues(new QTreeWidget)
    , m_people(new QTreeWidget)
{
    setObjectName(QStringLiteral("organizationActivityTabWidget"));
    m_dialogues->setObjectName(QStringLiteral("organizationDialoguesTreeWidget"));
    m_dialogues->setHeaderLabels({ tr("Dialogue"), tr("Date") });
    m_dialogues->setRootIsDecorated(true);
    m_dialogues->setUniformRowHeights(true);
    m_dialogues->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dialogues->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_dialogues->header()->setStretchLastSection(false);
    m_people->setObjectName(QStringLiteral("organizationPeopleTreeWidget"));
    m_people->setHeaderLabels({ tr("Name"), tr("Speeches"), tr("Latest title"), tr("Last spoke") });
    m_people->setRootIsDecorated(false);
    m_people->setUniformRowHeights(true);
    m_people->setSortingEnabled(true);
    m_people->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addTab(m_dialogues, tr("Dialogues"));
    addTab(m_people, tr("People"));

    connect(m_dialogues, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item ? item->data(0, ItemRole::Id).toLongLong() : 0)
            emit openDialogueRequested(id);
    });
    connect(m_people, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item ? item->data(0, ItemRole::Id).toLongLong() : 0)
            emit openPersonRequested(id);
    });
}

void OrganizationActivity::load(qint64 organizationId)
{
    m_dialogues->clear();
    m_people->clear();
    if (organizationId <= 0) {
        setTabText(0, tr("Dialogues"));
        setTabText(1, tr("People"));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    QString error;
    const QList<ListQueries::OrganizationDialogue> dialogues
        = m_queries.organizationDialogues(organizationId, &error);
    // One group per role, in the order a press release names them; the dialogues where only
    // its people spoke come last.
    QStringList roles = OrganizationRole::all();
    roles.append(QString::fromLatin1(ListQueries::SpokeFor));
    QSet<qint64> distinct;
    for (const QString &role : std::as_const(roles)) {
        QList<const ListQueries::OrganizationDialogue *> inRole;
        for (const ListQueries::OrganizationDialogue &d : dialogues) {
            if (d.role == role)
                inRole.append(&d);
        }
        if (inRole.isEmpty())
            continue;
        const QString label = role == QLatin1String(ListQueries::SpokeFor) ? tr("Its people spoke")
                                                                           : Labels::organizationRole(role);
        auto *group = new QTreeWidgetItem(m_dialogues, { tr("%1 (%2)").arg(label).arg(inRole.size()) });
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ListQueries::OrganizationDialogue *d : std::as_const(inRole)) {
            auto *item = new QTreeWidgetItem(group, { d->title, d->date.toString(Qt::ISODate) });
            item->setData(0, ItemRole::Id, d->dialogueId);
            item->setToolTip(0, d->title);
            distinct.insert(d->dialogueId);
        }
        group->setExpanded(true);
    }
    setTabText(0, tr("Dialogues (%1)").arg(distinct.size()));
    setTabToolTip(0,
        tr("Every dialogue it took part in, by role; a dialogue appears under each of its roles. "
           "Double-click one to open it."));

    const QList<ListQueries::OrganizationPerson> people
        = m_queries.organizationPeople(organizationId, &error);
    for (const ListQueries::OrganizationPerson &p : people) {
        auto *item = new QTreeWidgetItem(m_people);
        const QString name = p.person.honorific.isEmpty()
            ? p.person.fullName()
            : p.person.honorific + QLatin1Char(' ') + p.person.fullName();
        item->setText(0, name);
        item->setData(0, ItemRole::Id, p.person.id);
        item->setData(1, Qt::DisplayRole, p.speechCount);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, p.latestTitle);
        item->setText(3, p.latestDate.toString(Qt::ISODate));
    }
    m_people->sortByColumn(0, Qt::AscendingOrder);
    setTabText(1, tr("People (%1)").arg(people.size()));
    setTabToolTip(1, tr("Who spoke for it. Double-click one to open their record."));
}

} // namespace rt::app
