#include "models/selection/Folds.h"

#include "models/selection/SeededRandom.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>

namespace candor::models::selection {

namespace {

using Count = long long;

std::string num(long long n)
{
    return std::to_string(n);
}

void requireFoldCount(int k, std::size_t units, const char *what)
{
    if (k < 2)
        throw std::invalid_argument("cross-validation needs k >= 2 folds, got k = " + num(k));
    if (std::size_t(k) > units)
        throw std::invalid_argument(
            "k = " + num(k) + " folds need at least " + num(k) + " " + what + ", got " + num(Count(units)));
}

void requireClasses(const std::vector<int> &classes)
{
    for (std::size_t i = 0; i < classes.size(); ++i)
        if (classes[i] < 0)
            throw std::invalid_argument(
                "example " + num(Count(i)) + " has class " + num(classes[i]) + "; classes are indices >= 0");
}

std::string rareWarning(const std::string &what, long long count, int k, const char *unit)
{
    return what + " has " + num(count) + " " + unit + (count == 1 ? "" : "s") + ", fewer than the " + num(k)
        + " folds: " + num(k - count) + " of the " + num(k) + " validation sets will hold none of it";
}

// Indices of the largest values (within rounding), the candidates a greedy step may choose between.
std::vector<int> argmaxAll(const std::vector<double> &values, const std::vector<int> &among)
{
    double best = -1e300;
    for (int j : among)
        best = std::max(best, values[std::size_t(j)]);
    std::vector<int> out;
    for (int j : among)
        if (values[std::size_t(j)] >= best - 1e-9)
            out.push_back(j);
    return out;
}

} // namespace

FoldPlan foldsFromAssignment(std::vector<int> foldOf, int k)
{
    if (k < 2)
        throw std::invalid_argument("cross-validation needs k >= 2 folds, got k = " + num(k));
    FoldPlan plan;
    plan.folds.resize(std::size_t(k));
    for (std::size_t i = 0; i < foldOf.size(); ++i) {
        if (foldOf[i] < 0 || foldOf[i] >= k)
            throw std::invalid_argument(
                "example " + num(Count(i)) + " is assigned to fold " + num(foldOf[i]) + ", outside 0.." + num(k - 1));
        plan.folds[std::size_t(foldOf[i])].validation.push_back(int(i));
    }
    for (int j = 0; j < k; ++j)
        if (plan.folds[std::size_t(j)].validation.empty())
            throw std::invalid_argument("fold " + num(j) + " of " + num(k) + " has no examples");
    for (std::size_t i = 0; i < foldOf.size(); ++i)
        for (int j = 0; j < k; ++j)
            if (j != foldOf[i])
                plan.folds[std::size_t(j)].train.push_back(int(i));
    plan.foldOf = std::move(foldOf);
    return plan;
}

FoldPlan stratifiedFolds(const std::vector<int> &classes, int k, std::uint64_t seed)
{
    requireFoldCount(k, classes.size(), "examples");
    requireClasses(classes);
    SeededRandom random(seed);
    std::map<int, std::vector<int>> byClass;
    for (std::size_t i = 0; i < classes.size(); ++i)
        byClass[classes[i]].push_back(int(i));
    // Dealing each class's shuffled examples round the folds, continuing where the previous class stopped,
    // gives every fold floor or ceil of each class's share and keeps fold sizes within one of each other.
    std::vector<int> foldName(static_cast<std::size_t>(k));
    std::iota(foldName.begin(), foldName.end(), 0);
    random.shuffle(foldName); // so that fold 0 is not always the one with the extra examples
    std::vector<int> foldOf(classes.size());
    std::size_t position = 0;
    std::vector<std::string> warnings;
    for (auto &[cls, members] : byClass) {
        random.shuffle(members);
        for (int i : members)
            foldOf[std::size_t(i)] = foldName[position++ % std::size_t(k)];
        if (members.size() < std::size_t(k))
            warnings.push_back(rareWarning("class " + num(cls), Count(members.size()), k, "example"));
    }
    FoldPlan plan = foldsFromAssignment(std::move(foldOf), k);
    plan.warnings = std::move(warnings);
    return plan;
}

FoldPlan multiLabelFolds(const std::vector<std::vector<int>> &labels, int numLabels, int k, std::uint64_t seed)
{
    requireFoldCount(k, labels.size(), "examples");
    const std::size_t n = labels.size(), L = std::size_t(std::max(numLabels, 0));
    std::vector<std::vector<int>> examples(n); // labels without duplicates
    std::vector<long long> remaining(L, 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (int l : labels[i])
            if (l < 0 || l >= numLabels)
                throw std::invalid_argument(
                    "example " + num(Count(i)) + " has label " + num(l) + ", outside 0.." + num(numLabels - 1));
        examples[i] = labels[i];
        std::sort(examples[i].begin(), examples[i].end());
        examples[i].erase(std::unique(examples[i].begin(), examples[i].end()), examples[i].end());
        for (int l : examples[i])
            ++remaining[std::size_t(l)];
    }
    FoldPlan plan;
    for (std::size_t l = 0; l < L; ++l)
        if (remaining[l] < k)
            plan.warnings.push_back(rareWarning("label " + num(Count(l)), remaining[l], k, "example"));

    // Desired counts: how many examples, and how many positives of each label, each fold still wants.
    std::vector<double> wantExamples(std::size_t(k), double(n) / k);
    std::vector<std::vector<double>> wantLabel(L, std::vector<double>(std::size_t(k)));
    for (std::size_t l = 0; l < L; ++l)
        std::fill(wantLabel[l].begin(), wantLabel[l].end(), double(remaining[l]) / k);

    SeededRandom random(seed);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    random.shuffle(order);
    std::vector<int> allFolds(static_cast<std::size_t>(k));
    std::iota(allFolds.begin(), allFolds.end(), 0);
    std::vector<int> foldOf(n, -1);
    auto assign = [&](int i, int fold) {
        foldOf[std::size_t(i)] = fold;
        wantExamples[std::size_t(fold)] -= 1;
        for (int l : examples[std::size_t(i)]) {
            wantLabel[std::size_t(l)][std::size_t(fold)] -= 1;
            --remaining[std::size_t(l)];
        }
    };
    auto pick = [&](std::vector<int> candidates) {
        if (candidates.size() > 1)
            candidates = argmaxAll(wantExamples, candidates); // ties: the fold wanting most examples
        return candidates[candidates.size() > 1 ? random.below(candidates.size()) : 0]; // then chance
    };
    for (;;) {
        // The label with fewest examples left is placed first: rare labels are the hard ones to spread.
        std::size_t rarest = L;
        for (std::size_t l = 0; l < L; ++l)
            if (remaining[l] > 0 && (rarest == L || remaining[l] < remaining[rarest]))
                rarest = l;
        if (rarest == L)
            break;
        for (int i : order) {
            const std::vector<int> &own = examples[std::size_t(i)];
            if (foldOf[std::size_t(i)] >= 0 || !std::binary_search(own.begin(), own.end(), int(rarest)))
                continue;
            assign(i, pick(argmaxAll(wantLabel[rarest], allFolds)));
        }
    }
    for (int i : order) // examples without labels go where examples are most wanted
        if (foldOf[std::size_t(i)] < 0)
            assign(i, pick(allFolds));
    std::vector<std::string> warnings = std::move(plan.warnings);
    plan = foldsFromAssignment(std::move(foldOf), k);
    plan.warnings = std::move(warnings);
    return plan;
}

FoldPlan groupedFolds(
    const std::vector<std::string> &groups, const std::vector<int> &classes, int k, std::uint64_t seed)
{
    const std::size_t n = groups.size();
    if (!classes.empty() && classes.size() != n)
        throw std::invalid_argument(
            "grouped folds got " + num(Count(n)) + " group ids but " + num(Count(classes.size())) + " classes");
    requireClasses(classes);
    std::map<std::string, int> groupIndex;
    std::vector<std::vector<int>> members;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < n; ++i) {
        auto [it, fresh] = groupIndex.emplace(groups[i], int(members.size()));
        if (fresh) {
            members.emplace_back();
            names.push_back(groups[i]);
        }
        members[std::size_t(it->second)].push_back(int(i));
    }
    if (k < 2)
        throw std::invalid_argument("cross-validation needs k >= 2 folds, got k = " + num(k));
    if (members.size() < std::size_t(k))
        throw std::invalid_argument("k = " + num(k) + " grouped folds need at least " + num(k)
            + " distinct groups, got " + num(Count(members.size())) + " (a group is never split across folds)");

