#pragma once

#include "core/intake/ChineseReleaseReader.h"
#include "core/intake/ProposedRelease.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rt {

class Archive;

// Reads a press release written in English back into a proposed dialogue (ProposedRelease),
// each field with the span of text it came from and a confidence; people and organisations
// are matched against the archive (full name in either order, name in own script, short
// name such as "MONRE", "Dr. Zhang" as a later mention of someone named before) and proposed
// as new only when nothing matches. Nothing is written.
//
// The rules are those of how releases are written, not of our own template: a dateline
// ("VIENTIANE, 18 September 2019 —"), the held sentence (the event's name, "(the Dialogue)",
// "as part of", "online", "at VENUE", "in CITY"), role phrases ("guided by", "jointly
// organized by", "chaired by"), lists of speakers with their titles "as that day", one
// paragraph or sentence per speech ("In her opening remarks, Dr. X ... stressed that ...",
// quotations "“...,” said Mr. Y."), topics in a sentence or a bulleted list, the outcome, the
// "Contact" block and "About X:". A release in another language is for a reader of its own
// (ReleaseReader::read says which languages it reads): a Chinese one is read by
// ChineseReleaseReader into the record's Chinese text.
class ReleaseReader
{
    Q_DECLARE_TR_FUNCTIONS(rt::ReleaseReader)

public:
    // `archive` may be null: nothing is matched then, everything is new.
    explicit ReleaseReader(Archive *archive);

    // The proposal for a release's plain text (ReleaseText's: one paragraph a line). Check
    // found() before using it.
    ProposedRelease read(const QString &text);
    // Reads the file (ReleaseText) and the release in it; false with one line when the file
    // cannot be read or holds no dialogue ("no dialogue found in FILE").
    bool readFile(const QString &path, ProposedRelease *proposal, QString *error);

    // Which language the text is written in, as far as the reader needs to know: "en", or
    // "zh" when most letters are Chinese characters (read by ChineseReleaseReader).
    static QString languageOf(const QString &text);

private:
    void loadArchive();

    Archive *m_archive;
    bool m_loaded = false;
    QList<Person> m_people;
    QList<Organization> m_organizations;
    QList<Contact> m_contacts;
    QHash<QString, QList<int>> m_peopleByName; // folded full name (either order) -> m_people
    QHash<QString, int> m_organizationsByName; // folded name, short name, local name -> index
    QHash<QString, QString> m_acronyms; // folded one-word short name -> folded name
    ChineseNames m_chineseNames;
};

} // namespace rt
