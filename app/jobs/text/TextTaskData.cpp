#include "app/jobs/text/TextTaskData.h"

#include "app/jobs/text/PostEvent.h"
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/AnnotationSelection.h"
#include "core/store/ProjectStore.h"
#include "core/store/TaskQueries.h"
#include "core/text/CodePoints.h"

#include <QJsonArray>
#include <QSet>
#include <QVariant>

#include <algorithm>

namespace candor {

namespace {

bool isHumanConfirmed(const Annotation &row)
{
    return row.origin == Origin::Human || (row.origin == Origin::Model && row.status == Status::Accepted);
}

// The reference rows of one item, schema and level (see TextTaskData's rule).
QList<Annotation> referenceRows(
    const QList<Annotation> &rows, const QString &schema, bool spans, bool singleChoice, bool *human)
{
    QList<Annotation> curated, confirmed, gold;
    for (const Annotation &row : rows) {
        if (row.schema != schema || row.isSpan() != spans || row.postRowId || row.status == Status::Rejected
            || row.status == Status::Ignored)
            continue;
        if (row.origin == Origin::Curated)
            curated.append(row);
        else if (isHumanConfirmed(row))
            confirmed.append(row);
        else if (row.origin == Origin::Gold)
            gold.append(row);
    }
    *human = !curated.isEmpty() || !confirmed.isEmpty();
    // A curator's settlement first: it is what the team agreed on after comparing the annotators.
    QList<Annotation> chosen = !curated.isEmpty() ? curated : !confirmed.isEmpty() ? confirmed : gold;
    if (singleChoice && chosen.size() > 1) {
        const auto latest
            = std::max_element(chosen.begin(), chosen.end(), [](const Annotation &a, const Annotation &b) {
                  return a.updatedAt < b.updatedAt || (a.updatedAt == b.updatedAt && a.id < b.id);
              });
        chosen = {*latest};
    }
    return chosen;
}

int indexOf(const std::vector<std::string> &labels, const QString &label)
{
    const auto it = std::find(labels.begin(), labels.end(), label.toStdString());
    return it == labels.end() ? -1 : int(it - labels.begin());
}

// Candidate item ids of a task: memes for the persuasion tasks; for narrative (post-veracity) the items with an
// oppositional-2 (fake-2) reference row, plus chat messages (posts) when unlabelled items are wanted.
QList<ItemSplit> candidates(const ProjectStore &store, const TextTaskSpec &task, bool labelledOnly)
{
    const TaskQueries queries(store);
    if (task.ownSchema) // a team's schema: the items someone labelled in it, of any kind; predictions: every item
        return labelledOnly ? queries.itemsWithReference(task.spanSchema.isEmpty() ? task.classSchema : task.spanSchema)
                            : queries.allItems();
    if (!task.isSingleChoice())
        return queries.itemsOfKind(QStringLiteral("meme"));
    const QString unlabelledKind = task.isNarrative() ? QStringLiteral("message") : QStringLiteral("post");
    return queries.itemsWithReference(task.classSchema, labelledOnly ? QString() : unlabelledKind);
}

// A meme takes part in training and evaluation when the SemEval file of the subtask listed it (the importer records
// metadata "subtasks"; a meme it lists without labels is a true negative) or when it has reference rows of the level.
bool isLabelledMeme(const Item &item, const QList<Annotation> &rows, const TextTaskSpec &task)
{
    const bool spans = task.definition.kind == models::TextTaskKind::SpanTagging;
    if (!task.ownSchema && item.metadata.value(QStringLiteral("subtasks")).toArray().contains(spans ? 2 : 1))
        return true;
    const QString schema = spans ? task.spanSchema : task.classSchema;
    return std::any_of(rows.begin(), rows.end(), [&](const Annotation &row) {
        return row.schema == schema && row.isSpan() == spans && row.origin != Origin::Model
            && row.status != Status::Rejected;
    });
}

} // namespace

QList<TextTaskItem> TextTaskData::load(
    const ProjectStore &store, const TextTaskSpec &task, const TextTaskSelection &selection)
{
    const QSet<qint64> wanted(selection.itemIds.begin(), selection.itemIds.end());
    const bool allLanguages = !task.isNarrative() || selection.language == QLatin1String("all");
    QList<TextTaskItem> result;
    for (const auto &[itemId, split] : candidates(store, task, selection.labelledOnly)) {
        if (!selection.splits.isEmpty() && !selection.splits.contains(split))
            continue;
        if (!wanted.isEmpty() && !wanted.contains(itemId))
            continue;
        const std::optional<Item> item = store.item(itemId);
        if (!item)
            continue;
        if (!allLanguages && item->language != selection.language)
            continue;

        TextTaskItem entry;
        entry.itemId = itemId;
        entry.split = split;
        entry.example.id = QString::number(itemId).toStdString();
        entry.example.text = item->text.toStdString();
        entry.example.language = item->language.toStdString();
        if (task.isPostVeracity())
            entry.example.group = postEvent(*item).toStdString();
        const QList<Annotation> rows = store.annotations(itemId);
        if (selection.labelledOnly && (!task.isSingleChoice() || task.ownSchema) && !isLabelledMeme(*item, rows, task))
            continue;
        bool human = false;
        if (!task.classSchema.isEmpty()) {
            const QList<Annotation> labels = referenceRows(rows, task.classSchema, false,
                task.ownSchema ? task.isSingleChoice() : isSingleChoiceSchema(task.classSchema), &human);
            entry.humanReference = human;
            for (const Annotation &row : labels) {
                const int index = indexOf(task.definition.classLabels, row.label);
                if (index >= 0
                    && std::find(entry.example.classes.begin(), entry.example.classes.end(), index)
                        == entry.example.classes.end())
                    entry.example.classes.push_back(index);
            }
            std::sort(entry.example.classes.begin(), entry.example.classes.end());
            // A narrative item or a post needs its class; a meme with no technique is a valid negative example.
            if (task.isSingleChoice() && entry.example.classes.size() != 1 && selection.labelledOnly)
                continue;
        }
        if (!task.spanSchema.isEmpty()) {
            const int length = codePointLength(item->text);
            for (const Annotation &row : referenceRows(rows, task.spanSchema, true, false, &human)) {
                const int index = indexOf(task.definition.spanLabels, row.label);
                if (index < 0)
                    continue; // labels the source marks "do not use" (PAN X)
                if (*row.end > length || *row.start >= *row.end) {
                    ++entry.droppedSpans;
                    continue;
                }
                entry.example.spans.push_back({index, *row.start, *row.end, 1.0f});
            }
            entry.humanReference = entry.humanReference || human;
        }
        result.append(entry);
    }
    return result;
}

std::vector<std::string> TextTaskData::projectTexts(const ProjectStore &store)
{
    return TaskQueries(store).allTexts();
}

std::vector<models::TextExample> TextTaskData::examples(const QList<TextTaskItem> &items)
{
    std::vector<models::TextExample> result;
    result.reserve(size_t(items.size()));
    for (const TextTaskItem &item : items)
        result.push_back(item.example);
    return result;
}

QJsonObject TextTaskData::describe(const TextTaskSpec &task, const QList<TextTaskItem> &items)
{
    QJsonObject splits, languages, labels, spans, events;
    int human = 0, dropped = 0;
    auto bump = [](QJsonObject &counts, const QString &key) { counts.insert(key, counts.value(key).toInt() + 1); };
    for (const TextTaskItem &item : items) {
        bump(splits, item.split.isEmpty() ? QStringLiteral("(none)") : item.split);
        bump(languages,
            item.example.language.empty() ? QStringLiteral("(unknown)")
                                          : QString::fromStdString(item.example.language));
        for (int c : item.example.classes)
            bump(labels, QString::fromStdString(task.definition.classLabels[size_t(c)]));
        for (const models::CharSpan &span : item.example.spans)
            bump(spans, QString::fromStdString(task.definition.spanLabels[size_t(span.label)]));
        if (!item.example.group.empty())
            bump(events, QString::fromStdString(item.example.group));
        human += item.humanReference ? 1 : 0;
        dropped += item.droppedSpans;
    }
    QJsonObject origins{{QStringLiteral("gold"), int(items.size()) - human}, {QStringLiteral("human"), human}};
    QJsonObject description{{QStringLiteral("items"), int(items.size())}, {QStringLiteral("splits"), splits},
        {QStringLiteral("languages"), languages}, {QStringLiteral("reference_origins"), origins}};
    if (!task.classSchema.isEmpty())
        description.insert(QStringLiteral("labels"), labels);
    if (!task.spanSchema.isEmpty())
        description.insert(QStringLiteral("spans"), spans);
    if (dropped > 0)
        description.insert(QStringLiteral("dropped_spans"), dropped);
    if (!events.isEmpty()) // the groups cross-validation kept whole
        description.insert(QStringLiteral("events"), events);
    return description;
}

} // namespace candor
