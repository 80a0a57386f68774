#include "widgets/itemview/DisplaySpan.h"

#include <algorithm>

namespace candor {

int assignLanes(QList<DisplaySpan> &spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const DisplaySpan &a, const DisplaySpan &b) {
        if (a.start16 != b.start16)
            return a.start16 < b.start16;
        return a.end16 > b.end16;
    });
    QList<qsizetype> laneEnds; // where the last span of each lane ends
    for (DisplaySpan &span : spans) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > span.start16)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(span.end16);
        else
            laneEnds[lane] = span.end16;
        span.lane = lane;
    }
    return int(laneEnds.size());
}

} // namespace candor
