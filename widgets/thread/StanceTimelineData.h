#pragma once

// The numbers behind the stance timeline: cumulative support/deny/query/comment counts over time since the
// source post, and the model's attention weight per reply. Plain data, so tests can check every value.

#include "widgets/thread/ThreadConversation.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <array>

namespace candor {

// Reference: a person's stance where there is one, else gold. Model: the model's prediction.
enum class TimelineSource { Reference, Model };

struct TimeUnit
{
    QString name; // "seconds", "minutes", "hours", "days"
    double seconds = 1; // length of one unit
};
// The largest unit that still spreads `spanSeconds` over at least two units.
TimeUnit timeUnitFor(double spanSeconds);

struct StanceTimelineSeries
{
    TimeUnit unit;
    // One point per reply (by time) in every series, so point i of any series is reply replies[i].
    QList<int> replies; // conversation post indices
    std::array<QList<QPointF>, 4> cumulative; // support, deny, query, comment: count after each reply
    QList<QPointF> attention; // only replies with an attention weight
    QList<int> attentionReplies; // post index of each attention point
};

StanceTimelineSeries timelineSeries(const ThreadConversation &conversation, TimelineSource source);

// The stance labels in series order (stance-4's official order).
const QStringList &timelineStanceLabels();

} // namespace candor
