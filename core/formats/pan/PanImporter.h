#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

inline const QString kPanSource = QStringLiteral("pan2024-oppositional");

// PAN 2024 oppositional thinking ("pan"): a JSON array of Telegram messages {id, text, category, annotations[]}.
//  - A file, or a folder: every PAN file directly inside it.
//  - One message item per record (source "pan2024-oppositional"); external id "<language>/<id>" because the English
//    and Spanish files reuse ids; the original id is kept in metadata "pan_id".
//  - Language: the record's "lang"/"language" field, else a two-letter token of the file name (pan2024_en.json).
//  - category -> item-level gold in oppositional-2; annotations -> span gold in narrative-6 (start_char/end_char,
//    code points, end exclusive; span_text must equal the covered text; the annotator name is kept). Category X
//    spans are stored with status Ignored: visible, never trained on or scored.
//  - Split: --split when given; otherwise PAN has none (a folder or file name does not set it), so a deterministic
//  stratified
//    80/20 train/dev split is assigned per language and category (see PanSplit.h) and described in the project's
//    meta key "split/pan2024-oppositional/<language>".
class PanImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("pan"); }
    QString description() const override
    {
        return QStringLiteral("PAN 2024 oppositional thinking: JSON array of {id, text, category, annotations}");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    static QString languageFromFileName(const QString &path);

private:
    QStringList panFilesIn(const QString &folder) const; // the PAN files directly inside a folder
    void importFile(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context);
};

} // namespace candor
