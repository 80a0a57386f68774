#include "widgets/itemview/ItemView.h"

#include "core/domain/AnnotatorProfile.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/itemview/SimilarItemsList.h"
#include "widgets/itemview/SpanTextView.h"
#include "widgets/itemview/VerdictPanel.h"
#include "widgets/meme/MemeView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

namespace candor {

ItemView::ItemView(AnnotationEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_text(new SpanTextView(this))
    , m_header(new QLabel(this))
    , m_meme(new MemeView([this] { return m_editor->store(); }, this))
    , m_legend(new QLabel(this))
    , m_similar(new SimilarItemsList(this))
    , m_verdict(new VerdictPanel(editor, this))
{
    setAccessibleName(tr("Item view"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setAccessibleName(tr("Item details"));
    m_meme->attachText(m_text);
    connect(m_meme, &MemeView::statusMessage, this, &ItemView::statusMessage);
    m_legend->setText(tr("Bands under the text: solid = gold or accepted, edged = human, dashed = model proposal. "
                         "Select text and press a technique key."));
    m_legend->setWordWrap(true);
    QFont small = m_legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_legend->setFont(small);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.25);
    m_text->setFont(textFont);

    createActions();
    auto *toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Item view tools"));
    toolBar->addActions(layerActions());
    toolBar->addSeparator();
    toolBar->addActions(m_annotationActions.mid(0, 4));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_header);
    layout->addWidget(m_meme, 3);
    // The verdict panel stands beside the text it judges (shown for posts only).
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    // In a scroll area: with a picture's description and a fact check the panel can be taller than the row.
    m_verdictArea = new QScrollArea(this);
    m_verdictArea->setWidget(m_verdict);
    m_verdictArea->setWidgetResizable(true);
    m_verdictArea->setFrameShape(QFrame::NoFrame);
    m_verdictArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_verdictArea->setMinimumWidth(m_verdict->minimumWidth() + m_verdictArea->verticalScrollBar()->sizeHint().width());
    textRow->addWidget(m_verdictArea, 1);
    layout->addLayout(textRow, 2);
    layout->addWidget(m_legend);
    layout->addWidget(m_similar, 1);
    connect(m_similar, &SimilarItemsList::itemActivated, this, &ItemView::similarItemActivated);
    connect(m_verdict, &VerdictPanel::statusMessage, this, &ItemView::statusMessage);
    m_verdict->hide();
    m_verdictArea->hide();

    connect(m_text, &SpanTextView::labelKeyPressed, this, [this](const QString &key, bool *handled) {
        const LabelSchema spans = schema(m_spanSchema);
        for (const LabelDef &def : spans.labels)
            if (!def.retired && def.shortcut.compare(key, Qt::CaseInsensitive) == 0) {
                *handled = applyLabel(def.name);
                return;
            }
    });
    connect(m_text, &SpanTextView::selectedSpanChanged, this, [this](qint64 id) {
        if (const auto span = selectedSpan())
            Q_EMIT statusMessage(tr("%1 [%2, %3) selected: A accepts, X rejects, Del removes, a technique key relabels")
                                     .arg(span->label)
                                     .arg(*span->start)
                                     .arg(*span->end));
        Q_UNUSED(id)
    });
    connect(m_editor, &AnnotationEditor::itemChanged, this, [this](qint64 itemId) {
        if (itemId == this->itemId())
            reload();
    });
}

QAction *ItemView::addAnnotationAction(const QString &text, const QKeySequence &key, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_annotationActions.append(action);
    return action;
}

void ItemView::createActions()
{
    const auto layer = [this](const QString &text, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(key);
        connect(action, &QAction::toggled, this, &ItemView::refreshSpans);
        return action;
    };
    m_showGold = layer(tr("Gold"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showGold->setToolTip(tr("Show gold spans from the dataset"));
    m_showHuman = layer(tr("Human"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showHuman->setToolTip(tr("Show spans made by annotators"));
    m_showModel = layer(tr("Model"), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showModel->setToolTip(tr("Show the model's proposals"));

    addAnnotationAction(tr("Accept span"), QKeySequence(Qt::Key_A), [this] { acceptSelected(); });
    addAnnotationAction(tr("Reject span"), QKeySequence(Qt::Key_X), [this] { rejectSelected(); });
    addAnnotationAction(tr("Delete span"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
    addAnnotationAction(
        tr("Accept all proposals"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { acceptAll(); });
    addAnnotationAction(tr("Label selection…"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { showLabelMenu(); });
    addAnnotationAction(tr("Next span"), QKeySequence(Qt::Key_Period), [this] { m_text->selectNextSpan(1); });
    addAnnotationAction(tr("Previous span"), QKeySequence(Qt::Key_Comma), [this] { m_text->selectNextSpan(-1); });
    const struct
    {
        const char *text;
        QKeySequence key;
        bool start;
        int delta;
    } edges[] = {
        {QT_TR_NOOP("Span start left"), QKeySequence(Qt::ALT | Qt::Key_Left), true, -1},
        {QT_TR_NOOP("Span start right"), QKeySequence(Qt::ALT | Qt::Key_Right), true, 1},
        {QT_TR_NOOP("Span end left"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), false, -1},
        {QT_TR_NOOP("Span end right"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), false, 1},
    };
    for (const auto &edge : edges)
        addAnnotationAction(
            tr(edge.text), edge.key, [this, start = edge.start, delta = edge.delta] { moveSpanEdge(start, delta); });
    // F, R, U: the verdict of a post. Enabled only while a post is shown, so on other items the same letters stay
    // the span schema's technique keys (narrative-6 has F). On a post, a text selection or a selected span keeps
    // them technique keys too (persuasion-20 has R and U): labelling what is selected comes first.
    m_verdict->setKeyFilter([this](const QKeySequence &key) {
        if (!selectionCodePoints() && !selectedSpan())
            return false;
        for (const LabelDef &def : schema(m_spanSchema).labels)
            if (!def.retired && QKeySequence(def.shortcut) == key)
                return applyLabel(def.name);
        return false;
    });
    for (QAction *action : m_verdict->verdictActions()) {
        QWidget::addAction(action);
        m_annotationActions.append(action);
    }
}

QList<QAction *> ItemView::layerActions() const
{
    return {m_showGold, m_showHuman, m_showModel};
}

QList<QAction *> ItemView::annotationActions() const
{
    return m_annotationActions;
}

LabelSchema ItemView::schema(const QString &name) const
{
    auto it = m_schemas.constFind(name);
    if (it != m_schemas.constEnd())
        return *it;
    if (!m_editor->store())
        return {};
    return *m_schemas.insert(name, m_editor->store()->schema(name));
}

void ItemView::setSpanSchema(const QString &name)
{
    m_spanSchema = name;
}

void ItemView::showItem(qint64 itemId)
{
    ProjectStore *store = m_editor->store();
    m_item = (store && itemId > 0) ? store->item(itemId) : std::nullopt;
    if (!m_item) {
        m_meme->clear();
        m_header->clear();
        m_annotations.clear();
        m_text->setContent(QString(), {});
        m_similar->showSimilar(nullptr, 0);
        m_verdict->showItem(0);
        m_verdict->hide();
        m_verdictArea->hide();
        Q_EMIT itemShown(0);
        return;
    }
    const Item &item = *m_item;
    m_header->setText(tr("#%1 · %2 · %3 / %4%5%6")
                          .arg(item.id)
                          .arg(itemKindName(item.kind), item.source, item.externalId,
                              item.split.isEmpty() ? QString() : tr(" · %1").arg(item.split),
                              item.language.isEmpty() ? QString() : tr(" · %1").arg(item.language)));
    m_meme->showItem(item);
    m_annotations = store->annotations(item.id);
    readTeamColours();
    m_text->setContent(item.text, {});
    refreshSpans();
    m_similar->showSimilar(store, item.id);
    m_verdict->showItem(item.kind == ItemKind::Post ? item.id : 0);
    m_verdict->setVisible(item.kind == ItemKind::Post);
    m_verdictArea->setVisible(item.kind == ItemKind::Post);
    Q_EMIT itemShown(item.id);
}

void ItemView::reload()
{
    if (!m_item || !m_editor->store())
        return;
    m_annotations = m_editor->store()->annotations(m_item->id);
    readTeamColours();
    refreshSpans();
}

void ItemView::readTeamColours()
{
    // The project's team is a small JSON value in its meta table: read with the item, so a profile someone just
    // changed (Edit > Annotator…, a merge) shows on the next item.
    m_teamColours.clear();
    if (ProjectStore *store = m_editor->store())
        for (const AnnotatorProfile &profile : AnnotatorProfile::team(*store))
            m_teamColours.insert(profile.name, profile.colour);
}

QColor ItemView::annotatorColour(const QString &annotator) const
{
    if (annotator.isEmpty())
        return {};
    const QColor colour = m_teamColours.value(annotator);
    return colour.isValid() ? colour : AnnotatorProfile::suggestColour(annotator);
}

void ItemView::refreshSpans()
{
    if (!m_item)
        return;
    const CodePointMap map(m_item->text);
    QList<DisplaySpan> spans;
    for (const Annotation &a : m_annotations) {
        if (!a.isSpan() || a.postRowId || a.status == Status::Rejected)
            continue;
        if ((a.origin == Origin::Gold && !m_showGold->isChecked())
            || (a.origin == Origin::Human && !m_showHuman->isChecked())
            || (a.origin == Origin::Model && !m_showModel->isChecked()))
            continue;
        const qsizetype start = map.toUtf16(*a.start);
        const qsizetype end = map.toUtf16(*a.end);
        if (start < 0 || end < 0 || end <= start)
            continue;
        const LabelSchema labels = schema(a.schema);
        const int index = labels.indexOf(a.label);
        const bool person = a.origin == Origin::Human || a.origin == Origin::Curated;
        spans.append({a, start, end, index >= 0 ? labels.labels[index].colour : QColor(Qt::gray), 0,
            person ? annotatorColour(a.annotator) : QColor()});
    }
    const qint64 keep = m_text->selectedSpanId();
    m_text->setSpans(spans);
    m_text->setSelectedSpanId(keep);
}

std::optional<QPair<int, int>> ItemView::selectionCodePoints() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_item || !cursor.hasSelection())
        return std::nullopt;
    const CodePointMap map(m_item->text);
    return QPair<int, int>(map.toCodePoint(cursor.selectionStart()), map.toCodePoint(cursor.selectionEnd()));
}

void ItemView::selectCodePoints(int start, int end)
{
    if (!m_item)
        return;
    const CodePointMap map(m_item->text);
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(int(map.toUtf16(start)));
    cursor.setPosition(int(map.toUtf16(end)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

std::optional<Annotation> ItemView::selectedSpan() const
{
    for (const DisplaySpan &span : m_text->spans())
        if (span.annotation.id == m_text->selectedSpanId())
            return span.annotation;
    return std::nullopt;
}

bool ItemView::applyLabel(const QString &label)
{
    if (!m_item)
        return false;
    if (const auto selection = selectionCodePoints()) {
        if (selection->second <= selection->first)
            return false;
        m_editor->addSpan(m_item->id, m_spanSchema, label, selection->first, selection->second);
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        Q_EMIT statusMessage(tr("Added %1 [%2, %3)").arg(label).arg(selection->first).arg(selection->second));
        return true;
    }
    if (const auto span = selectedSpan()) {
        // Relabelling keeps the span's own schema when it has that label; else it moves to the span schema.
        m_editor->correctSpan(*span, label, *span->start, *span->end);
        return true;
    }
    Q_EMIT statusMessage(tr("Select text or a span first"));
    return false;
}

void ItemView::moveSpanEdge(bool startEdge, int delta)
{
    const auto span = selectedSpan();
    if (!span || !m_item)
        return;
    const int length = codePointLength(m_item->text);
    const int start = qBound(0, *span->start + (startEdge ? delta : 0), length);
    const int end = qBound(0, *span->end + (startEdge ? 0 : delta), length);
    if (end <= start)
        return;
    m_editor->correctSpan(*span, span->label, start, end);
}

void ItemView::acceptSelected()
{
    if (const auto span = selectedSpan(); span && span->origin == Origin::Model)
        m_editor->setStatus(*span, Status::Accepted);
    else
        Q_EMIT statusMessage(tr("Select a model span to accept"));
}

void ItemView::rejectSelected()
{
    if (const auto span = selectedSpan(); span && span->origin == Origin::Model)
        m_editor->setStatus(*span, Status::Rejected);
    else
        Q_EMIT statusMessage(tr("Select a model span to reject"));
}

void ItemView::deleteSelected()
{
    if (const auto span = selectedSpan())
        m_editor->removeAnnotation(*span);
}

void ItemView::acceptAll()
{
    if (m_item)
        Q_EMIT statusMessage(tr("Accepted %n proposal(s)", nullptr, m_editor->acceptAll(m_item->id)));
}

void ItemView::showLabelMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const LabelDef &def : schema(m_spanSchema).labels) {
        if (def.retired) // no longer offered; rows that use it still show
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(def.colour);
        QAction *action = menu->addAction(
            QIcon(swatch), def.shortcut.isEmpty() ? def.name : tr("%1\t%2").arg(def.name, def.shortcut));
        connect(action, &QAction::triggered, this, [this, name = def.name] { applyLabel(name); });
    }
    const QRect caret = m_text->cursorRect();
    menu->popup(m_text->viewport()->mapToGlobal(caret.bottomLeft()));
}

} // namespace candor
