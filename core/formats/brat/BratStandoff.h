#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace candor::brat {

// brat's standoff format (brat rapid annotation tool, brat.nlplab.org/standoff.html): a document is a `.txt` file
// and its annotations a `.ann` file beside it. Offsets count characters of the `.txt` as brat's Python server reads
// it: Unicode code points, what Candor counts too, so no conversion happens at this edge. Of the annotation lines
// Candor takes the text-bound ones ("T1<TAB>Type START END[;START END...]<TAB>covered text") and the annotator notes
// on them ("#1<TAB>AnnotatorNotes T1<TAB>note"); relations, events, attributes and normalisations are counted and
// reported as left out, never misread.

struct TextBound
{
    int line = 0; // 1-based line of the .ann file, for messages
    QString id; // "T1"
    QString type; // brat type name (no spaces)
    QList<QPair<int, int>> fragments; // [start, end) in code points; more than one for a discontinuous span
    QString text; // the covered text as the file quotes it (fragments joined by a space)
};

struct AnnFile
{
    QList<TextBound> spans;
    QHash<QString, QString> notes; // text-bound id -> its AnnotatorNotes
    int leftOut = 0; // relation, event, attribute, normalisation and other annotation lines
    QStringList problems; // "line N: reason" for lines that could not be read
};

// Parses the content of a .ann file. Never throws: a malformed line becomes a problem and is skipped.
AnnFile parseAnn(const QString &content);

// A label's brat type name: brat takes no spaces and treats some punctuation as syntax in its configuration, so
// every character but letters, digits, '-' and '_' becomes '_' ("Appeal to fear/prejudice" ->
// "Appeal_to_fear_prejudice").
QString typeName(const QString &label);

// One text-bound line (no trailing newline); `covered` is the span's text.
QString textBoundLine(int number, const QString &type, int start, int end, const QString &covered);

} // namespace candor::brat
