#pragma once

// A 64-bit perceptual hash of an image (DCT hash, OpenCV's img_hash::PHash): images that look the same to a
// person (rescaled, recompressed, slightly cropped or recoloured) have hashes a few bits apart; unrelated images
// differ in about half of the 64 bits.

#include <QImage>
#include <QtGlobal>

#include <array>

namespace candor {

class PerceptualHash
{
public:
    // The hash of a decoded image (any QImage format; alpha is ignored). Throws candor::Error for a null image.
    static quint64 of(const QImage &image);

    static int distance(quint64 a, quint64 b); // Hamming distance, 0..64

    // The four 16-bit chunks a multi-index lookup uses (chunk 0 = the low bits). Two hashes at distance d <= 3
    // agree in at least one chunk (pigeonhole: 3 differing bits cannot touch all 4 chunks), so looking up each
    // chunk for equality and then checking the exact distance finds every neighbour within 3. Farther
    // neighbours are found when their differing bits miss at least one chunk.
    static std::array<quint16, 4> chunks(quint64 hash);
};

} // namespace candor
