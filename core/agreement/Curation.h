#pragma once

#include "core/domain/Annotation.h"

#include <QList>
#include <QString>

namespace candor {

class ProjectStore;

// Adjudication (INCEpTION's curation): on one item and schema a curator compares what each annotator, the dataset
// and the model said, and settles one version. The settled rows are stored with origin `curated`, beside the rows
// they came from, which stay untouched (agreement is still computed on them); "best", training and evaluation read
// the curated rows first.

// One version a curator can choose: its name ("human:alice", "gold", "model", "curated") and its rows.
struct CurationVersion
{
    QString name;
    QList<Annotation> rows;
};

// The versions of one item and schema: the curated rows already settled (if any), each annotator's human rows, the
// gold rows and the newest model version's rows, in that order; rejected and ignored rows left out; empty ones
// left out. In a single-choice schema (stance, veracity, fake-2) an annotator's version is their latest answer per
// target.
QList<CurationVersion> curationVersions(const ProjectStore &store, qint64 itemId, const QString &schema);

// The rows of the version named `name` ("human:<annotator>", "gold", "model", "curated"); throws candor::Error
// naming the item and the versions there are when there is no such version.
QList<Annotation> curationVersion(const ProjectStore &store, qint64 itemId, const QString &schema, const QString &name);

// Replaces the curated rows of (item, schema) by `rows` in one transaction (all or nothing), as origin curated,
// accepted, no model version or score; their annotator becomes `curator` unless it is empty (then each row keeps
// its own: how an undo puts earlier curated rows back). Identical rows are stored once, so rows picked from several
// versions (a merge) may overlap; in a single-choice schema two different answers for one target are refused
// (candor::Error, nothing written). Settling an empty list clears the curation. Returns the curated rows it
// replaced, for undo.
QList<Annotation> settleCuration(
    ProjectStore &store, qint64 itemId, const QString &schema, QList<Annotation> rows, const QString &curator);

} // namespace candor
