#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// Telegram Desktop chat export (Settings > Advanced > Export chat history, format JSON): a folder holding
// result.json (or that file itself) with {name, type, id, messages: [...]}, streamed message by message.
//
// Model: every message of type "message" becomes a `message` item (source "telegram", id "<chat id>/<message
// id>") with its plain text, sender, UTC time, entities (code points), edits and forwards in the metadata and
// its photo read from the export folder. Service messages (joins, pins, title changes) carry no content and are
// skipped. Reply chains become threads: every message that has replies roots a `thread` item (id "<chat id>/
// thread/<root id>") whose posts are the root and all its direct and indirect replies, each post's parent being
// the message it replies to, so the reply tree is reconstructible. A reply to a message absent from the export
// roots its own chain. A missing or broken photo is recorded as an issue; the message is still imported.
// Mapping key "language" sets the language tag of every message (exports carry none).
class TelegramImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("telegram"); }
    QString description() const override { return QStringLiteral("Telegram Desktop JSON export: result.json of one chat or of the whole account (chats.list)"); }
    bool recognises(const QString &path) const override;
    void import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

} // namespace candor
