#include "models/thread/ThreadFeatures.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <unordered_set>

namespace candor::models::thread {
namespace {

uint64_t fnv1a(const std::string &text, uint64_t salt)
{
    uint64_t hash = 1469598103934665603ULL ^ salt;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

bool isWordByte(unsigned char c)
{
    // Bytes >= 0x80 belong to non-ASCII letters (UTF-8 sequences stay whole this way).
    return std::isalnum(c) || c == '_' || c == '\'' || c >= 0x80;
}

bool startsWith(const std::string &text, size_t at, const char *prefix)
{
    return text.compare(at, std::char_traits<char>::length(prefix), prefix) == 0;
}

// Words whose presence marks denial or doubt; replies are short, so a direct cue helps the rare "deny" class.
const std::unordered_set<std::string> &doubtWords()
{
    static const std::unordered_set<std::string> words{"not", "no", "fake", "false", "hoax", "lie", "lies", "wrong",
        "untrue", "rumour", "rumor", "doubt", "unconfirmed", "isn't", "didn't", "doesn't", "wasn't", "aren't", "don't",
        "never", "debunked", "bs"};
    return words;
}

} // namespace

std::vector<std::string> normalisedWords(const std::string &utf8)
{
    std::vector<std::string> words;
    size_t i = 0;
    while (i < utf8.size()) {
        const unsigned char c = utf8[i];
        if (startsWith(utf8, i, "http://") || startsWith(utf8, i, "https://")) {
            while (i < utf8.size() && !std::isspace(static_cast<unsigned char>(utf8[i])))
                ++i;
            words.emplace_back("<url>");
        } else if (c == '@') {
            ++i;
            while (i < utf8.size() && isWordByte(utf8[i]))
                ++i;
            words.emplace_back("<user>");
        } else if (c == '?' || c == '!') {
            words.emplace_back(1, static_cast<char>(c));
            ++i;
        } else if (isWordByte(c)) {
            std::string word;
            bool digits = true;
            while (i < utf8.size() && isWordByte(utf8[i])) {
                const unsigned char w = utf8[i++];
                digits = digits && std::isdigit(w);
                word.push_back(w < 0x80 ? static_cast<char>(std::tolower(w)) : static_cast<char>(w));
            }
            words.push_back(digits ? std::string("<num>") : word);
        } else {
            ++i;
        }
    }
    return words;
}

std::vector<int64_t> hashedNgrams(const std::string &utf8, int buckets)
{
    const std::vector<std::string> words = normalisedWords(utf8);
    std::vector<int64_t> ids;
    const auto add = [&](const std::string &gram, uint64_t salt) {
        ids.push_back(static_cast<int64_t>(fnv1a(gram, salt) % static_cast<uint64_t>(buckets)));
    };
    for (size_t w = 0; w < words.size(); ++w) {
        add(words[w], 1);
        if (w + 1 < words.size())
            add(words[w] + ' ' + words[w + 1], 2);
        if (words[w].front() == '<' || words[w] == "?" || words[w] == "!")
            continue; // placeholders and punctuation carry no spelling
        const std::string marked = ' ' + words[w] + ' ';
        for (size_t n = 3; n <= 5; ++n)
            for (size_t start = 0; start + n <= marked.size(); ++start)
                add(marked.substr(start, n), 3);
    }
    if (ids.empty())
        add("<empty>", 4);
    return ids;
}

std::vector<float> postCues(const ThreadExample &thread, int index, int depth)
{
    const ThreadPostExample &post = thread.posts.at(index);
    const std::vector<std::string> words = normalisedWords(post.text);
    int questions = 0, exclamations = 0, urls = 0, doubts = 0, content = 0;
    for (const std::string &word : words) {
        questions += word == "?";
        exclamations += word == "!";
        urls += word == "<url>";
        doubts += doubtWords().count(word) > 0;
        content += word != "<user>" && word != "<url>";
    }
    const double rootSeconds = [&] {
        for (const ThreadPostExample &p : thread.posts)
            if (p.parent < 0)
                return p.seconds;
        return thread.posts.front().seconds;
    }();
    const double minutes = std::max(0.0, post.seconds - rootSeconds) / 60.0;
    return {
        depth == 0 ? 1.0f : 0.0f,
        depth == 1 ? 1.0f : 0.0f,
        std::min(depth, 10) / 10.0f,
        questions > 0 ? 1.0f : 0.0f,
        std::min(exclamations, 3) / 3.0f,
        urls > 0 ? 1.0f : 0.0f,
        std::min(doubts, 3) / 3.0f,
        static_cast<float>(std::log1p(minutes) / 8.0),
        std::min(content, 40) / 40.0f,
        post.image.empty() ? 0.0f : 1.0f,
    };
}

ThreadShape threadShape(const ThreadExample &thread)
{
    const int n = static_cast<int>(thread.posts.size());
    if (n == 0)
        throw std::invalid_argument("thread " + thread.id + " has no posts");
    ThreadShape shape;
    shape.root = 0;
    for (int i = 0; i < n; ++i)
        if (thread.posts[i].parent < 0) {
            shape.root = i;
            break;
        }
    shape.parent.assign(n, shape.root);
    shape.parent[shape.root] = -1;
    for (int i = 0; i < n; ++i) {
        const int p = thread.posts[i].parent;
        if (i != shape.root && p >= 0 && p < n && p != i)
            shape.parent[i] = p;
    }
    // Break cycles: walk up from each post; a walk longer than n never reaches the root.
    for (int i = 0; i < n; ++i) {
        int at = i, steps = 0;
        while (at != shape.root && at >= 0 && steps <= n) {
            at = shape.parent[at];
            ++steps;
        }
        if (steps > n)
            shape.parent[i] = shape.root;
    }
    shape.depth.assign(n, 0);
    shape.children.assign(n, {});
    for (int i = 0; i < n; ++i) {
        int at = i, depth = 0;
        while (at != shape.root) {
            at = shape.parent[at];
            ++depth;
        }
        shape.depth[i] = depth;
        if (i != shape.root)
            shape.children[shape.parent[i]].push_back(i);
    }
    for (std::vector<int> &kids : shape.children)
        std::stable_sort(
            kids.begin(), kids.end(), [&](int a, int b) { return thread.posts[a].seconds < thread.posts[b].seconds; });
    return shape;
}

std::vector<std::vector<int>> postSequences(const ThreadExample &thread, const ThreadShape &shape, PostOrder order)
{
    const int n = static_cast<int>(thread.posts.size());
    if (order == PostOrder::Chronological) {
        std::vector<int> all(n);
        std::iota(all.begin(), all.end(), 0);
        // The source comes first even when a reply carries an earlier (wrong) time.
        std::stable_sort(all.begin(), all.end(), [&](int a, int b) {
            if ((a == shape.root) != (b == shape.root))
                return a == shape.root;
            return thread.posts[a].seconds < thread.posts[b].seconds;
        });
        return {all};
    }
    std::vector<std::vector<int>> branches;
    std::vector<int> path;
    const std::function<void(int)> walk = [&](int node) {
        path.push_back(node);
        if (shape.children[node].empty())
            branches.push_back(path);
        for (int child : shape.children[node])
            walk(child);
        path.pop_back();
    };
    walk(shape.root);
    return branches;
}

} // namespace candor::models::thread

namespace candor::models {

std::string postOrderName(PostOrder order)
{
    return order == PostOrder::Chronological ? "chronological" : "branches";
}

PostOrder postOrderFromName(const std::string &name)
{
    if (name == "chronological")
        return PostOrder::Chronological;
    if (name == "branches")
        return PostOrder::Branches;
    throw std::invalid_argument("unknown post order \"" + name + "\" (chronological or branches)");
}

} // namespace candor::models
