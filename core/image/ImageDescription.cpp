#include "core/image/ImageDescription.h"

#include "core/domain/Error.h"

#include <QImage>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace candor {

namespace {

QString orientation(int width, int height)
{
    if (width == height)
        return QStringLiteral("square");
    return width > height ? QStringLiteral("landscape") : QStringLiteral("portrait");
}

// Hasler & Süsstrunk's scale (their Table 2: the M values people called "slightly" ... "extremely" colourful).
QString colourWord(double m)
{
    if (m < 15)
        return QStringLiteral("not colourful");
    if (m < 33)
        return QStringLiteral("slightly colourful");
    if (m < 45)
        return QStringLiteral("moderately colourful");
    if (m < 59)
        return QStringLiteral("averagely colourful");
    if (m < 82)
        return QStringLiteral("quite colourful");
    if (m < 109)
        return QStringLiteral("highly colourful");
    return QStringLiteral("extremely colourful");
}

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + QLatin1Char('%');
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QString::number(double(bytes) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB")
                                : QString::number(qMax<qint64>(1, (bytes + 512) / 1024)) + QStringLiteral(" KB");
}

QJsonObject boxJson(const QRect &box)
{
    return {{QStringLiteral("x"), box.x()}, {QStringLiteral("y"), box.y()}, {QStringLiteral("w"), box.width()},
        {QStringLiteral("h"), box.height()}};
}

} // namespace

bool ExifFacts::isEmpty() const
{
    return make.isEmpty() && model.isEmpty() && software.isEmpty() && taken.isEmpty() && modified.isEmpty();
}

QJsonObject DescriptionProfile::toJson() const
{
    return {{QStringLiteral("objects"), objects}, {QStringLiteral("faces"), faces}};
}

DescriptionProfile DescriptionProfile::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("objects")).toBool(), json.value(QStringLiteral("faces")).toBool()};
}

QStringList ImageDescription::sentences(const DescriptionProfile *profile) const
{
    QStringList out;
    const double aspect = height > 0 ? double(width) / height : 0;
    out << QStringLiteral("Picture: %1 x %2 pixels, %3 (aspect %4), %5, %6.")
               .arg(width)
               .arg(height)
               .arg(orientation(width, height), QString::number(aspect, 'f', 2), format, sizeText(bytes));
    if (exif.isEmpty()) {
        out << QStringLiteral("No camera metadata.");
    } else {
        QStringList parts;
        const QString camera = QStringList{exif.make, exif.model}.join(QLatin1Char(' ')).trimmed();
        if (!camera.isEmpty())
            parts << QStringLiteral("camera %1").arg(camera);
        if (!exif.software.isEmpty())
            parts << QStringLiteral("software %1").arg(exif.software);
        if (!exif.taken.isEmpty())
            parts << QStringLiteral("taken %1").arg(exif.taken);
        if (!exif.modified.isEmpty() && exif.modified != exif.taken)
            parts << QStringLiteral("modified %1").arg(exif.modified);
        out << QStringLiteral("Metadata: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    out << QStringLiteral("Colour: %1 (%2).").arg(colourWord(colourfulness), QString::number(qRound(colourfulness)));
    if (ocrWords > 0)
        out << QStringLiteral("Text covers %1 of the picture (%2 words): %3")
                   .arg(percent(textAreaShare))
                   .arg(ocrWords)
                   .arg(QString(ocrText).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified());
    else
        out << QStringLiteral("No text in the picture.");
    if (objectsKnown && (!profile || profile->objects)) {
        QStringList names;
        for (const ObjectGuess &object : objects)
            names << QStringLiteral("%1 (%2)").arg(object.name, percent(object.probability));
        out << (names.isEmpty() ? QStringLiteral("No recognisable object.")
                                : QStringLiteral("Objects: %1.").arg(names.join(QStringLiteral(", "))));
    }
    if (profile && !profile->faces)
        return out;
    if (faces == 0)
        out << QStringLiteral("No faces.");
    else if (faces == 1)
        out << QStringLiteral("One face.");
    else if (faces > 1)
        out << QStringLiteral("%1 faces.").arg(faces);
    return out;
}

QString ImageDescription::toText(const DescriptionProfile *profile) const
{
    return sentences(profile).join(QLatin1Char(' '));
}

QJsonObject ImageDescription::toJson() const
{
    QJsonArray objectArray;
    for (const ObjectGuess &object : objects)
        objectArray.append(
            QJsonObject{{QStringLiteral("name"), object.name}, {QStringLiteral("probability"), object.probability},
                {QStringLiteral("wordnet_depth"), object.wordnetDepth}});
    QJsonArray faceArray;
    for (const QRect &box : faceBoxes)
        faceArray.append(boxJson(box));
    QJsonObject json{{QStringLiteral("version"), kVersion}, {QStringLiteral("width"), width},
        {QStringLiteral("height"), height}, {QStringLiteral("format"), format},
        {QStringLiteral("bytes"), double(bytes)}, {QStringLiteral("colourfulness"), colourfulness},
        {QStringLiteral("ocr_text"), ocrText}, {QStringLiteral("ocr_words"), ocrWords},
        {QStringLiteral("text_area_share"), textAreaShare}, {QStringLiteral("faces"), faces},
        {QStringLiteral("face_boxes"), faceArray}};
    if (objectsKnown)
        json.insert(QStringLiteral("objects"), objectArray);
    QJsonObject exifJson;
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            exifJson.insert(QLatin1String(key), value);
    };
    put("make", exif.make);
    put("model", exif.model);
    put("software", exif.software);
    put("taken", exif.taken);
    put("modified", exif.modified);
    json.insert(QStringLiteral("exif"), exifJson);
    return json;
}

ImageDescription ImageDescription::fromJson(const QJsonObject &json, const QString &origin)
{
    if (json.value(QStringLiteral("version")).toInt() != kVersion)
        throw Error(Error::tr("%1: not an image description of version %2").arg(origin).arg(kVersion));
    ImageDescription d;
    d.width = json.value(QStringLiteral("width")).toInt();
    d.height = json.value(QStringLiteral("height")).toInt();
    d.format = json.value(QStringLiteral("format")).toString();
    d.bytes = qint64(json.value(QStringLiteral("bytes")).toDouble());
    d.colourfulness = json.value(QStringLiteral("colourfulness")).toDouble();
    d.ocrText = json.value(QStringLiteral("ocr_text")).toString();
    d.ocrWords = json.value(QStringLiteral("ocr_words")).toInt();
    d.textAreaShare = json.value(QStringLiteral("text_area_share")).toDouble();
    d.faces = json.value(QStringLiteral("faces")).toInt(-1);
    for (const QJsonValue &value : json.value(QStringLiteral("face_boxes")).toArray()) {
        const QJsonObject box = value.toObject();
        d.faceBoxes.append(QRect(box.value(QStringLiteral("x")).toInt(), box.value(QStringLiteral("y")).toInt(),
            box.value(QStringLiteral("w")).toInt(), box.value(QStringLiteral("h")).toInt()));
    }
    d.objectsKnown = json.contains(QStringLiteral("objects"));
    for (const QJsonValue &value : json.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject object = value.toObject();
        d.objects.append(
            {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("probability")).toDouble(),
                object.value(QStringLiteral("wordnet_depth")).toInt()});
    }
    const QJsonObject exif = json.value(QStringLiteral("exif")).toObject();
    d.exif.make = exif.value(QStringLiteral("make")).toString();
    d.exif.model = exif.value(QStringLiteral("model")).toString();
    d.exif.software = exif.value(QStringLiteral("software")).toString();
    d.exif.taken = exif.value(QStringLiteral("taken")).toString();
    d.exif.modified = exif.value(QStringLiteral("modified")).toString();
    if (d.width <= 0 || d.height <= 0)
        throw Error(Error::tr("%1: the image description has no picture size").arg(origin));
    return d;
}

