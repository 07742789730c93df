#include "core/press/Letterhead.h"

#include "core/press/PressReleaseGenerator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMutex>
#include <QMutexLocker>
#include <QTextDocument>
#include <QUrl>

namespace rt {

namespace {

struct State
{
    QMutex mutex;
    Letterhead letterhead;
    QImage logo;
    QString problem;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

bool Letterhead::readLogo(const QString &path, QImage *image, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("the logo %1 does not exist").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("the logo %1 is not a file").arg(path);
        return false;
    }
    if (info.size() > MaxLogoBytes) {
        *error = tr("the logo %1 is larger than %2 MB; save it smaller")
                     .arg(path)
                     .arg(MaxLogoBytes / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the logo %1: %2").arg(path, file.errorString());
        return false;
    }
    // Read at most the limit, whatever the file claims to be (it may grow meanwhile).
    QByteArray bytes = file.read(MaxLogoBytes + 1);
    if (bytes.size() > MaxLogoBytes) {
        *error = tr("the logo %1 is larger than %2 MB; save it smaller")
                     .arg(path)
                     .arg(MaxLogoBytes / (1024 * 1024));
        return false;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    static const QList<QByteArray> formats
        = { QByteArrayLiteral("png"), QByteArrayLiteral("jpeg"), QByteArrayLiteral("jpg"),
              QByteArrayLiteral("gif"), QByteArrayLiteral("bmp"), QByteArrayLiteral("webp") };
    const QByteArray format = reader.format().toLower();
    if (!formats.contains(format)) {
        *error = tr("the logo %1 is not a PNG, JPEG, GIF, BMP or WebP image").arg(path);
        return false;
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > MaxLogoSide || size.height() > MaxLogoSide) {
        *error = tr("the logo %1 is larger than %2 × %2 pixels; save it smaller").arg(path).arg(MaxLogoSide);
        return false;
    }
    QImage read;
    if (!reader.read(&read) || read.isNull()) {
        *error = tr("the logo %1 cannot be read as an image: %2").arg(path, reader.errorString());
        return false;
    }
    *image = read;
    return true;
}

void Letterhead::setCurrent(const Letterhead &letterhead)
{
    QImage logo;
    QString problem;
    if (!letterhead.logoPath.isEmpty() && !readLogo(letterhead.logoPath, &logo, &problem))
        logo = QImage();
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.letterhead = letterhead;
    s.logo = logo;
    s.problem = problem;
}

Letterhead Letterhead::current()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.letterhead;
}

QImage Letterhead::currentLogo()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.logo;
}

QString Letterhead::logoProblem()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.problem;
}

QVariantHash Letterhead::context()
{
    const Letterhead letterhead = current();
    const QImage logo = currentLogo();
    QVariantHash c { { QStringLiteral("color"), letterhead.color.name() },
        { QStringLiteral("accent"), letterhead.accent.name() },
        { QStringLiteral("logo_height"), QString::number(LogoHeight) } };
    if (!logo.isNull())
        c.insert(QStringLiteral("logo"), QString::fromLatin1(LogoUrl));
    return c;
}

bool Letterhead::templateContext(
    const QString &templateText, const QString &templateFolder, QVariantHash *context, QString *error)
{
    *context = Letterhead::context();
    // Only the head is read: a release body may quote anything.
    const qsizetype bodyAt = templateText.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    const QString head = bodyAt < 0 ? templateText : templateText.left(bodyAt);
    const auto meta = [&head](const char *name) {
        return PressReleaseGenerator::metaContent(head, QLatin1String(name)).trimmed();
    };
    const std::pair<const char *, const char *> colours[]
        = { { "color", "roundtable-color" }, { "accent", "roundtable-accent" } };
    for (const auto &[key, metaName] : colours) {
        const QString value = meta(metaName);
        if (value.isEmpty())
            continue;
        const QColor colour(value);
        if (!colour.isValid()) {
            *error = tr("the template's %1 \"%2\" is not a colour (write it as #rrggbb)")
                         .arg(QLatin1String(metaName), value);
            return false;
        }
        context->insert(QLatin1String(key), colour.name());
    }
    const QString logoFile = meta("roundtable-logo");
    if (logoFile.isEmpty())
        return true;
    // The logo lives beside the template: a name, not a path, so that a template cannot
    // reach for files elsewhere.
    if (logoFile.contains(QLatin1Char('/')) || logoFile.contains(QLatin1Char('\\'))
        || logoFile.startsWith(QLatin1Char('.'))) {
        *error = tr("the template's logo \"%1\" must be a file name beside the template, not a path")
                     .arg(logoFile);
        return false;
    }
    QImage logo;
    if (!readLogo(QDir(templateFolder).filePath(logoFile), &logo, error))
        return false;
    const int keep = LogoHeight * TemplateLogoScale;
    if (logo.height() > keep)
        logo = logo.scaledToHeight(keep, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    context->insert(QStringLiteral("logo"),
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    return true;
}

void Letterhead::addTo(QTextDocument &document)
{
    QImage logo = currentLogo();
    if (logo.isNull()) {
        logo = QImage(1, 1, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
    }
    document.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(LogoUrl)), logo);
}

} // namespace rt
