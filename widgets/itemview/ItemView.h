#pragma once

#include "core/domain/Annotation.h"
#include "core/domain/Item.h"
#include "core/domain/LabelSchema.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QScrollArea;

namespace candor {

class AnnotationEditor;
class MemeView;
class SimilarItemsList;
class SpanTextView;
class VerdictPanel;

// The centre of the window: one item's text with its spans, and the span-level annotation workflow. Every
// edit goes through the AnnotationEditor (written at once, undoable); the view reloads from the project.
class ItemView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemView)

public:
    explicit ItemView(AnnotationEditor *editor, QWidget *parent = nullptr);

    void showItem(qint64 itemId); // 0 clears
    void reload(); // same item, fresh annotations (after an edit, undo or import)
    void clearSchemaCache() { m_schemas.clear(); }
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    const std::optional<Item> &item() const { return m_item; }
    QList<Annotation> annotations() const { return m_annotations; }

    // The schema new spans are labelled in.
    void setSpanSchema(const QString &name);
    QString spanSchema() const { return m_spanSchema; }
    LabelSchema schema(const QString &name) const;

    SpanTextView *textView() const { return m_text; }
    MemeView *memeView() const { return m_meme; } // the image of a meme (or any item with media)
    SimilarItemsList *similarItems() const { return m_similar; }
    VerdictPanel *verdictPanel() const { return m_verdict; } // beside the text of a post
    // The text selection in code points, end exclusive; nullopt without a selection.
    std::optional<QPair<int, int>> selectionCodePoints() const;
    void selectCodePoints(int start, int end);
    std::optional<Annotation> selectedSpan() const;

    // Applies `label` (of the span schema) to the selection (new human span) or to the selected span (correction).
    bool applyLabel(const QString &label);
    // Moves one edge of the selected span by `delta` code points.
    void moveSpanEdge(bool startEdge, int delta);

    QList<QAction *> layerActions() const;
    QList<QAction *> annotationActions() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void itemShown(qint64 itemId);
    void similarItemActivated(qint64 itemId); // a row of the "Similar items" list: the window shows that item

private:
    void createActions();
    void refreshSpans();
    void readTeamColours();
    QColor annotatorColour(const QString &annotator) const;
    void showLabelMenu();
    QAction *addAnnotationAction(const QString &text, const QKeySequence &key, const std::function<void()> &slot);
    void acceptSelected();
    void rejectSelected();
    void deleteSelected();
    void acceptAll();

    AnnotationEditor *m_editor;
    SpanTextView *m_text;
    QLabel *m_header;
    MemeView *m_meme;
    QLabel *m_legend;
    SimilarItemsList *m_similar;
    VerdictPanel *m_verdict;
    QScrollArea *m_verdictArea = nullptr;
    std::optional<Item> m_item;
    QList<Annotation> m_annotations;
    QString m_spanSchema = Schemas::Persuasion20;
    mutable QHash<QString, LabelSchema> m_schemas;
    QHash<QString, QColor> m_teamColours; // annotator name -> profile colour (the project's team)
    QAction *m_showGold = nullptr;
    QAction *m_showHuman = nullptr;
    QAction *m_showModel = nullptr;
    QList<QAction *> m_annotationActions;
};

} // namespace candor
