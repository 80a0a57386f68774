#include "core/image/FaceFinder.h"

#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>

namespace candor {

struct FaceFinder::Detector
{
    cv::CascadeClassifier cascade;
};

FaceFinder::FaceFinder()
    : m_detector(std::make_unique<Detector>())
{
    const QByteArray configured = qgetenv("CANDOR_FACE_CASCADE");
    m_path = !configured.isEmpty()
        ? QString::fromLocal8Bit(configured)
        : QStringLiteral("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");
    if (!QFileInfo(m_path).isFile())
        return;
    try {
        m_detector->cascade.load(m_path.toStdString());
    } catch (const cv::Exception &) {
        m_detector->cascade = cv::CascadeClassifier(); // a damaged file: no detector, not a crash
    }
}

FaceFinder::~FaceFinder() = default;

bool FaceFinder::isAvailable() const
{
    return !m_detector->cascade.empty();
}

std::optional<QList<QRect>> FaceFinder::find(const QImage &image) const
{
    if (!isAvailable() || image.isNull())
        return std::nullopt;
    const double scale = std::min(1.0, 800.0 / std::max(image.width(), image.height()));
    QImage grey = (scale < 1.0 ? image.scaled(std::max(1, int(image.width() * scale)),
                       std::max(1, int(image.height() * scale)), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               : image)
                      .convertToFormat(QImage::Format_Grayscale8);
    std::vector<cv::Rect> found;
    try {
        const cv::Mat view(grey.height(), grey.width(), CV_8UC1, grey.bits(), size_t(grey.bytesPerLine()));
        cv::Mat equalised;
        cv::equalizeHist(view, equalised);
        const int minSide = std::max(24, std::min(grey.width(), grey.height()) / 20);
        m_detector->cascade.detectMultiScale(equalised, found, 1.1, 5, 0, cv::Size(minSide, minSide));
    } catch (const cv::Exception &) {
        return std::nullopt;
    }
    QList<QRect> boxes;
    for (const cv::Rect &r : found)
        boxes.append(QRect(int(r.x / scale), int(r.y / scale), int(r.width / scale), int(r.height / scale)));
    std::sort(boxes.begin(), boxes.end(),
        [](const QRect &a, const QRect &b) { return a.width() * a.height() > b.width() * b.height(); });
    return boxes;
}

} // namespace candor
