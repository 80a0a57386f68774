#include "widgets/browser/ItemFilterBar.h"

#include "core/domain/Error.h"
#include "core/i18n/Translations.h"
#include "core/store/ItemReader.h"
#include "core/store/ProjectStore.h"
#include "core/store/VerdictNeighbours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace candor {

namespace {

const QString kSavedKey = QStringLiteral("browser/savedFilters");

// `display` turns a value into the text shown (label names in the interface's language); the data stays the value.
void fill(QComboBox *box, const QStringList &values, QString (*display)(const QString &) = nullptr)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(ItemFilterBar::tr("(any)"), QString());
    for (const QString &value : values)
        box->addItem(display ? display(value) : value, value);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void select(QComboBox *box, const QString &value)
{
    int index = box->findData(value);
    if (index < 0 && !value.isEmpty()) {
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(qMax(0, index));
}

} // namespace

ItemFilterBar::ItemFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    m_updating = true; // no queryChanged while the controls are being built
    setAccessibleName(tr("Item filters"));
    m_search->setPlaceholderText(tr("Search text (full-text)…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_kind = choice(tr("Kind"));
    fill(m_kind, {QStringLiteral("meme"), QStringLiteral("post"), QStringLiteral("thread"), QStringLiteral("message")});
    m_label = choice(tr("Label"));
    m_predicted = choice(tr("Predicted label"));
    m_minScore = new QDoubleSpinBox(this);
    m_maxScore = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_minScore, m_maxScore}) {
        box->setRange(0.0, 1.0);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ItemFilterBar::emitChanged);
    }
    m_minScore->setAccessibleName(tr("Minimum score"));
    m_maxScore->setAccessibleName(tr("Maximum score"));
    m_maxScore->setValue(1.0);
    m_review = choice(tr("Review status"));
    m_review->clear();
    m_review->addItem(tr("(any)"), QStringLiteral("any"));
    m_review->addItem(tr("unreviewed"), QStringLiteral("unreviewed"));
    m_review->addItem(tr("reviewed"), QStringLiteral("reviewed"));
    m_annotator = choice(tr("Annotator"));
    m_disagreement = new QCheckBox(tr("annotators disagree"), this);
    m_disagreement->setObjectName(QStringLiteral("disagreementCheck"));
    m_disagreement->setToolTip(tr("Only items where two annotators' labels or spans of one schema differ"));
    connect(m_disagreement, &QCheckBox::toggled, this, &ItemFilterBar::emitChanged);
    m_language = choice(tr("Language"));
    m_source = choice(tr("Source"));
    m_split = choice(tr("Split"));
    fill(m_split, {QStringLiteral("train"), QStringLiteral("dev"), QStringLiteral("test")});
    m_nearVerdict = new QCheckBox(tr("has a near-duplicate with a verdict"), this);
    m_nearVerdict->setAccessibleName(tr("Near-duplicate with a verdict"));
    m_nearVerdict->setToolTip(tr("Items whose near-duplicate (same picture or wording) has a gold or human fake / real "
                                 "verdict or a fact check"));
    connect(m_nearVerdict, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            resolveNearVerdicts();
        emitChanged();
    });
    m_saved = new QComboBox(this);
    m_saved->setAccessibleName(tr("Saved filters"));
    m_saveName = new QLineEdit(this);
    m_saveName->setPlaceholderText(tr("Filter name"));
    m_saveName->setAccessibleName(tr("Name for the saved filter"));
    auto *save = new QPushButton(tr("Save"), this);
    connect(save, &QPushButton::clicked, this, [this] { saveCurrent(m_saveName->text().trimmed()); });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySaved(m_saved->itemText(index));
    });

    auto *toggle = new QToolButton(this);
    toggle->setText(tr("Filters"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Show or hide the filter fields"));
    m_more = new QWidget(this);
    auto *form = new QFormLayout(m_more);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Label"), m_label);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_predicted, 1);
    scoreRow->addWidget(m_minScore);
    scoreRow->addWidget(m_maxScore);
    form->addRow(tr("Predicted"), scoreRow);
    form->addRow(tr("Review"), m_review);
    auto *annotatorRow = new QHBoxLayout;
    annotatorRow->addWidget(m_annotator, 1);
    annotatorRow->addWidget(m_disagreement);
    form->addRow(tr("Annotator"), annotatorRow);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Split"), m_split);
    form->addRow(tr("Near-duplicates"), m_nearVerdict);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_saveName, 1);
    savedRow->addWidget(save);
    form->addRow(tr("Saved"), savedRow);
    m_more->setVisible(false);
    connect(toggle, &QToolButton::toggled, m_more, &QWidget::setVisible);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_more);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(query()); });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ItemFilterBar::emitChanged);
    refreshSavedList();
    m_updating = false;
}

