#include "widgets/versions/ModelVersionsPanel.h"

#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/store/ProjectStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace candor {

namespace {

// The dev scores, what cross-validation found (when selection ran), then the constant answer they must beat.
QString withBaseline(const QJsonObject &metrics)
{
    QStringList parts{metricsSummary(metrics)};
    for (const QString &part : {cvSummary(metrics), baselineSummary(metrics)})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ModelVersionsPanel::ModelVersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_pin(new QPushButton(tr("Use for predictions"), this))
    , m_follow(new QPushButton(tr("Follow the latest"), this))
    , m_hint(new QLabel(this))
{
    setAccessibleName(tr("Model versions"));
    m_table->setAccessibleName(tr("Model versions"));
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("Task"), tr("Predictions use"), tr("Created"), tr("Dev metrics"), tr("Trained on")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pin->setToolTip(tr("Predictions of this task use the selected version from now on (roll back to an older one); "
                         "no version and no proposal is deleted"));
    m_follow->setToolTip(tr("Predictions of this task use its newest version again"));
    m_hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pin);
    buttons->addWidget(m_follow);
    buttons->addWidget(m_hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ModelVersionsPanel::updateButtons);
    connect(m_pin, &QPushButton::clicked, this, &ModelVersionsPanel::pinSelected);
    connect(m_follow, &QPushButton::clicked, this, &ModelVersionsPanel::followLatestForSelected);
    updateButtons();
}

void ModelVersionsPanel::setStore(ProjectStore *store)
{
    m_store = store;
    refresh();
}

int ModelVersionsPanel::rowCount() const
{
    return m_table->rowCount();
}

qint64 ModelVersionsPanel::versionAt(int row) const
{
    const QTableWidgetItem *cell = m_table->item(row, VersionColumn);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

void ModelVersionsPanel::selectVersion(qint64 versionId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (versionAt(row) == versionId)
            m_table->setCurrentCell(
                row, VersionColumn, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ModelVersionsPanel::refresh()
{
    const qint64 selected = m_table->currentRow() >= 0 ? versionAt(m_table->currentRow()) : 0;
    m_table->setRowCount(0);
    if (!m_store) {
        updateButtons();
        return;
    }
    QList<ModelVersion> versions = m_store->modelVersions();
    std::sort(
        versions.begin(), versions.end(), [](const ModelVersion &a, const ModelVersion &b) { return a.id > b.id; });
    QHash<QString, qint64> current; // task -> the version its predictions use
    QHash<QString, bool> pinned;
    for (const ModelVersion &version : versions) {
        if (current.contains(version.task))
            continue;
        const std::optional<ModelVersion> used = m_store->currentModelVersion(version.task);
        current.insert(version.task, used ? used->id : 0);
        pinned.insert(version.task, m_store->pinnedModelVersion(version.task).has_value());
    }
    for (const ModelVersion &version : versions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool isCurrent = current.value(version.task) == version.id;
        const QString use = !isCurrent ? QString() : pinned.value(version.task) ? tr("pinned") : tr("latest");
        const QString snapshot = QString::fromUtf8(QJsonDocument(version.dataSnapshot).toJson(QJsonDocument::Compact));
        const QStringList cells = {QStringLiteral("#%1 %2").arg(version.id).arg(version.name), version.task, use,
            version.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), withBaseline(version.metrics),
            snapshot.left(300)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(
                column == MetricsColumn ? QString::fromUtf8(QJsonDocument(version.metrics).toJson()) : cells[column]);
            if (column == VersionColumn)
                cell->setData(Qt::UserRole, version.id);
            if (column == MetricsColumn && noBetterThanConstant(version.metrics))
                cell->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            if (isCurrent) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    if (selected)
        selectVersion(selected);
    updateButtons();
}

void ModelVersionsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = m_store && row >= 0 && !m_table->selectedItems().isEmpty();
    const QString task = any ? m_table->item(row, TaskColumn)->text() : QString();
    const bool isPinned = any && m_store->pinnedModelVersion(task).has_value();
    m_pin->setEnabled(any && m_table->item(row, CurrentColumn)->text() != tr("pinned"));
    m_follow->setEnabled(isPinned);
    m_hint->setText(!any ? tr("Select a version to pin it for its task's predictions.")
            : isPinned   ? tr("%1 predictions use the pinned version.").arg(task)
                         : tr("%1 predictions use its newest version.").arg(task));
}

bool ModelVersionsPanel::pinSelected()
{
    const int row = m_table->currentRow();
    if (!m_store || row < 0)
        return false;
    const qint64 id = versionAt(row);
    const QString task = m_table->item(row, TaskColumn)->text();
    try {
        m_store->pinModelVersion(task, id);
    } catch (const Error &error) {
        Q_EMIT errorOccurred(error.message());
        return false;
    }
    refresh();
    Q_EMIT currentVersionChanged(task, id);
    return true;
}

bool ModelVersionsPanel::followLatestForSelected()
{
    const int row = m_table->currentRow();
    if (!m_store || row < 0)
        return false;
    const QString task = m_table->item(row, TaskColumn)->text();
    try {
        m_store->pinModelVersion(task, std::nullopt);
    } catch (const Error &error) {
        Q_EMIT errorOccurred(error.message());
        return false;
    }
    refresh();
    Q_EMIT currentVersionChanged(task, 0);
    return true;
}

} // namespace candor
