// A stored text model's files as the project hands them to the engine: part 0 config.json (the models' config
// reader, readTextModelConfig), part 1 model.safetensors. What loads must predict on two texts without fault.
// tokenizer.model is left out: it is sentencepiece's own format, parsed by that library, not by Candor.
#include "models/text/TextModel.h"
#include "tests/fuzz/FuzzSupport.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = candor::fuzz::splitParts(data, size, 2);
    const std::map<std::string, std::string> files{
        {"config.json", parts[0].toStdString()}, {"model.safetensors", parts[1].toStdString()}};
    std::unique_ptr<candor::models::TextModel> model;
    try {
        model = candor::models::TextModel::load(files);
    } catch (const std::runtime_error &) {
        return 0;
    }
    model->predict({"Only a fool would trust them: wake up!", ""});
    return 0;
}
