#pragma once

#include <QString>

namespace rt {

class Archive;

// Fills an archive with a deterministic synthetic record of many years of dialogues:
// organisations, speakers from every country of the region (names in Latin and their own
// script), English summaries mixed with sentences in Chinese, Thai, Lao, Khmer, Burmese and
// Vietnamese. Written through Archive, so the search index is kept by its triggers exactly
// as it is for real edits.
class SyntheticArchive
{
public:
    struct Size
    {
        int dialogues = 20000;
        int speechesPerDialogue = 10;
        int people = 3000;
        int organizations = 300;
    };

    static bool generate(Archive &archive, const Size &size, QString *error);
};

} // namespace rt
