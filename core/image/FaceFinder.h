#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>

namespace candor {

// Frontal faces in a picture, with OpenCV's Haar cascade from Debian's opencv-data
// (/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml, or $CANDOR_FACE_CASCADE). The picture is
// read in grey, histogram-equalised, at most 800 px on its long side; boxes come back in the original's pixels.
// Not thread-safe: one instance per worker.
class FaceFinder
{
public:
    FaceFinder();
    ~FaceFinder();
    FaceFinder(const FaceFinder &) = delete;
    FaceFinder &operator=(const FaceFinder &) = delete;

    bool isAvailable() const; // false when the cascade file is missing or unreadable
    QString cascadePath() const { return m_path; }
    // nullopt when not available or when OpenCV fails on this picture (then the picture's faces are unknown, not 0).
    std::optional<QList<QRect>> find(const QImage &image) const;

private:
    struct Detector;
    std::unique_ptr<Detector> m_detector;
    QString m_path;
};

} // namespace candor
