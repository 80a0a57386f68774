#include "widgets/thread/StanceTimelineData.h"

#include <algorithm>

namespace candor {

const QStringList &timelineStanceLabels()
{
    static const QStringList labels{
        QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")};
    return labels;
}

TimeUnit timeUnitFor(double spanSeconds)
{
    if (spanSeconds >= 2 * 86400.0)
        return {QStringLiteral("days"), 86400.0};
    if (spanSeconds >= 2 * 3600.0)
        return {QStringLiteral("hours"), 3600.0};
    if (spanSeconds >= 2 * 60.0)
        return {QStringLiteral("minutes"), 60.0};
    return {QStringLiteral("seconds"), 1.0};
}

StanceTimelineSeries timelineSeries(const ThreadConversation &conversation, TimelineSource source)
{
    StanceTimelineSeries series;
    series.replies = conversation.repliesByTime();
    double span = 0;
    for (int reply : series.replies)
        span = std::max(span, conversation.posts[reply].secondsSinceSource);
    series.unit = timeUnitFor(span);
    std::array<int, 4> counts{0, 0, 0, 0};
    for (int reply : series.replies) {
        const ConversationPost &post = conversation.posts[reply];
        const StanceMark *mark
            = source == TimelineSource::Model ? (post.model ? &*post.model : nullptr) : post.reference();
        const int label = mark ? int(timelineStanceLabels().indexOf(mark->label)) : -1;
        if (label >= 0)
            ++counts[size_t(label)];
        const double x = post.secondsSinceSource / series.unit.seconds;
        for (size_t s = 0; s < counts.size(); ++s)
            series.cumulative[s].append(QPointF(x, counts[s]));
        if (post.attention) {
            series.attention.append(QPointF(x, *post.attention));
            series.attentionReplies.append(reply);
        }
    }
    return series;
}

} // namespace candor
