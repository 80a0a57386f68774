#include "widgets/itemview/VerdictPanel.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/image/DescriptionCache.h"
#include "core/store/FactCheckStore.h"
#include "core/store/PostVerdict.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/annotation/FactCheckCommand.h"
#include "widgets/thread/ThreadEdits.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString labelText(const QString &label)
{
    return QCoreApplication::translate("LabelNames", label.toUtf8().constData());
}

// A text box of about `lines` lines: the panel sits beside the text and must not grow past it.
QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setFixedHeight(height);
    return edit;
}

// The structured description of the item's picture (UNITE-FND's image-to-text, made by `candor-cli describe` or a
// picture-reading post-veracity training), or why there is none.
QString pictureDescriptionText(const ProjectStore &store, qint64 itemId)
{
    const std::optional<Item> item = store.item(itemId);
    if (!item || !item->mediaId)
        return VerdictPanel::tr("no picture");
    const std::optional<MediaInfo> media = store.media(*item->mediaId);
    if (!media)
        return VerdictPanel::tr("no picture");
    const std::optional<ImageDescription> description = DescriptionCache(store.path()).find(media->sha256);
    if (!description)
        return VerdictPanel::tr("not described yet (candor-cli describe)");
    return description->sentences().join(QLatin1Char('\n'));
}

} // namespace

VerdictPanel::VerdictPanel(AnnotationEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(valueLabel(this))
    , m_modality(valueLabel(this))
    , m_gold(valueLabel(this))
    , m_human(valueLabel(this))
    , m_picture(textBox(4, this))
    , m_claim(textBox(3, this))
    , m_rating(new QComboBox(this))
    , m_note(textBox(4, this))
    , m_factStamp(valueLabel(this))
    , m_error(valueLabel(this))
    , m_save(new QPushButton(tr("Save fact check"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setAccessibleName(tr("Verdict"));
    // Wide enough for a claim of a line or two and the rating words without clipping.
    setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_claim->setAccessibleName(tr("Claim"));
    m_claim->setPlaceholderText(tr("The claim the post makes, in one sentence"));
    m_note->setAccessibleName(tr("Fact-check note"));
    m_note->setPlaceholderText(tr("Sources, reasoning, what is still open"));
    m_rating->setAccessibleName(tr("Rating"));
    for (const FactCheckRating rating : allFactCheckRatings())
        m_rating->addItem(factCheckRatingText(rating), factCheckRatingName(rating));
    m_error->setAccessibleName(tr("Fact-check problems"));
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(QStringLiteral("#b3261e")));
    m_error->setPalette(warning);
    m_error->hide();
    QFont small = m_factStamp->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_factStamp->setFont(small);
    m_modality->setFont(small);
    // Read-only and scrollable: a description runs to six sentences and the OCR text can be long.
    m_picture->setFont(small);
    m_picture->setReadOnly(true);
    m_picture->setFixedHeight(m_picture->fontMetrics().lineSpacing() * 5 + 2 * m_picture->frameWidth() + 8);
    m_picture->setAccessibleName(tr("Picture description"));

    const struct
    {
        const char *text;
        Qt::Key key;
        const char *label;
    } verdicts[] = {
        {QT_TR_NOOP("Fake"), Qt::Key_F, "fake"},
        {QT_TR_NOOP("Real"), Qt::Key_R, "real"},
        {QT_TR_NOOP("Unsure"), Qt::Key_U, "unsure"},
    };
    auto *buttons = new QHBoxLayout;
    for (const auto &verdict : verdicts) {
        auto *action = new QAction(tr(verdict.text), this);
        const QKeySequence key(verdict.key);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        const QString label = QString::fromLatin1(verdict.label);
        connect(action, &QAction::triggered, this, [this, key, label] {
            if (!m_keyFilter || !m_keyFilter(key))
                setVerdict(label);
        });
        m_actions.append(action);
        // The button shows its key (the panel is where a person learns F, R and U) and always gives the verdict.
        auto *button = new QPushButton(tr("%1 (%2)").arg(tr(verdict.text), key.toString()), this);
        button->setToolTip(tr("Your verdict: %1 (%2)").arg(tr(verdict.text), key.toString()));
        button->setEnabled(false);
        connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
        connect(button, &QPushButton::clicked, this, [this, label] { setVerdict(label); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *verdictForm = new QFormLayout;
    verdictForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    verdictForm->addRow(tr("Model:"), m_model);
    verdictForm->addRow(QString(), m_modality);
    verdictForm->addRow(tr("Gold:"), m_gold);
    verdictForm->addRow(tr("Human:"), m_human);
    verdictForm->addRow(tr("Picture:"), m_picture);

    auto *factForm = new QFormLayout;
    factForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    factForm->addRow(tr("Claim:"), m_claim);
    factForm->addRow(tr("Rating:"), m_rating);
    factForm->addRow(tr("Note:"), m_note);
    auto *factButtons = new QHBoxLayout;
    factButtons->addWidget(m_save);
    factButtons->addWidget(m_remove);
    factButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(heading(tr("Verdict"), this));
    layout->addLayout(verdictForm);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Fact check"), this));
    layout->addLayout(factForm);
    layout->addLayout(factButtons);
    layout->addWidget(m_factStamp);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &VerdictPanel::saveFactCheck);
    connect(m_remove, &QPushButton::clicked, this, &VerdictPanel::removeFactCheck);
    connect(m_editor, &AnnotationEditor::itemChanged, this, [this](qint64 itemId) {
        if (itemId == m_itemId)
            reload();
    });
}

void VerdictPanel::showItem(qint64 itemId)
{
    const ProjectStore *store = m_editor->store();
    const std::optional<Item> item = (store && itemId > 0) ? store->item(itemId) : std::nullopt;
    m_itemId = item ? item->id : 0;
    m_shownItem = 0; // another item: its fact check replaces the fields
    const bool post = item && item->kind == ItemKind::Post;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(post);
    showError(QString());
    reload();
}

void VerdictPanel::reload()
{
    showVerdict();
    showFactCheck();
}

void VerdictPanel::showVerdict()
{
    const ProjectStore *store = m_editor->store();
    if (!store || m_itemId == 0) {
        for (QLabel *label : {m_model, m_modality, m_gold, m_human})
            label->clear();
        m_picture->clear();
        return;
    }
    m_picture->setPlainText(pictureDescriptionText(*store, m_itemId));
    const PostVerdict verdict = PostVerdict::of(*store, m_itemId);
    if (verdict.fakeProbability) {
        m_model->setText(
            tr("fake with probability %1 (calibrated)").arg(QLocale().toString(*verdict.fakeProbability, 'f', 2)));
        // The post-veracity models read text (the post's words, its picture's description or both); there are no
        // modality weights to show, only which input the model read.
        const QString input = verdict.model
            ? verdict.model->config.value(QStringLiteral("picture_input")).toString(QStringLiteral("text"))
            : QStringLiteral("text");
        const QString reads = input == QLatin1String("description") ? tr("the picture's description")
            : input == QLatin1String("text+description")            ? tr("the text and the picture's description")
                                                                    : tr("the text only");
        m_modality->setText(verdict.model
                ? tr("Driven by: %1 (%2, %3)").arg(reads, verdict.model->name, when(verdict.model->createdAt))
                : tr("Driven by: %1").arg(reads));
    } else {
        m_model->setText(tr("no prediction for this post"));
        m_modality->setText(tr("Train and predict the post-veracity task to see one."));
    }
    m_gold->setText(verdict.gold ? labelText(verdict.gold->label) : tr("none"));
    if (verdict.human)
        m_human->setText(tr("%1 by %2, %3")
                             .arg(labelText(verdict.human->label),
                                 verdict.human->annotator.isEmpty() ? tr("(unnamed)") : verdict.human->annotator,
                                 when(verdict.human->updatedAt)));
    else
        m_human->setText(tr("none yet: press F (fake), R (real) or U (unsure)"));
}

void VerdictPanel::showFactCheck()
{
    const ProjectStore *store = m_editor->store();
    const bool enabled = store && m_itemId != 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_claim), static_cast<QWidget *>(m_rating),
             static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_save)})
        widget->setEnabled(enabled);
    std::optional<FactCheck> record;
    try {
        record = enabled ? factCheck(*store, m_itemId) : std::nullopt;
    } catch (const Error &error) {
        showError(error.message());
    }
    // The fields as they would show `shown`: claim, note, rating name.
    const auto content = [](const std::optional<FactCheck> &shown) {
        return QStringList{shown ? shown->claim : QString(), shown ? shown->note : QString(),
            factCheckRatingName(shown ? shown->rating : FactCheckRating::Unverifiable)};
    };
    const QStringList fields{m_claim->toPlainText(), m_note->toPlainText(), m_rating->currentData().toString()};
    // A verdict key or another edit of this item reloads the panel: what a person is typing stays, unless the fact
    // check itself changed (a save, an undo, a redo), which the fields then show.
    const bool typing = m_shownItem == m_itemId && fields != content(m_shown);
    if (!typing || content(record) != content(m_shown)) {
        const QStringList values = content(record);
        m_claim->setPlainText(values[0]);
        m_note->setPlainText(values[1]);
        m_rating->setCurrentIndex(m_rating->findData(values[2]));
        m_shown = record;
        m_shownItem = m_itemId;
    }
    m_remove->setEnabled(record.has_value());
    m_factStamp->setText(record ? tr("By %1 · created %2 · updated %3")
                                      .arg(record->annotator.isEmpty() ? tr("(unnamed)") : record->annotator,
                                          when(record->createdAt), when(record->updatedAt))
                                : (enabled ? tr("No fact check yet.") : QString()));
}

void VerdictPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool VerdictPanel::setVerdict(const QString &label)
{
    if (m_itemId == 0 || !m_editor->store())
        return false;
    const bool pushed = setHumanAnswer(*m_editor, m_itemId, std::nullopt, Schemas::Fake2, label);
    if (pushed)
        Q_EMIT statusMessage(tr("Verdict: %1").arg(labelText(label)));
    return pushed;
}

bool VerdictPanel::saveFactCheck()
{
    if (m_itemId == 0 || !m_editor->store())
        return false;
    FactCheck record;
    record.itemId = m_itemId;
    record.claim = m_claim->toPlainText().trimmed();
    record.rating = factCheckRatingFromName(m_rating->currentData().toString()).value_or(FactCheckRating::Unverifiable);
    record.note = m_note->toPlainText().trimmed();
    const QStringList problems = record.problems();
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char('\n')));
        return false;
    }
    showError(QString());
    const bool pushed = setFactCheck(*m_editor, m_itemId, record);
    if (pushed)
        Q_EMIT statusMessage(tr("Fact check saved: %1").arg(factCheckRatingText(record.rating)));
    return pushed;
}

bool VerdictPanel::removeFactCheck()
{
    showError(QString());
    return m_itemId != 0 && setFactCheck(*m_editor, m_itemId, std::nullopt);
}

QString VerdictPanel::factCheckError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString VerdictPanel::modelText() const
{
    return m_model->text() + QLatin1Char('\n') + m_modality->text();
}

QString VerdictPanel::goldText() const
{
    return m_gold->text();
}

QString VerdictPanel::humanText() const
{
    return m_human->text();
}

QString VerdictPanel::pictureText() const
{
    return m_picture->toPlainText();
}

} // namespace candor
