#include "models/meme/LinearMemeModel.h"

#include <chrono>
#include <stdexcept>

namespace candor::models {

namespace {

class LinearMemeModel final : public MemeModel
{
public:
    LinearMemeModel(std::unique_ptr<TextModel> text, std::vector<std::string> labels)
        : m_text(std::move(text))
        , m_labels(std::move(labels))
    {
    }

    std::vector<MemePrediction> predict(const std::vector<MemeExample> &memes) const override
    {
        std::vector<std::string> captions;
        captions.reserve(memes.size());
        for (const MemeExample &meme : memes)
            captions.push_back(meme.text);
        std::vector<MemePrediction> out;
        out.reserve(memes.size());
        for (TextPrediction &text : m_text->predict(captions)) {
            MemePrediction prediction;
            prediction.scores = std::move(text.classScores);
            prediction.labels = std::move(text.classes);
            out.push_back(std::move(prediction));
        }
        return out;
    }

    std::vector<float> gradCam(const MemeExample &, int label) const override
    {
        if (label < 0 || label >= int(m_labels.size()))
            throw std::invalid_argument("meme model: label " + std::to_string(label) + " out of range");
        return {}; // the caption alone: no image regions to weigh
    }

    std::map<std::string, std::string> save() const override
    {
        std::map<std::string, std::string> files = m_text->save();
        files[linearMemeMarkerFile()] = "persuasion-multimodal linear (caption only)\n";
        return files;
    }

    const std::vector<std::string> &labels() const override { return m_labels; }
    MemeVariant variant() const override { return MemeVariant::Linear; }
    // Its thresholds are the text engine's, chosen by its inner CV and stored with its weights.
    double threshold() const override { return 0; }

private:
    std::unique_ptr<TextModel> m_text;
    std::vector<std::string> m_labels;
};

} // namespace

const std::string &linearMemeMarkerFile()
{
    static const std::string name = "meme-linear.txt";
    return name;
}

std::unique_ptr<MemeModel> trainLinearMemeModel(const std::vector<std::string> &labels,
    const std::vector<MemeExample> &train, const MemeTrainConfig &config, MemeTrainReport &report,
    const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    TextTaskDefinition task;
    task.kind = TextTaskKind::MultiLabel;
    task.classLabels = labels;
    const std::vector<TextExample> captions = memesAsTextExamples(train);
    TextTrainConfig text;
    text.seed = config.seed;
    text.threads = config.threads;
    text.trainTransformer = false;
    text.trainNgramBaseline = false;
    text.trainEnsemble = false;
    text.trainLinear = true;
    text.bootstrapResamples = 200; // the inner lead is not used; the meme selection computes its own
    TrainReport textReport;
    auto model = TextModel::train(task, captions, {}, {}, text, textReport, control);
    const auto linear = textReport.candidates.find("linear");
    report.bestEpoch = linear == textReport.candidates.end() ? 0 : linear->second.epoch;
    report.epochsRun = report.bestEpoch;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return std::make_unique<LinearMemeModel>(std::move(model), labels);
}

std::unique_ptr<MemeModel> loadLinearMemeModel(const std::map<std::string, std::string> &files)
{
    std::map<std::string, std::string> textFiles = files;
    textFiles.erase(linearMemeMarkerFile());
    auto text = TextModel::load(textFiles);
    if (text->task().kind != TextTaskKind::MultiLabel)
        throw std::runtime_error("linear meme model: the stored text model is not a multi-label one");
    std::vector<std::string> labels = text->task().classLabels;
    return std::make_unique<LinearMemeModel>(std::move(text), std::move(labels));
}

} // namespace candor::models
