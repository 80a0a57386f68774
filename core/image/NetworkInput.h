#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <array>
#include <vector>

namespace candor {

// How an image becomes the input tensor of an ImageNet-trained network. The defaults are torchvision's.
struct NetworkInputOptions
{
    int width = 224;
    int height = 224;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f}; // RGB order
    std::array<float, 3> stdDev{0.229f, 0.224f, 0.225f};
    // Transparent pixels are composited onto this colour first: meme PNGs often have transparent borders
    // whose RGB values are arbitrary.
    std::array<int, 3> background{255, 255, 255};
};

// A plain float buffer, so core hands images to the models layer without knowing torch: three planes
// (R, G, B) of height x width values, normalised with the options' mean and standard deviation.
struct NetworkInput
{
    int width = 0;
    int height = 0;
    std::vector<float> chw;

    float at(int channel, int y, int x) const { return chw[size_t((channel * height + y) * width + x)]; }
};

// Resizes (area averaging when shrinking, bilinear when enlarging; the aspect ratio is not kept, as the
// networks were trained on squashed crops of whole images), converts grey and alpha images to RGB and normalises.
NetworkInput toNetworkInput(const QImage &image, const NetworkInputOptions &options = {});
// Decodes untrusted bytes with ImageDecoder (content-sniffed type, EXIF orientation, bomb and truncation checks)
// and prepares them. Throws candor::Error naming `origin`.
NetworkInput toNetworkInput(const QByteArray &bytes, const QString &origin, const NetworkInputOptions &options = {});

} // namespace candor
