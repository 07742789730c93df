#include "core/records/SaveConflict.h"

namespace rt {

QString SaveConflict::noun() const
{
    if (table == QLatin1String("dialogue"))
        return tr("dialogue");
    if (table == QLatin1String("person"))
        return tr("person");
    if (table == QLatin1String("organization"))
        return tr("organisation");
    if (table == QLatin1String("contact"))
        return tr("contact");
    if (table == QLatin1String("press_release"))
        return tr("press release");
    return table;
}

QString SaveConflict::message() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Deleted:
        return tr("%1 %2 was deleted by someone else since it was read; nothing was written")
            .arg(noun())
            .arg(id);
    case Kind::Changed:
        if (!modifiedAt.isEmpty())
            return tr(
                "%1 %2 was changed by someone else at %3 (version %4, now %5) since it was read; nothing "
                "was written")
                .arg(noun())
                .arg(id)
                .arg(modifiedAt)
                .arg(myVersion)
                .arg(theirVersion);
        return tr(
            "%1 %2 was changed by someone else (version %3, now %4) since it was read; nothing was written")
            .arg(noun())
            .arg(id)
            .arg(myVersion)
            .arg(theirVersion);
    }
    return QString();
}

} // namespace rt
