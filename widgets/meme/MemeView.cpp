#include "widgets/meme/MemeView.h"

#include "core/domain/Error.h"
#include "core/image/Heatmap.h"
#include "core/image/ImageDecoder.h"
#include "core/ocr/WordLinks.h"
#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"
#include "widgets/meme/MemeImageView.h"
#include "widgets/meme/MemeTextLink.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QSlider>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace candor {

namespace {
// The task name of the meme models (app/jobs MemeTask::name); widgets cannot include app/jobs.
const QString kMemeTask = QStringLiteral("persuasion-multimodal");
const QString kAttention = QStringLiteral("attention");
const QString kGradCam = QStringLiteral("gradcam");
} // namespace

MemeView::MemeView(std::function<ProjectStore *()> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_image(new MemeImageView(this))
{
    setAccessibleName(tr("Meme view"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_image, 1);
    setVisible(false);
}

QToolBar *MemeView::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setAccessibleName(tr("Meme tools"));
    bar->setIconSize(QSize(16, 16));
    m_heatmapAction = bar->addAction(tr("Heatmap"));
    m_heatmapAction->setCheckable(true);
    m_heatmapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_heatmapAction->setToolTip(tr("Show where the model looks: the caption's attention over the image grid, or the "
                                   "Grad-CAM of the technique picked beside"));
    connect(m_heatmapAction, &QAction::toggled, this, &MemeView::refreshMap);

    m_technique = new QComboBox(this);
    m_technique->setAccessibleName(tr("Heatmap technique"));
    m_technique->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_technique->setMaximumWidth(260);
    // Below its contents' width (names elide) before the slider has to give way in a narrow centre.
    m_technique->setMinimumWidth(140);
    connect(m_technique, &QComboBox::currentIndexChanged, this, &MemeView::refreshMap);
    bar->addWidget(m_technique);

    auto *opacityLabel = new QLabel(tr("Opacity"), this);
    bar->addWidget(opacityLabel);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    // A squeezed toolbar used to leave the slider only its handle, which read as a faint checkbox (worst on a dark
    // palette): it keeps room for its groove.
    m_opacity->setMinimumWidth(80);
    m_opacity->setMaximumWidth(120);
    m_opacity->setAccessibleName(tr("Heatmap opacity"));
    opacityLabel->setBuddy(m_opacity);
    connect(m_opacity, &QSlider::valueChanged, this, &MemeView::updateOverlay);
    bar->addWidget(m_opacity);
    bar->addSeparator();

    // Short button texts keep every tool visible beside the docks; the full names are the tooltips.
    const auto tool
        = [this, bar](const QString &text, const QString &shortText, const QString &tip, auto receiver, auto slot) {
              QAction *action = bar->addAction(text, receiver, slot);
              action->setIconText(shortText);
              action->setToolTip(tip);
              return action;
          };
    tool(tr("Zoom in"), QStringLiteral("+"), tr("Zoom in (+ or the wheel over the image)"), m_image,
        &MemeImageView::zoomIn);
    tool(tr("Zoom out"), QStringLiteral("−"), tr("Zoom out (-)"), m_image, &MemeImageView::zoomOut);
    tool(tr("Fit"), tr("Fit"), tr("Show the whole image (0)"), m_image, &MemeImageView::fitToView);
    m_saveAction = tool(tr("Save overlay as PNG…"), tr("Save PNG…"),
        tr("Save the image with the heatmap and highlights as PNG"), this, &MemeView::askSaveOverlay);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_state = new QLabel(this);
    m_state->setAccessibleName(tr("Heatmap state"));
    bar->addWidget(m_state);
    return bar;
}

void MemeView::setMapRequests(MemeMapRequests *requests)
{
    if (m_requests)
        disconnect(m_requests, nullptr, this, nullptr);
    m_requests = requests;
    if (m_requests) {
        connect(m_requests, &MemeMapRequests::mapStored, this, &MemeView::onMapStored);
        connect(m_requests, &MemeMapRequests::mapFailed, this, &MemeView::onMapFailed);
    }
}

void MemeView::attachText(SpanTextView *text)
{
    delete m_link;
    m_link = new MemeTextLink(text, m_image, this);
}

void MemeView::clear()
{
    m_itemId = 0;
    m_versionId = 0;
    m_picture = QImage();
    m_heat = QImage();
    m_words.clear();
    m_heatCache.clear();
    m_image->setOverlay({});
    if (m_link)
        m_link->setContent(QString(), {});
    setVisible(false);
}

bool MemeView::showItem(const Item &item)
{
    clear();
    const ProjectStore *store = m_store();
    if (!store || !item.mediaId)
        return false;
    try {
        m_picture = ImageDecoder::decode(store->mediaBytes(*item.mediaId), tr("item %1").arg(item.id));
    } catch (const Error &error) {
        Q_EMIT statusMessage(error.message());
        return false;
    }
    m_itemId = item.id;
    m_words = linkWordsToText(ocrWords(*store, item.id), item.text);
    if (m_link)
        m_link->setContent(item.text, m_words);
    chooseModelVersion(*store);
    fillTechniques(*store);
    setVisible(true);
    refreshMap();
    return true;
}

void MemeView::chooseModelVersion(const ProjectStore &store)
{
    // The latest version that sees images, one that also reads the caption (fused, gated) before an image-only
    // one; text-only models have no map.
    std::optional<ModelVersion> best;
    for (const ModelVersion &version : store.modelVersions(kMemeTask)) {
        const QString variant = version.config.value(QStringLiteral("variant")).toString();
        if (variant == QLatin1String("text"))
            continue;
        const auto rank = [](const ModelVersion &v) {
            return std::make_pair(v.config.value(QStringLiteral("variant")).toString() != QLatin1String("image"), v.id);
        };
        if (!best || rank(version) > rank(*best))
            best = version;
    }
    m_versionId = best ? best->id : 0;
    m_heatmapAction->setEnabled(m_versionId != 0);
    m_technique->setEnabled(m_versionId != 0);
    m_heatmapAction->setStatusTip(m_versionId ? tr("Model version %1 (%2)").arg(m_versionId).arg(best->name)
                                              : tr("Train a %1 model with images to see heatmaps").arg(kMemeTask));
}

void MemeView::fillTechniques(const ProjectStore &store)
{
    const QString keep = technique();
    QHash<QString, double> scores;
    if (m_versionId) {
        AnnotationFilter filter;
        filter.modelVersionId = m_versionId;
        for (const Annotation &a : store.annotations(m_itemId, filter))
            if (a.schema == Schemas::Persuasion22 && a.score)
                scores.insert(a.label, *a.score);
    }
    QStringList names = store.schema(Schemas::Persuasion22).labelNames();
    // Stable: the techniques the model proposed for this meme first (most probable first), then the official order.
    std::stable_sort(names.begin(), names.end(),
        [&scores](const QString &a, const QString &b) { return scores.value(a, -1) > scores.value(b, -1); });
    const QSignalBlocker blocker(m_technique);
    m_technique->clear();
    m_technique->addItem(tr("Attention (caption → image)"), QString());
    for (const QString &name : names)
        m_technique->addItem(scores.contains(name)
                ? tr("Grad-CAM: %1 (p %2)").arg(name).arg(scores.value(name), 0, 'f', 2)
                : tr("Grad-CAM: %1").arg(name),
            name);
    m_technique->setCurrentIndex(std::max(0, m_technique->findData(keep)));
}

MemeMapKey MemeView::currentMapKey() const
{
    const QString label = technique();
    return {m_itemId, m_versionId, label.isEmpty() ? kAttention : kGradCam, label};
}

void MemeView::refreshMap()
{
    m_heat = QImage();
    m_state->clear();
    if (m_itemId == 0 || !isHeatmapShown() || m_versionId == 0) {
        updateOverlay();
        return;
    }
    const MemeMapKey key = currentMapKey();
    auto cached = m_heatCache.constFind(key.label);
    if (cached != m_heatCache.constEnd()) {
        m_heat = *cached;
    } else if (const ProjectStore *store = m_store()) {
        std::optional<ImageMap> map;
        try {
            map = imageMap(*store, key.itemId, key.modelVersionId, key.kind, key.label);
        } catch (const Error &error) {
            Q_EMIT statusMessage(error.message());
        }
        if (map) {
            m_heat = Heatmap(map->weights, map->rows, map->cols).render(m_picture.width(), m_picture.height());
            m_heatCache.insert(key.label, m_heat);
        } else if (m_requests) {
            if (!m_pending.contains(key)) {
                m_pending.append(key);
                m_requests->request(key);
            }
            m_state->setText(tr("computing…"));
        } else {
            m_state->setText(tr("no stored map"));
        }
    }
    updateOverlay();
}

void MemeView::updateOverlay()
{
    MemeOverlay overlay = m_image->overlay();
    overlay.image = m_picture;
    overlay.heat = m_heat;
    overlay.opacity = opacity();
    overlay.wordBoxes.clear();
    for (const OcrWord &word : m_words)
        overlay.wordBoxes.append(word.box);
    m_image->setOverlay(overlay);
    m_saveAction->setEnabled(!m_picture.isNull());
}

void MemeView::onMapStored(const MemeMapKey &key)
{
    m_pending.removeAll(key);
    if (key.itemId == m_itemId && key.modelVersionId == m_versionId && key == currentMapKey())
        refreshMap();
}

void MemeView::onMapFailed(const MemeMapKey &key, const QString &message)
{
    m_pending.removeAll(key);
    if (key == currentMapKey())
        m_state->setText(tr("map failed"));
    Q_EMIT statusMessage(tr("Heatmap of item %1: %2").arg(key.itemId).arg(message));
}

bool MemeView::isHeatmapShown() const
{
    return m_heatmapAction->isChecked();
}

void MemeView::setHeatmapShown(bool shown)
{
    m_heatmapAction->setChecked(shown);
}

double MemeView::opacity() const
{
    return m_opacity->value() / 100.0;
}

void MemeView::setOpacity(double opacity)
{
    m_opacity->setValue(qRound(std::clamp(opacity, 0.0, 1.0) * 100));
}

QString MemeView::technique() const
{
    return m_technique->currentData().toString();
}

void MemeView::setTechnique(const QString &technique)
{
    const int index = m_technique->findData(technique);
    if (index >= 0)
        m_technique->setCurrentIndex(index);
}

QStringList MemeView::techniques() const
{
    QStringList out;
    for (int i = 1; i < m_technique->count(); ++i)
        out.append(m_technique->itemData(i).toString());
    return out;
}

QImage MemeView::overlayImage() const
{
    return m_image->overlay().render();
}

bool MemeView::saveOverlay(const QString &path)
{
    if (m_picture.isNull())
        return false;
    if (!overlayImage().save(path, "PNG")) {
        Q_EMIT statusMessage(tr("Could not write %1").arg(path));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved the overlay of item %1 to %2").arg(m_itemId).arg(path));
    return true;
}

void MemeView::askSaveOverlay()
{
    const QString suggested
        = QStringLiteral("meme-%1-%2.png")
              .arg(m_itemId)
              .arg(technique().isEmpty()
                      ? kAttention
                      : QString(technique())
                            .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-")));
    const QString path = m_saveFileName
        ? m_saveFileName()
        : QFileDialog::getSaveFileName(this, tr("Save overlay as PNG"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveOverlay(path);
}

} // namespace candor
