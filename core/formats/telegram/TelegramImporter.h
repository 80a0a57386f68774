#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// Telegram Desktop JSON exports: a folder holding result.json (or that file itself), streamed message by message.
//  - One chat (chat menu > Export chat history): {name, type, id, messages: [...]}.
//  - The whole account (Settings > Advanced > Export Telegram data): {personal_information, ..., chats: {list:
//    [chat, ...]}, left_chats: {list: [...]}}; every chat of both lists is imported as a one-chat export would be.
//    A chat's name, type and id must precede its messages (Telegram writes them so).
//
// Model: every message of type "message" becomes a `message` item (source "telegram", id "<chat id>/<message
// id>") with its plain text, sender, UTC time, entities (code points), edits and forwards in the metadata and
// its photo read from the export folder. Service messages (joins, pins, title changes) carry no content and are
// skipped. Reply chains become threads: every message that has replies roots a `thread` item (id "<chat id>/
// thread/<root id>") whose posts are the root and all its direct and indirect replies, each post's parent being
// the message it replies to, so the reply tree is reconstructible. A reply to a message absent from the export
// roots its own chain. A missing or broken photo is recorded as an issue; the message is still imported.
// Errors: a bad message is reported and skipped; a file whose structure breaks (truncated, garbage between
// messages) keeps the messages before the break, with their threads, and reports the break; a file that is no
// Telegram export at all fails whole. Mapping key "language" sets the language tag of every message.
class TelegramImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("telegram"); }
    QString description() const override
    {
        return QStringLiteral(
            "Telegram Desktop JSON export: result.json of one chat or of the whole account (chats.list)");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

} // namespace candor
