#include "core/image/NetworkInput.h"

#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"

#include <opencv2/imgproc.hpp>

namespace candor {

namespace {

// An RGB888 copy with alpha composited onto `background`; grey and indexed images are expanded to RGB.
QImage opaqueRgb(const QImage &image, const std::array<int, 3> &background)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB888);
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    QImage out(rgba.size(), QImage::Format_RGB888);
    for (int y = 0; y < rgba.height(); ++y) {
        const uchar *src = rgba.constScanLine(y);
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < rgba.width(); ++x) {
            const int alpha = src[4 * x + 3];
            for (int c = 0; c < 3; ++c)
                dst[3 * x + c] = uchar((src[4 * x + c] * alpha + background[size_t(c)] * (255 - alpha) + 127) / 255);
        }
    }
    return out;
}

} // namespace

NetworkInput toNetworkInput(const QImage &image, const NetworkInputOptions &options)
{
    if (image.isNull())
        throw Error(Error::tr("cannot prepare an empty image for the network"));
    if (options.width <= 0 || options.height <= 0)
        throw Error(Error::tr("network input size %1x%2 is not positive").arg(options.width).arg(options.height));
    const QImage rgb = opaqueRgb(image, options.background);
    const cv::Mat source(
        rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()), size_t(rgb.bytesPerLine()));
    cv::Mat resized;
    const bool shrinking = rgb.width() > options.width || rgb.height() > options.height;
    cv::resize(
        source, resized, cv::Size(options.width, options.height), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);

    NetworkInput input;
    input.width = options.width;
    input.height = options.height;
    const size_t plane = size_t(options.width) * size_t(options.height);
    input.chw.resize(3 * plane);
    for (int y = 0; y < resized.rows; ++y) {
        const uchar *row = resized.ptr<uchar>(y);
        for (int x = 0; x < resized.cols; ++x) {
            for (int c = 0; c < 3; ++c) {
                const float value = row[3 * x + c] / 255.0f;
                input.chw[size_t(c) * plane + size_t(y) * size_t(options.width) + size_t(x)]
                    = (value - options.mean[size_t(c)]) / options.stdDev[size_t(c)];
            }
        }
    }
    return input;
}

NetworkInput toNetworkInput(const QByteArray &bytes, const QString &origin, const NetworkInputOptions &options)
{
    return toNetworkInput(ImageDecoder::decode(bytes, origin), options);
}

} // namespace candor
