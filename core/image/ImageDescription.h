#pragma once

#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace candor {

// One of the ImageNet classes the pretrained backbone gives the picture.
struct ObjectGuess
{
    QString name; // ImageNet class name ("seashore")
    double probability = 0;
    int wordnetDepth = 0; // of the name's WordNet 3.0 noun; 0: unknown
};

// What the picture's own metadata says (EXIF), when it has any.
struct ExifFacts
{
    QString make;
    QString model;
    QString software;
    QString taken; // DateTimeOriginal, as written ("2016:03:02 10:11:12")
    QString modified; // DateTime

    bool isEmpty() const;
};

// Which of the optional fields a description's text carries. A model is trained on descriptions of one profile and
// must read the same sentences when it predicts: a description completed later (objects added once the classifier
// is installed) is still rendered without them for a model that never saw them.
struct DescriptionProfile
{
    bool objects = false; // the "Objects:" sentence (the pretrained classifier)
    bool faces = false; // the faces sentence (OpenCV's cascade)

    QJsonObject toJson() const;
    static DescriptionProfile fromJson(const QJsonObject &json);
    bool operator==(const DescriptionProfile &other) const { return objects == other.objects && faces == other.faces; }
};

// A picture turned into structured text, after UNITE-FND (paper 004): the paper asks a vision-language model for a
// structured description and classifies text only; Candor has no such model offline, so each field comes from what
// it has: OCR (Tesseract), the pretrained MobileNetV2's ImageNet classes, the file's properties and EXIF, colour
// statistics, OpenCV's face detector. Sentences are plain English whatever the interface language: they are a
// model's input, and a model trained on one wording must see the same wording when it predicts.
struct ImageDescription
{
    // Bump when a field's computation changes: cached descriptions are redone. 2: faces unknown (not 0) when OpenCV
    // fails; EXIF found after a PNG's image data.
    static constexpr int kVersion = 2;

    int width = 0;
    int height = 0;
    QString format; // "JPEG", "PNG", "GIF", "BMP", "WebP"
    qint64 bytes = 0;
    ExifFacts exif;
    double colourfulness = 0; // Hasler & Süsstrunk (2003) M: 0 grey, ~33 moderately, >82 highly colourful
    QString ocrText;
    int ocrWords = 0;
    double textAreaShare = 0; // share of the picture covered by the OCR word boxes (overlaps counted once)
    QList<ObjectGuess> objects; // most probable first
    bool objectsKnown = false; // false: no backbone was available
    int faces = -1; // -1: no face detector was available
    QList<QRect> faceBoxes;

    // One per field, in a fixed order; `profile` leaves out the optional sentences it does not carry (null: every
    // sentence the description has).
    QStringList sentences(const DescriptionProfile *profile = nullptr) const;
    QString toText(const DescriptionProfile *profile = nullptr) const; // the sentences joined by spaces

    QJsonObject toJson() const;
    // Throws candor::Error naming `origin` when the object is not a description of this version.
    static ImageDescription fromJson(const QJsonObject &json, const QString &origin);
};

// Hasler & Süsstrunk's colourfulness of an image (any format; alpha ignored), on a copy no larger than 512 px.
double colourfulness(const QImage &image);
// The share of a width x height picture that the boxes cover, overlaps counted once (measured on a grid of at
// most 512 x 512 cells).
double coveredShare(const QList<QRect> &boxes, int width, int height);

} // namespace candor
