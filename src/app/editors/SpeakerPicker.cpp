#include "app/editors/SpeakerPicker.h"

#include "app/editors/PersonEditor.h"
#include "app/window/ItemRoles.h"
#include "core/records/ListQueries.h"
#include "core/records/PersonNames.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>

namespace rt::app {

SpeakerPicker::SpeakerPicker(Archive &archive, ListQueries &queries, QLineEdit *edit, QLabel *hint,
    QPushButton *newPerson, QWidget *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_queries(queries)
    , m_edit(edit)
    , m_hint(hint)
    , m_parent(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // A name in the person's own script completes to their full name.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            const QString name = nameOf(index.data(ItemRole::Id).toLongLong());
            if (!name.isEmpty())
                m_edit->setText(name);
        });
    connect(newPerson, &QPushButton::clicked, this, &SpeakerPicker::newPersonRequested);
}

void SpeakerPicker::setPeople(const QList<Person> &people)
{
    m_people = people;
    m_model->clear();
    for (const Person &p : std::as_const(m_people)) {
        auto *item = new QStandardItem(p.fullName());
        item->setData(p.id, ItemRole::Id);
        item->setToolTip(p.localName);
        m_model->appendRow(item);
        if (!p.localName.isEmpty()) {
            auto *local = new QStandardItem(p.localName);
            local->setData(p.id, ItemRole::Id);
            m_model->appendRow(local);
        }
    }
}

qint64 SpeakerPicker::personForText(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    for (const Person &p : m_people) {
        if (p.fullName().compare(t, Qt::CaseInsensitive) == 0 || (!p.localName.isEmpty() && p.localName == t))
            return p.id;
    }
    return 0;
}

qint64 SpeakerPicker::typedPerson() const
{
    return personForText(m_edit->text());
}

QString SpeakerPicker::typedText() const
{
    return m_edit->text().trimmed();
}

QString SpeakerPicker::nameOf(qint64 personId) const
{
    for (const Person &p : m_people) {
        if (p.id == personId)
            return p.fullName();
    }
    return {};
}

void SpeakerPicker::showPerson(qint64 personId, bool replaceTyped)
{
    if (!replaceTyped && typedPerson() == personId)
        return;
    const QString name = nameOf(personId);
    if (m_edit->text() != name)
        m_edit->setText(name);
}

void SpeakerPicker::showHint(qint64 personId, qint64 dialogueId)
{
    m_hint->clear();
    if (!personId)
        return;
    if (const auto latest = m_queries.latestCapacity(personId, dialogueId))
        m_hint->setText(tr("Last spoke on %1 as %2")
                            .arg(latest->date.toString(Qt::ISODate),
                                latest->title.isEmpty() ? tr("(no title)") : latest->title));
    else
        m_hint->setText(tr("No other speech in the archive yet"));
}

void SpeakerPicker::createPerson(const std::function<void(qint64 id)> &saved)
{
    // Family name first or last, as the archive and the region's names suggest; the editor
    // shows how it reads, and Swap turns it round.
    const Person person = PersonNames::person(m_edit->text(), m_people);
    auto *editor = new PersonEditor(m_archive, m_queries, person, m_parent);
    connect(editor, &EditorDialog::saved, this, [editor, saved] {
        saved(editor->record().id);
        QTimer::singleShot(0, editor, &QWidget::close);
    });
    // The person was already in the archive under another spelling: they are the speaker.
    connect(editor, &PersonEditor::existingPersonChosen, this, [saved](qint64 id) { saved(id); });
    editor->show();
    emit personEditorOpened(editor);
}

} // namespace rt::app