QComboBox *ItemFilterBar::choice(const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->addItem(tr("(any)"), QString());
    connect(box, &QComboBox::currentIndexChanged, this, &ItemFilterBar::emitChanged);
    return box;
}

void ItemFilterBar::populate(const ProjectStore *store)
{
    m_updating = true;
    if (store) {
        const ItemReader reader(*store);
        const QStringList labels = reader.labelNames();
        fill(m_label, labels, &Translations::labelName);
        fill(m_predicted, labels, &Translations::labelName);
        fill(m_annotator, reader.annotators());
        fill(m_language, reader.languages());
        fill(m_source, reader.sources());
    }
    m_store = store;
    if (m_nearVerdict->isChecked())
        resolveNearVerdicts();
    m_updating = false;
}

void ItemFilterBar::resolveNearVerdicts()
{
    m_nearVerdictIds.clear();
    if (!m_store)
        return;
    try {
        m_nearVerdictIds = VerdictNeighbours::itemIds(*m_store);
        m_nearVerdict->setToolTip(
            tr("%n item(s) have a near-duplicate with a verdict", nullptr, int(m_nearVerdictIds.size())));
    } catch (const Error &error) {
        const QSignalBlocker blocker(m_nearVerdict);
        m_nearVerdict->setChecked(false);
        m_nearVerdict->setToolTip(error.message());
    }
}

ItemQuery ItemFilterBar::query() const
{
    ItemQuery query;
    query.search = m_search->text();
    query.kind = m_kind->currentData().toString();
    query.label = m_label->currentData().toString();
    query.predictedLabel = m_predicted->currentData().toString();
    query.minScore = m_minScore->value();
    query.maxScore = m_maxScore->value();
    query.review = ItemQuery::fromJson({{QStringLiteral("review"), m_review->currentData().toString()}}).review;
    query.annotator = m_annotator->currentData().toString();
    query.disagreement = m_disagreement->isChecked();
    query.language = m_language->currentData().toString();
    query.source = m_source->currentData().toString();
    query.split = m_split->currentData().toString();
    query.nearVerdict = m_nearVerdict->isChecked();
    if (query.nearVerdict)
        query.nearVerdictIds = m_nearVerdictIds;
    return query;
}

void ItemFilterBar::setQuery(const ItemQuery &query)
{
    m_updating = true;
    m_search->setText(query.search);
    select(m_kind, query.kind);
    select(m_label, query.label);
    select(m_predicted, query.predictedLabel);
    m_minScore->setValue(query.minScore);
    m_maxScore->setValue(query.maxScore);
    select(m_review, query.toJson().value(QStringLiteral("review")).toString());
    select(m_annotator, query.annotator);
    m_disagreement->setChecked(query.disagreement);
    select(m_language, query.language);
    select(m_source, query.source);
    select(m_split, query.split);
    m_nearVerdict->setChecked(query.nearVerdict); // resolves the ids when switched on
    m_updating = false;
    m_debounce->stop();
    Q_EMIT queryChanged(this->query());
}

void ItemFilterBar::emitChanged()
{
    if (m_updating)
        return;
    m_debounce->stop();
    Q_EMIT queryChanged(query());
}

void ItemFilterBar::saveCurrent(const QString &name)
{
    if (name.isEmpty())
        return;
    QSettings settings;
    QJsonObject saved = QJsonDocument::fromJson(settings.value(kSavedKey).toByteArray()).object();
    saved.insert(name, query().toJson());
    settings.setValue(kSavedKey, QJsonDocument(saved).toJson(QJsonDocument::Compact));
    refreshSavedList();
    m_saved->setCurrentIndex(m_saved->findText(name));
}

bool ItemFilterBar::applySaved(const QString &name)
{
    QSettings settings;
    const QJsonObject saved = QJsonDocument::fromJson(settings.value(kSavedKey).toByteArray()).object();
    if (!saved.contains(name))
        return false;
    setQuery(ItemQuery::fromJson(saved.value(name).toObject()));
    return true;
}

QStringList ItemFilterBar::savedNames() const
{
    QSettings settings;
    return QJsonDocument::fromJson(settings.value(kSavedKey).toByteArray()).object().keys();
}

void ItemFilterBar::refreshSavedList()
{
    m_saved->clear();
    m_saved->addItem(tr("(saved filters)"));
    m_saved->addItems(savedNames());
}

} // namespace candor
