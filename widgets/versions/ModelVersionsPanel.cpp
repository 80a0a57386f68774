#include "widgets/versions/ModelVersionsPanel.h"

#include "core/store/ProjectStore.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace candor {

ModelVersionsPanel::ModelVersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
{
    setAccessibleName(tr("Model versions"));
    m_table->setAccessibleName(tr("Model versions"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Task"), tr("Created"), tr("Dev metrics"), tr("Trained on")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table);
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

QString ModelVersionsPanel::metricsSummary(const QJsonObject &metrics)
{
    // Training stores {"chosen", "dev": {...}, "candidates": {...}}: the chosen candidate's dev scores lead.
    const QJsonObject scores = metrics.value(QStringLiteral("dev")).isObject() ? metrics.value(QStringLiteral("dev")).toObject() : metrics;
    QStringList parts;
    for (auto it = scores.begin(); it != scores.end(); ++it)
        if (it.value().isDouble())
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 3));
    if (parts.isEmpty() && !metrics.isEmpty())
        return QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)).left(200);
    return parts.join(QStringLiteral(" · "));
}

void ModelVersionsPanel::refresh()
{
    m_table->setRowCount(0);
    if (!m_store)
        return;
    QList<ModelVersion> versions = m_store->modelVersions();
    std::sort(versions.begin(), versions.end(), [](const ModelVersion &a, const ModelVersion &b) { return a.id > b.id; });
    for (const ModelVersion &version : versions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString snapshot = QString::fromUtf8(QJsonDocument(version.dataSnapshot).toJson(QJsonDocument::Compact));
        const QStringList cells = {QStringLiteral("#%1 %2").arg(version.id).arg(version.name), version.task,
                                   version.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   metricsSummary(version.metrics), snapshot.left(300)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(column == 3 ? QString::fromUtf8(QJsonDocument(version.metrics).toJson()) : cells[column]);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace candor