double colourfulness(const QImage &image)
{
    if (image.isNull())
        return 0;
    QImage rgb = image.width() > 512 || image.height() > 512
        ? image.scaled(512, 512, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    rgb = rgb.convertToFormat(QImage::Format_RGB888);
    double sumRg = 0, sumYb = 0, sumRg2 = 0, sumYb2 = 0;
    const qint64 n = qint64(rgb.width()) * rgb.height();
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const double r = line[3 * x], g = line[3 * x + 1], b = line[3 * x + 2];
            const double rg = r - g;
            const double yb = 0.5 * (r + g) - b;
            sumRg += rg;
            sumYb += yb;
            sumRg2 += rg * rg;
            sumYb2 += yb * yb;
        }
    }
    const double meanRg = sumRg / n, meanYb = sumYb / n;
    const double varRg = std::max(0.0, sumRg2 / n - meanRg * meanRg);
    const double varYb = std::max(0.0, sumYb2 / n - meanYb * meanYb);
    return std::sqrt(varRg + varYb) + 0.3 * std::sqrt(meanRg * meanRg + meanYb * meanYb);
}

double coveredShare(const QList<QRect> &boxes, int width, int height)
{
    if (width <= 0 || height <= 0)
        return 0;
    const int cols = std::min(width, 512), rows = std::min(height, 512);
    std::vector<char> covered(size_t(cols) * size_t(rows), 0);
    const QRect picture(0, 0, width, height);
    for (const QRect &raw : boxes) {
        const QRect box = raw.intersected(picture);
        if (box.isEmpty())
            continue;
        // Cells whose centre lies inside the box.
        const int c0 = int(std::ceil((double(box.left()) * cols) / width - 0.5));
        const int c1 = int(std::ceil((double(box.left() + box.width()) * cols) / width - 0.5));
        const int r0 = int(std::ceil((double(box.top()) * rows) / height - 0.5));
        const int r1 = int(std::ceil((double(box.top() + box.height()) * rows) / height - 0.5));
        for (int r = std::max(0, r0); r < std::min(rows, r1); ++r)
            for (int c = std::max(0, c0); c < std::min(cols, c1); ++c)
                covered[size_t(r) * size_t(cols) + size_t(c)] = 1;
    }
    return double(std::count(covered.begin(), covered.end(), 1)) / double(covered.size());
}

} // namespace candor
