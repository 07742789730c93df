#include "core/settings/Translations.h"

#include "core/records/FieldTranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>
#include <QXmlStreamReader>

namespace rt {

namespace {

// A QTranslator that, when the compiled catalogue has no entry for a message's context,
// looks the message up by its source text alone. Several files translate through a local
// `tr()` helper with a fixed context while lupdate files those strings under the class or
// namespace it finds them in; matching by text keeps such strings translated without
// every file having to follow lupdate's rules.
class SourceTextTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    // Reads the finished entries of a Qt Linguist .ts file.
    bool loadSource(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source, comment;
        QStringList forms;
        bool finished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("message")) {
                    source.clear();
                    comment.clear();
                    forms.clear();
                    finished = false;
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    forms = readTranslation(xml);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (finished && !forms.isEmpty() && !forms.first().isEmpty())
                    m_bySource.insert(key(source, comment), forms);
            }
        }
        return !xml.hasError();
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override
    {
        const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!exact.isEmpty())
            return exact;
        const QStringList forms
            = m_bySource.value(key(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
        if (forms.isEmpty())
            return QString();
        // Plural forms as English and Chinese have them (one form, or singular and plural);
        // the compiled catalogue, tried first, knows every language's rules.
        return forms.value(n == 1 || forms.size() == 1 ? 0 : 1);
    }

    bool isEmpty() const override { return QTranslator::isEmpty() && m_bySource.isEmpty(); }

private:
    static QString key(const QString &source, const QString &comment)
    {
        return source + QChar(0x1f) + comment;
    }

    // The text of a <translation>, or its <numerusform>s in order; the reader ends on its end.
    static QStringList readTranslation(QXmlStreamReader &xml)
    {
        QStringList forms;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text();
            else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                forms << xml.readElementText();
            else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                break;
        }
        if (forms.isEmpty())
            forms << text;
        return forms;
    }

    QHash<QString, QStringList> m_bySource;
};

} // namespace

QStringList Translations::searchPaths()
{
    // An installed copy next to the program wins over the built-in one, so a translation
    // can be corrected without rebuilding; the resource makes the build tree work alone.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/roundtable/translations"));
    return { QDir::cleanPath(installed), QStringLiteral(":/i18n") };
}

QString Translations::recordLanguage(const QLocale &locale)
{
    const QString tag = locale.name().section(QLatin1Char('_'), 0, 0);
    return Language::isKnown(tag) ? tag : QString::fromLatin1(Language::English);
}

QString Translations::resolve(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    for (const QString &path : searchPaths()) {
        QTranslator catalogue;
        if (catalogue.load(locale, QStringLiteral("roundtable"), QStringLiteral("_"), path)) {
            const QString name = QFileInfo(catalogue.filePath()).completeBaseName();
            return name.mid(name.indexOf(QLatin1Char('_')) + 1);
        }
    }
    return QStringLiteral("en");
}

QLocale Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The C locale (scripts, CI) keeps the source text untouched; English has a catalogue of
    // its own only for plurals ("1 record", "2 records").
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English);

    auto *own = new SourceTextTranslator(QCoreApplication::instance());
    bool found = false;
    for (const QString &path : searchPaths()) {
        if (own->load(locale, QStringLiteral("roundtable"), QStringLiteral("_"), path)) {
            found = true;
            break;
        }
    }
    if (!found) {
        delete own;
        return QLocale(QLocale::English);
    }
    // The sources of the catalogue that was found: roundtable_en.qm for en_GB, say.
    own->loadSource(QStringLiteral(":/i18n/%1.ts").arg(QFileInfo(own->filePath()).completeBaseName()));
    QCoreApplication::installTranslator(own);

    // Qt's own strings (the buttons of standard dialogs, context menus); missing is not an
    // error, the program's own text is what matters.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Dates and numbers follow the chosen language too, when it was chosen explicitly.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    return locale;
}

} // namespace rt
