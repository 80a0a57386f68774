#include "core/image/JpegDecoder.h"

#include "core/domain/Error.h"

#include <csetjmp>
#include <cstdio>
#include <jpeglib.h>
#include <vector>

namespace candor {

namespace {

// libjpeg reports through these callbacks: a fatal error jumps back to decodeJpeg (C code cannot carry a C++
// exception), a warning is kept. Nothing is printed.
struct ErrorManager
{
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char fatal[JMSG_LENGTH_MAX];
    std::vector<std::string> *warnings;
};

void onError(j_common_ptr info)
{
    auto *manager = reinterpret_cast<ErrorManager *>(info->err);
    info->err->format_message(info, manager->fatal);
    std::longjmp(manager->jump, 1);
}

void onMessage(j_common_ptr info, int level)
{
    if (level >= 0)
        return; // trace messages
    auto *manager = reinterpret_cast<ErrorManager *>(info->err);
    // libjpeg counts every corrupt-data warning; the first few say what happened, the rest repeat it.
    if (++info->err->num_warnings > 3)
        return;
    char text[JMSG_LENGTH_MAX];
    info->err->format_message(info, text);
    manager->warnings->push_back(text);
}

} // namespace

QImage decodeJpeg(const QByteArray &bytes, QSize expected, QStringList &warnings)
{
    // Everything with a destructor lives before setjmp: a longjmp must not skip one.
    std::vector<std::string> messages;
    QImage image;
    jpeg_decompress_struct info;
    ErrorManager manager;
    info.err = jpeg_std_error(&manager.pub);
    manager.pub.error_exit = onError;
    manager.pub.emit_message = onMessage;
    manager.warnings = &messages;
    if (setjmp(manager.jump)) {
        jpeg_destroy_decompress(&info);
        throw Error(Error::tr("cannot decode JPEG: %1").arg(QString::fromLocal8Bit(manager.fatal)));
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(
        &info, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    if (qint64(info.image_width) != expected.width() || qint64(info.image_height) != expected.height()) {
        std::snprintf(manager.fatal, sizeof manager.fatal, "the frame is %ux%u pixels but the header read %dx%d",
            info.image_width, info.image_height, expected.width(), expected.height());
        std::longjmp(manager.jump, 1);
    }
    if (info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK) {
        jpeg_destroy_decompress(&info);
        return {};
    }
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    image = QImage(int(info.output_width), int(info.output_height), QImage::Format_RGB888);
    if (image.isNull()) {
        std::snprintf(
            manager.fatal, sizeof manager.fatal, "no memory for %ux%u pixels", info.output_width, info.output_height);
        std::longjmp(manager.jump, 1);
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = image.scanLine(int(info.output_scanline));
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    for (const std::string &message : messages)
        warnings.append(QString::fromLocal8Bit(message.c_str()));
    return image;
}

} // namespace candor
