#pragma once

#include "core/domain/Annotation.h"

#include <QColor>
#include <QList>

namespace candor {

// A span as the text view draws it: the annotation, its UTF-16 range in the shown text, colour and band lane.
struct DisplaySpan
{
    Annotation annotation;
    qsizetype start16 = 0;
    qsizetype end16 = 0;
    QColor colour;
    int lane = 0;
    // Human and curated rows: the annotator's colour (their profile's, else one picked from the name), drawn as a cap
    // at the band's start so two people's spans of one technique tell apart. Invalid for gold and model rows.
    QColor annotatorColour;
};

// Gives overlapping spans different lanes (greedy interval colouring, longest first at equal starts), so
// every span keeps a band of its own. Returns the number of lanes used.
int assignLanes(QList<DisplaySpan> &spans);

} // namespace candor
