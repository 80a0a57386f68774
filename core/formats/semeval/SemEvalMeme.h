#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

class ImportContext;
class ProjectStore;

inline const QString kSemEvalSource = QStringLiteral("semeval2021-task6");

// One record of a SemEval-2021 Task 6 file. Subtask 1: labels; subtask 2: spans; subtask 3: labels + image.
struct SemEvalRecord
{
    struct Span
    {
        int start = 0; // code points
        int end = 0; // code points, exclusive
        QString technique;
    };

    int subtask = 1;
    QString id;
    QString text;
    QStringList labels;
    QList<Span> spans;
    QString image; // file name, subtask 3 only
    QStringList warnings; // repairs made while parsing, for the import report

    // How far a span's offsets may miss its text_fragment and still be moved onto it (with a warning).
    static constexpr int kMaxSpanShift = 3;

    // Parses and validates one JSON element (types, offsets, fragments); throws candor::Error with the reason.
    // A span whose offsets miss its fragment by up to kMaxSpanShift code points is moved onto the fragment and
    // the move is listed in `warnings`; a fragment not found that near is an error.
    static SemEvalRecord parse(const QJsonObject &object, int subtask);
};

// Writes one record into the meme item with the same id, merging what the other subtask files gave before:
// the text must agree, labels and spans are added as gold, the image (subtask 3) is stored as media. An image
// that is missing or corrupt is reported as an issue and the meme is kept without it.
class SemEvalMemeWriter
{
public:
    SemEvalMemeWriter(ProjectStore &store, ImportContext &context, QString jsonPath, QString split);
    void write(const SemEvalRecord &record);

private:
    std::optional<qint64> storeImage(const SemEvalRecord &record, QJsonObject &metadata);
    QString resolveImage(const QString &name) const;

    ProjectStore &m_store;
    ImportContext &m_context;
    QString m_jsonPath;
    QString m_split;
};

} // namespace candor
