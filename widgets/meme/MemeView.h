#pragma once

#include "core/domain/Item.h"
#include "core/ocr/MemeOcr.h"
#include "widgets/meme/MemeMapRequests.h"

#include <QHash>
#include <QImage>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolBar;

namespace candor {

class MemeImageView;
class MemeTextLink;
class ProjectStore;
class SpanTextView;

// A meme in the item view: the image with its linked text, the model's heatmap (the caption's attention over
// the 7x7 grid, or the Grad-CAM of the technique picked in the selector) with an opacity slider, zoom and pan,
// and "Save overlay as PNG…". Maps are read from the project (image_maps of the latest meme model version that
// sees images); a missing one is asked for through MemeMapRequests, and the view never waits for it.
class MemeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeView)

public:
    // `store` returns the open project (or null); it is asked each time, so the view never holds a stale one.
    explicit MemeView(std::function<ProjectStore *()> store, QWidget *parent = nullptr);

    void setMapRequests(MemeMapRequests *requests); // not owned; null: stored maps only
    void attachText(SpanTextView *text); // link hover/selection of this text view to the image
    // Shows the item's image, words and maps; false (and the view cleared) when it has no image to show.
    bool showItem(const Item &item);
    void clear();

    bool isHeatmapShown() const;
    void setHeatmapShown(bool shown);
    double opacity() const;
    void setOpacity(double opacity);
    QString technique() const; // empty: attention
    void setTechnique(const QString &technique);
    QStringList techniques() const; // the selector's techniques, most probable first
    qint64 modelVersionId() const { return m_versionId; }
    MemeMapKey currentMapKey() const;
    bool hasMap() const { return !m_heat.isNull(); }

    MemeImageView *imageView() const { return m_image; }
    // Heatmap on/off (Ctrl+H) and Save overlay as PNG… (Ctrl+Shift+S): the window's View menu shows them too, so
    // they have keys and a menu path, not only the toolbar.
    QList<QAction *> menuActions() const { return {m_heatmapAction, m_saveAction}; }
    MemeTextLink *textLink() const { return m_link; }
    const QList<OcrWord> &linkedWords() const { return m_words; }
    QImage overlayImage() const; // what "Save overlay as PNG…" writes
    bool saveOverlay(const QString &path);
    // Test seam: answers the save dialog (an empty name cancels).
    void setSaveFileNameProvider(std::function<QString()> provider) { m_saveFileName = std::move(provider); }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QToolBar *buildToolBar();
    void chooseModelVersion(const ProjectStore &store);
    void fillTechniques(const ProjectStore &store);
    void refreshMap();
    void updateOverlay();
    void onMapStored(const MemeMapKey &key);
    void onMapFailed(const MemeMapKey &key, const QString &message);
    void askSaveOverlay();

    std::function<ProjectStore *()> m_store;
    MemeMapRequests *m_requests = nullptr;
    MemeImageView *m_image;
    MemeTextLink *m_link = nullptr;
    QAction *m_heatmapAction = nullptr;
    QAction *m_saveAction = nullptr;
    QComboBox *m_technique = nullptr;
    QSlider *m_opacity = nullptr;
    QLabel *m_state = nullptr;
    qint64 m_itemId = 0;
    qint64 m_versionId = 0;
    QImage m_picture;
    QImage m_heat;
    QList<OcrWord> m_words;
    QHash<QString, QImage> m_heatCache; // per technique ("" = attention) of the shown item and version
    QList<MemeMapKey> m_pending;
    std::function<QString()> m_saveFileName;
};

} // namespace candor
