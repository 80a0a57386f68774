#include "core/formats/weibo/WeiboReader.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/weibo/WeiboRecord.h"

namespace candor {

bool WeiboReader::take(Line &line)
{
    if (m_pushedBack) {
        line = *std::exchange(m_pushedBack, std::nullopt);
        return true;
    }
    line = {};
    try {
        if (!m_lines.next(line.bytes))
            return false;
    } catch (const Error &error) { // LineReader skipped the line; the next call reads the one after it
        line.error = error.message();
    }
    line.number = m_lines.lineNumber();
    return true;
}

void WeiboReader::endRun()
{
    if (m_runStart == 0)
        return;
    const QString lines = m_runStart == m_runEnd ? ImportIssue::tr("line %1").arg(m_runStart)
                                                 : ImportIssue::tr("lines %1-%2").arg(m_runStart).arg(m_runEnd);
    m_skipped.append({lines,
        Error::tr("not the first line of a post (%1 fields separated by '|', the post id first); "
                  "skipped up to the next post")
            .arg(weibo::kMetadataFields)});
    m_runStart = m_runEnd = 0;
}

bool WeiboReader::next(WeiboRawRecord &record)
{
    record = {};
    Line line;
    for (;;) {
        if (!take(line)) {
            endRun();
            return false;
        }
        if (!line.error.isEmpty()) {
            endRun();
            m_skipped.append({ImportIssue::tr("line %1").arg(line.number), line.error});
            continue;
        }
        if (weibo::looksLikeMetadata(line.bytes))
            break;
        if (line.bytes.trimmed().isEmpty() && m_runStart == 0)
            continue;
        if (m_runStart == 0)
            m_runStart = line.number;
        m_runEnd = line.number;
    }
    endRun();
    record.line = line.number;
    record.metadata = line.bytes;
    if (readPart(record, record.urls, 2))
        readPart(record, record.text, 3);
    return true;
}

bool WeiboReader::readPart(WeiboRawRecord &record, QByteArray &into, int part)
{
    Line line;
    if (!take(line)) {
        record.problem = part == 2
            ? Error::tr("the file ends after the post's first line: its image-URL and text lines are missing")
            : Error::tr("the file ends after the post's image-URL line: its text line is missing");
        return false;
    }
    if (!line.error.isEmpty()) {
        record.problem = Error::tr("line %1: %2").arg(line.number).arg(line.error);
        if (part == 2) { // the text line still belongs to this post, unless the post ends here
            Line text;
            if (take(text) && text.error.isEmpty() && weibo::looksLikeMetadata(text.bytes))
                pushBack(text);
        }
        return false;
    }
    if (weibo::looksLikeMetadata(line.bytes)) {
        pushBack(line);
        record.problem = Error::tr("line %1 starts the next post: this one has only %2 of its 3 lines")
                             .arg(line.number)
                             .arg(part - 1);
        return false;
    }
    into = line.bytes;
    return true;
}

} // namespace candor
