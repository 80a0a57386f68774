#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace candor {

// The fields Candor keeps from one Twitter v1.1 status JSON (RumourEval / PHEME thread files).
struct Tweet
{
    QString id;
    QString inReplyTo; // empty for a source tweet
    QString author; // screen name
    QDateTime createdAt; // UTC
    QString text;
    QJsonObject metadata; // language, user name, image URLs (not available offline, kept as links), counts

    // Reads and validates one tweet file; throws candor::Error naming the file and the reason.
    static Tweet read(const QString &path);
};

// Parses Twitter's created_at ("Wed Apr 17 18:57:37 +0000 2013") to UTC; invalid QDateTime when malformed.
QDateTime parseTwitterTime(const QString &text);

} // namespace candor
