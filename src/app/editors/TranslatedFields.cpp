#include "app/editors/TranslatedFields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTabBar>
#include <QVariant>

namespace rt::app {

namespace {

constexpr const char *MissingProperty = "missingTranslation";

} // namespace

TranslatedFields::TranslatedFields(QWidget *parent)
    : QObject(parent)
    , m_bar(new QWidget(parent))
    , m_tabs(new QTabBar(m_bar))
    , m_missingLabel(new QLabel(m_bar))
{
    m_bar->setObjectName(QStringLiteral("languageBar"));
    m_tabs->setObjectName(QStringLiteral("languageTabBar"));
    m_missingLabel->setObjectName(QStringLiteral("missingTranslationsLabel"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setFocusPolicy(Qt::TabFocus);
    m_tabs->setToolTip(tr("The language the text fields show and edit (Ctrl+Shift+L: the next one)"));
    const QStringList tags = Language::all();
    for (const QString &tag : tags) {
        const int index = m_tabs->addTab(languageName(tag));
        m_tabs->setTabData(index, tag);
    }
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Language:"), m_bar);
    layout->addWidget(label);
    layout->addWidget(m_tabs);
    layout->addSpacing(12);
    layout->addWidget(m_missingLabel, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this] { emit languageChanged(); });
}

QString TranslatedFields::languageName(const QString &tag)
{
    if (tag == QLatin1String(Language::English))
        return tr("English");
    if (tag == QLatin1String(Language::Chinese))
        return QStringLiteral("中文");
    const QLocale locale(tag);
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? tag : native;
}

QString TranslatedFields::language() const
{
    return m_tabs->tabData(m_tabs->currentIndex()).toString();
}

void TranslatedFields::setLanguage(const QString &tag)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == tag)
            m_tabs->setCurrentIndex(i);
    }
}

QString TranslatedFields::countedLanguage() const
{
    const QString shown = language();
    return shown == QLatin1String(Language::English) ? QString::fromLatin1(Language::Chinese) : shown;
}

void TranslatedFields::add(QWidget *field, const QString &name)
{
    m_names.insert(field, name);
    QString placeholder;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        placeholder = line->placeholderText();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        placeholder = plain->placeholderText();
    else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        placeholder = combo->lineEdit()->placeholderText();
    m_placeholders.insert(field, placeholder);
}

QString TranslatedFields::text(const QWidget *field)
{
    if (auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(field))
        return plain->toPlainText();
    if (auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentText();
    return {};
}

void TranslatedFields::setText(QWidget *field, const QString &text)
{
    // Only when it differs: setting the same text would move the cursor of a field being typed in.
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        if (line->text() != text)
            line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        if (plain->toPlainText() != text)
            plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        if (combo->currentText() != text)
            combo->setCurrentText(text);
    }
}

void TranslatedFields::setHint(QWidget *field, const QString &hint)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setPlaceholderText(hint);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->setPlaceholderText(hint);
    else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        combo->lineEdit()->setPlaceholderText(hint);
}

void TranslatedFields::show(QWidget *field, const QString &english, const FieldTranslations &translations)
{
    const QString name = m_names.value(field);
    const QString shown = language();
    const bool inEnglish = shown == QLatin1String(Language::English);
    const QString value = translations.text(shown, name, english);
    setText(field, value);
    const bool missing = !inEnglish && value.isEmpty() && !english.trimmed().isEmpty();
    if (inEnglish) {
        setHint(field, m_placeholders.value(field));
        field->setToolTip(QString());
    } else {
        // The English text stays in sight while the other language is written.
        setHint(field, english.isEmpty() ? QString() : tr("English: %1").arg(english.simplified()));
        field->setToolTip(english.isEmpty() ? QString()
                : missing                   ? tr("No %1 yet. English: %2").arg(languageName(shown), english)
                                            : tr("English: %1").arg(english));
    }
    if (field->property(MissingProperty).toBool() != missing) {
        field->setProperty(MissingProperty, missing);
        // A warm background marks what still lacks the language.
        field->setStyleSheet(missing ? QStringLiteral("background-color: #fff3cd;") : QString());
    }
}

void TranslatedFields::read(const QWidget *field, QString &english, FieldTranslations &translations) const
{
    const QString shown = language();
    if (shown == QLatin1String(Language::English))
        english = text(field);
    else
        translations.set(shown, m_names.value(field), text(field));
}

int TranslatedFields::missing(const QString &language,
    const QList<std::pair<QString, QString>> &englishAndName, const FieldTranslations &translations)
{
    int count = 0;
    for (const auto &[english, name] : englishAndName) {
        if (!english.trimmed().isEmpty() && translations.value(language, name).isEmpty())
            ++count;
    }
    return count;
}

void TranslatedFields::setMissingCount(int count)
{
    m_missing = count;
    const QString name = languageName(countedLanguage());
    m_missingLabel->setText(count == 0 ? tr("Every field with English text has %1.").arg(name)
                                       : tr("%n field(s) lack %1.", nullptr, count).arg(name));
    m_missingLabel->setStyleSheet(count == 0 ? QString() : QStringLiteral("color: #8a5a00;"));
}

bool TranslatedFields::isMarkedMissing(const QWidget *field)
{
    return field->property(MissingProperty).toBool();
}

} // namespace rt::app
