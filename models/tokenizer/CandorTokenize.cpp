// candor-tokenize: prints the tokens of stdin, one per line: id, start, end (code points), piece, surface.
//   candor-tokenize --model FILE            use an existing sentencepiece .model (DeBERTa-v3, XLM-R, ...)
//   candor-tokenize --train CORPUS [--vocab N] [--save FILE]
//                                           train on CORPUS (one text per line) first
//   --lines                                 encode each input line on its own instead of the whole input
//   --info                                  print the module path, vocabulary, special ids and compute device

#include "core/text/CodePointOffsets.h"
#include "models/engine/Compute.h"
#include "models/tokenizer/SpmLibrary.h"
#include "models/tokenizer/Tokenizer.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

using namespace candor::models;

namespace {

std::string readAll(std::istream &in)
{
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return readAll(in);
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::string escaped(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out;
}

void printTokens(const Tokenizer &tokenizer, const std::string &text)
{
    const std::vector<Token> tokens = tokenizer.encode(text); // throws on invalid UTF-8
    const candor::text::CodePointOffsets offsets = candor::text::CodePointOffsets::ofUtf8(text);
    for (const Token &t : tokens) {
        const size_t begin = size_t(offsets.toUnit(t.start));
        const std::string surface = text.substr(begin, size_t(offsets.toUnit(t.end)) - begin);
        std::cout << t.id << '\t' << t.start << '\t' << t.end << '\t' << escaped(tokenizer.pieceOf(t.id)) << '\t'
                  << escaped(surface) << '\n';
    }
}

int usage()
{
    std::cerr << "usage: candor-tokenize (--model FILE | --train CORPUS [--vocab N] [--save FILE]) [--lines] [--info]"
              << " < text\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string modelPath, corpusPath, savePath;
    bool lines = false, info = false;
    TokenizerTrainingOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--model" && hasValue)
            modelPath = argv[++i];
        else if (arg == "--train" && hasValue)
            corpusPath = argv[++i];
        else if (arg == "--vocab" && hasValue)
            options.vocabSize = std::atoi(argv[++i]);
        else if (arg == "--save" && hasValue)
            savePath = argv[++i];
        else if (arg == "--lines")
            lines = true;
        else if (arg == "--info")
            info = true;
        else
            return usage();
    }
    if (modelPath.empty() == corpusPath.empty())
        return usage();
    try {
        const std::unique_ptr<Tokenizer> tokenizer = modelPath.empty()
            ? trainTokenizer(splitLines(readFile(corpusPath)), options)
            : loadTokenizer(readFile(modelPath));
        if (!savePath.empty()) {
            std::ofstream out(savePath, std::ios::binary);
            out << tokenizer->serializedModel();
            if (!out)
                throw std::runtime_error("cannot write " + savePath);
        }
        if (info) {
            std::cout << "module\t" << spmLibrary().path << "\nvocabulary\t" << tokenizer->vocabSize() << "\npad\t"
                      << tokenizer->padId() << "\nunk\t" << tokenizer->unkId() << "\ncls\t" << tokenizer->clsId()
                      << "\nsep\t" << tokenizer->sepId() << "\nmask\t" << tokenizer->maskId() << "\ncompute\t"
                      << candor::engine::configureCompute().describe() << '\n';
        }
        const std::string input = readAll(std::cin);
        if (lines) {
            for (const std::string &line : splitLines(input))
                printTokens(*tokenizer, line);
        } else {
            printTokens(*tokenizer, input);
        }
    } catch (const std::exception &e) {
        std::cerr << "candor-tokenize: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
