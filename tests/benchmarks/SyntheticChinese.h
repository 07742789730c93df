#pragma once

#include <QString>

namespace rt {

class Archive;

// Gives a synthetic archive (SyntheticArchive) its Chinese text, as a centre that writes its
// releases in Chinese keeps it: every dialogue's title, series, kind, city, occasion,
// participants and outcome, every topic and speech, every organisation's name (and short
// name) in `zh`, and every person a name in Chinese script (a transliteration, 颂猜·本米, for
// those whose own script is not Chinese). Deterministic: the same archive gets the same text.
class SyntheticChinese
{
public:
    static bool add(Archive &archive, QString *error);
};

} // namespace rt
