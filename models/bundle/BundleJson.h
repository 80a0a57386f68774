#pragma once

// Internal to models/bundle: the bundles' JSON pieces through nlohmann (models/ has no Qt). Readers are strict (a
// missing key, a wrong type or an unknown label throws std::runtime_error naming the field) because a bundle travels
// between machines and versions.

#include "models/checkpoint/StrictJson.h"
#include "models/text/TextModel.h"

#include <string>
#include <vector>

namespace candor::bundle {

// "multi-label", "span-tagging", "narrative", "single-label".
std::string kindName(models::TextTaskKind kind);
models::TextTaskKind kindFromName(const std::string &name);

// The task's kind and label lists; definitionFromJson reads them back from the same object.
void putDefinition(nlohmann::json &object, const models::TextTaskDefinition &definition);
models::TextTaskDefinition definitionFromJson(const nlohmann::json &object);

// One example as one JSON line, labels by name (not index) so a reader can check them against the task. Offsets
// are code points of the text. exampleFromJson checks labels, one class for single-choice tasks, spans inside the
// text.
std::string exampleLine(const models::TextTaskDefinition &task, const models::TextExample &example);
models::TextExample exampleFromJson(const models::TextTaskDefinition &task, const nlohmann::json &line);

// Every TextTrainConfig field (TextTrainConfigFields.h) but the tokenizer bytes, which travel as a file of their own.
nlohmann::json configToJson(const models::TextTrainConfig &config);
// Keys left out keep their defaults; an unknown key throws.
models::TextTrainConfig configFromJson(const nlohmann::json &object);

nlohmann::json reportToJson(const models::TrainReport &report);
models::TrainReport reportFromJson(const nlohmann::json &object);

std::vector<std::string> stringsFromJson(const nlohmann::json &array, const std::string &what);

// A manifest's "format" and "format_version": throws "not a <what> (format is 'F'; <elsewhere>)" or
// "format_version N (this program reads V)".
void checkFormat(const nlohmann::json &manifest, const std::string &format, int version, const std::string &what,
    const std::string &elsewhere);

// A manifest's record of one file: its size and SHA-256.
nlohmann::json fileEntry(const std::string &bytes);
// The file at `path`, checked against its manifest record (`entry`, from `manifestName`): a different size is a
// truncated or changed copy, a different SHA-256 a corrupted one.
std::string checkedFile(const std::string &path, const nlohmann::json &entry, const std::string &manifestName);

} // namespace candor::bundle
