#include "core/image/PerceptualHash.h"

#include "core/domain/Error.h"

#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

namespace candor {

quint64 PerceptualHash::of(const QImage &image)
{
    if (image.isNull())
        throw Error(Error::tr("cannot hash an empty image"));
    // One conversion path for every input format (Qt's own grey conversions round differently per format).
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat colour(
        rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()), size_t(rgb.bytesPerLine()));
    cv::Mat source;
    cv::cvtColor(colour, source, cv::COLOR_RGB2GRAY);
    // PHash shrinks to 32 x 32 with bilinear sampling, which aliases on large images: a half-size copy would
    // sample different pixels. Area averaging first makes the 32 x 32 input (nearly) independent of the scale.
    cv::Mat small;
    cv::resize(source, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat hash;
    try {
        cv::img_hash::PHash::create()->compute(small, hash);
    } catch (const cv::Exception &error) {
        throw Error(Error::tr("cannot hash the image: %1").arg(QString::fromUtf8(error.what())));
    }
    quint64 value = 0;
    for (int i = 0; i < hash.cols; ++i)
        value |= quint64(hash.at<uchar>(0, i)) << (8 * i);
    return value;
}

int PerceptualHash::distance(quint64 a, quint64 b)
{
    return qPopulationCount(a ^ b);
}

std::array<quint16, 4> PerceptualHash::chunks(quint64 hash)
{
    return {quint16(hash), quint16(hash >> 16), quint16(hash >> 32), quint16(hash >> 48)};
}

} // namespace candor