    const int numClasses = classes.empty() ? 0 : *std::max_element(classes.begin(), classes.end()) + 1;
    std::vector<std::vector<long long>> groupClass(members.size(), std::vector<long long>(std::size_t(numClasses)));
    std::vector<long long> classTotal(std::size_t(numClasses), 0), classGroups(std::size_t(numClasses), 0);
    for (std::size_t g = 0; g < members.size(); ++g) {
        for (int i : members[g])
            if (numClasses > 0)
                ++groupClass[g][std::size_t(classes[std::size_t(i)])];
        for (int c = 0; c < numClasses; ++c) {
            classTotal[std::size_t(c)] += groupClass[g][std::size_t(c)];
            classGroups[std::size_t(c)] += groupClass[g][std::size_t(c)] > 0;
        }
    }
    FoldPlan plan;
    const double evenSize = double(n) / k;
    for (int c = 0; c < numClasses; ++c)
        if (classTotal[std::size_t(c)] > 0 && classGroups[std::size_t(c)] < k)
            plan.warnings.push_back(rareWarning("class " + num(c), classGroups[std::size_t(c)], k, "group"));

    SeededRandom random(seed);
    std::vector<int> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    random.shuffle(order); // equal sizes are taken in a seeded order
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return members[std::size_t(a)].size() > members[std::size_t(b)].size(); });

    // Greedy: each group goes where it least increases the squared distance of fold sizes and per-class counts
    // from their even shares (each class weighted by 1/its total, so rare classes count as much as common ones).
    std::vector<double> size(std::size_t(k), 0);
    std::vector<std::vector<double>> count(std::size_t(k), std::vector<double>(std::size_t(numClasses), 0));
    std::vector<int> foldOf(n, -1);
    int emptyFolds = k;
    for (std::size_t step = 0; step < order.size(); ++step) {
        const std::size_t g = std::size_t(order[step]);
        const double g_n = double(members[g].size());
        if (g_n > evenSize + 1)
            plan.warnings.push_back("group '" + names[g] + "' holds " + num(Count(g_n)) + " of " + num(Count(n))
                + " examples, more than a fold's even share; fold sizes cannot be balanced");
        // Later groups must still be able to fill every empty fold.
        const bool mustFillEmpty = Count(order.size() - step) <= emptyFolds;
        double best = 1e300;
        std::vector<int> candidates;
        for (int j = 0; j < k; ++j) {
            if (mustFillEmpty && size[std::size_t(j)] > 0)
                continue;
            const double s = size[std::size_t(j)];
            double cost = ((s + g_n - evenSize) * (s + g_n - evenSize) - (s - evenSize) * (s - evenSize)) / double(n);
            for (int c = 0; c < numClasses; ++c) {
                const double total = double(classTotal[std::size_t(c)]);
                if (total == 0)
                    continue;
                const double target = total / k, a = count[std::size_t(j)][std::size_t(c)];
                const double add = double(groupClass[g][std::size_t(c)]);
                cost += ((a + add - target) * (a + add - target) - (a - target) * (a - target)) / total;
            }
            if (cost < best - 1e-12) {
                best = cost;
                candidates = {j};
            } else if (cost <= best + 1e-12) {
                candidates.push_back(j);
            }
        }
        // Ties: the smallest fold, then chance.
        std::vector<double> negSize(static_cast<std::size_t>(k));
        for (int j = 0; j < k; ++j)
            negSize[std::size_t(j)] = -size[std::size_t(j)];
        candidates = argmaxAll(negSize, candidates);
        const int fold = candidates[candidates.size() > 1 ? random.below(candidates.size()) : 0];
        emptyFolds -= size[std::size_t(fold)] == 0;
        size[std::size_t(fold)] += g_n;
        for (int c = 0; c < numClasses; ++c)
            count[std::size_t(fold)][std::size_t(c)] += double(groupClass[g][std::size_t(c)]);
        for (int i : members[g])
            foldOf[std::size_t(i)] = fold;
    }
    std::vector<std::string> warnings = std::move(plan.warnings);
    plan = foldsFromAssignment(std::move(foldOf), k);
    plan.warnings = std::move(warnings);
    return plan;
}

} // namespace candor::models::selection
