#pragma once

#include <QString>

namespace candor {

struct Item;

// The news event a post belongs to, for grouping cross-validation folds: posts of one event share images and
// wording, so a fold that holds part of an event on each side scores memory, not verification.
//  - metadata "event" (a string) when an importer recorded one;
//  - MediaEval 2016: the event prefix of the post's first image id ("boston_fake_03" -> "boston", as the corpus
//    names its 17 events; the first image decides when a post has several);
//  - otherwise empty: the post is a group of its own (Weibo: the subset's own train / test split already keeps its
//    events apart, so inside train the posts are folded one by one).
QString postEvent(const Item &item);

} // namespace candor
