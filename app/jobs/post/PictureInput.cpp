#include "app/jobs/post/PictureInput.h"

#include "app/jobs/post/DescribeImages.h"
#include "app/jobs/post/ImageDescriber.h"
#include "core/domain/Error.h"

namespace candor {

QString pictureInputName(PictureInput input)
{
    switch (input) {
    case PictureInput::Text: return QStringLiteral("text");
    case PictureInput::Description: return QStringLiteral("description");
    case PictureInput::TextAndDescription: return QStringLiteral("text+description");
    }
    return {};
}

PictureInput pictureInputFromName(const QString &name)
{
    for (const PictureInput input : {PictureInput::Text, PictureInput::Description, PictureInput::TextAndDescription})
        if (name == pictureInputName(input))
            return input;
    throw Error(Error::tr("unknown picture input '%1' (text, description or text+description)").arg(name));
}

DescriptionProfile availableDescriptionProfile(const QString &projectPath, const QString &modelsFolder)
{
    return ImageDescriber(projectPath, modelsFolder).profile();
}

void applyPictureInput(const ProjectStore &store, const QString &projectPath, const QString &modelsFolder,
    PictureInput input, const DescriptionProfile &profile, QList<TextTaskItem> &items, const std::atomic_bool *cancel)
{
    if (input == PictureInput::Text || items.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const TextTaskItem &item : items)
        ids.append(item.itemId);
    QStringList problems;
    const QHash<qint64, QString> descriptions
        = itemPictureDescriptions(store, projectPath, modelsFolder, ids, profile, &problems, cancel);
    if (cancel && cancel->load())
        return;
    if (!problems.isEmpty())
        throw Error(Error::tr("%1: %n picture(s) could not be described: %2", nullptr, int(problems.size()))
                        .arg(projectPath, problems.mid(0, 3).join(QStringLiteral("; "))));
    const std::string noPicture = "No picture.";
    for (TextTaskItem &item : items) {
        const auto found = descriptions.constFind(item.itemId);
        const std::string description = found == descriptions.constEnd() ? noPicture : found->toStdString();
        item.example.text = input == PictureInput::Description ? description : item.example.text + "\n" + description;
    }
}

void applyVersionPictureInput(const ProjectStore &store, const QString &projectPath, const QJsonObject &versionConfig,
    QList<TextTaskItem> &items, const std::atomic_bool *cancel, const QString &modelsFolder)
{
    applyPictureInput(store, projectPath, modelsFolder,
        pictureInputFromName(versionConfig.value(QStringLiteral("picture_input")).toString(QStringLiteral("text"))),
        DescriptionProfile::fromJson(versionConfig.value(QStringLiteral("picture_description")).toObject()), items,
        cancel);
}

} // namespace candor
