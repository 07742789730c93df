#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
        QString source, comment, translation;
        bool finished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("message")) {
                    source.clear();
                    comment.clear();
                    translation.clear();
                    finished = false;
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    // Chinese has one plural form: the first <numerusform> is the translation.
                    translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (finished && !translation.isEmpty())
                    m_bySource.insert(key(source, comment), translation);
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
        return m_bySource.value(key(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    }

    bool isEmpty() const override { return QTranslator::isEmpty() && m_bySource.isEmpty(); }

private:
    static QString key(const QString &source, const QString &comment) { return source + QChar(0x1f) + comment; }

    QHash<QString, QString> m_bySource;
};

} // namespace

QStringList Translations::searchPaths()
{
    // An installed copy next to the program wins over the built-in one, so a translation
    // can be corrected without rebuilding; the resource makes the build tree work alone.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/roundtable/translations"));
    return {QDir::cleanPath(installed), QStringLiteral(":/i18n")};
}

QLocale Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
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
    own->loadSource(QStringLiteral(":/i18n/roundtable_%1.ts").arg(locale.name()));
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
