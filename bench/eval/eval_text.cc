// Scores text analysis (part of speech, base noun phrases) against the Penn
// Treebank trees in the <Parse> elements of PETRARCH-2's record files.
//
// Usage: eval_text [--speed] FILE.xml...
// For every tree: a Document whose text is the leaves joined by single
// spaces (-LRB- -RRB- -LCB- -RCB- -LSB- -RSB- `` '' back to ( ) { } [ ] " "),
// one sentence, and the gold leaves as its tokens (our tokenizer is
// bypassed); -NONE- traces are skipped. text::Analyze runs on it, then:
//   tags:   (the gold's AUX, AUXD, AUXZ... read as VB, VBD, VBZ...)
//           accuracy overall and per gold tag (count, accuracy, top
//           confusions), the worst tags first;
//   base NP brackets: precision, recall and F1 (exact token range) of
//           doc.phrases of kind kNounPhrase against CoNLL-2000 style gold
//           chunks: for every NP node, each maximal run of its direct
//           children that are preterminals (or ADJP/QP/NX/NAC/NML subtrees,
//           flattened) is one chunk, trimmed of edge punctuation;
//   speed:  MB/s of Analyze (and of the tagger alone) over the same text,
//           repeated, one thread.
// Exit 0 when the inputs parse (scores are reported, not gated here).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "text/internal/analysis.h"
#include "text/text.h"

namespace {

struct Node {
  std::string label;
  std::string word;  // preterminals only
  std::vector<std::unique_ptr<Node>> children;
  int first = -1, last = -1;  // leaf range [first, last)
  bool Preterminal() const { return children.empty(); }
};

std::string DecodeEntities(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        const std::string n(name);
        if (s.compare(i, n.size(), n) == 0) {
          out += c;
          i += n.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

// Parses "(LABEL child...)" or "(TAG word)" at s[pos]; nullptr on error.
std::unique_ptr<Node> ParseTree(const std::string& s, size_t& pos) {
  auto skip = [&] { while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) ++pos; };
  skip();
  if (pos >= s.size() || s[pos] != '(') return nullptr;
  ++pos;
  skip();
  auto node = std::make_unique<Node>();
  while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos])) && s[pos] != '(' &&
         s[pos] != ')') {
    node->label += s[pos++];
  }
  skip();
  while (pos < s.size() && s[pos] != ')') {
    if (s[pos] == '(') {
      auto child = ParseTree(s, pos);
      if (!child) return nullptr;
      node->children.push_back(std::move(child));
    } else {
      while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos])) && s[pos] != ')') {
        node->word += s[pos++];
      }
    }
    skip();
  }
  if (pos >= s.size()) return nullptr;
  ++pos;  // ')'
  return node;
}

std::string LeafText(const std::string& w) {
  if (w == "-LRB-") return "(";
  if (w == "-RRB-") return ")";
  if (w == "-LCB-") return "{";
  if (w == "-RCB-") return "}";
  if (w == "-LSB-") return "[";
  if (w == "-RSB-") return "]";
  if (w == "``" || w == "''") return "\"";
  return w;
}

struct Leaf {
  std::string text;
  std::string tag;
};

// Numbers the leaves (skipping -NONE-) and sets each node's range.
void Number(Node& n, std::vector<Leaf>& leaves) {
  if (n.Preterminal()) {
    if (n.label == "-NONE-" || n.word.empty()) return;
    n.first = static_cast<int>(leaves.size());
    leaves.push_back(Leaf{LeafText(n.word), n.label});
    n.last = n.first + 1;
    return;
  }
  for (auto& c : n.children) {
    Number(*c, leaves);
    if (c->first < 0) continue;
    if (n.first < 0) n.first = c->first;
    n.last = c->last;
  }
}

std::string BaseLabel(const std::string& label) {
  size_t cut = label.find_first_of("-=", 1);
  return cut == std::string::npos ? label : label.substr(0, cut);
}

bool EdgeTrim(const std::string& tag) {
  return tag == "," || tag == "." || tag == ":" || tag == "``" || tag == "''" ||
         tag == "-LRB-" || tag == "-RRB-" || tag == "CC";
}

void GoldChunks(const Node& n, const std::vector<Leaf>& leaves, std::set<std::pair<int, int>>& out) {
  if (n.Preterminal()) return;
  if (BaseLabel(n.label) == "NP") {
    int run_first = -1, run_last = -1;
    auto flush = [&] {
      while (run_first >= 0 && run_first < run_last && EdgeTrim(leaves[run_first].tag)) ++run_first;
      while (run_first >= 0 && run_first < run_last && EdgeTrim(leaves[run_last - 1].tag)) --run_last;
      if (run_first >= 0 && run_first < run_last) out.insert({run_first, run_last});
      run_first = run_last = -1;
    };
    for (const auto& c : n.children) {
      const std::string base = BaseLabel(c->label);
      const bool flat = c->Preterminal() || base == "ADJP" || base == "QP" || base == "NX" ||
                        base == "NAC" || base == "NML";
      if (c->first < 0) continue;  // a trace
      if (!flat) {
        flush();
        continue;
      }
      if (run_first < 0) run_first = c->first;
      run_last = c->last;
    }
    flush();
  }
  for (const auto& c : n.children) GoldChunks(*c, leaves, out);
}

// The parser behind the gold marks auxiliaries AUXD, AUXZ...: their Penn tag.
std::string GoldTag(const std::string& tag) {
  if (tag.size() >= 3 && tag.compare(0, 3, "AUX") == 0) {
    const std::string rest = tag.substr(3);
    return rest.empty() || rest == "B" ? "VB" : "VB" + rest;
  }
  return tag;
}

struct Sample {
  std::vector<Leaf> leaves;
  std::set<std::pair<int, int>> chunks;
};

riposte::Document MakeDoc(const Sample& sample) {
  riposte::Document doc;
  for (const Leaf& leaf : sample.leaves) {
    if (!doc.text.empty()) doc.text += ' ';
    const auto begin = static_cast<riposte::Offset>(doc.text.size());
    doc.text += leaf.text;
    doc.tokens.push_back(riposte::Token{riposte::Span{begin, static_cast<riposte::Offset>(doc.text.size())}});
  }
  doc.sentences.push_back(riposte::Sentence{riposte::Span{0, static_cast<riposte::Offset>(doc.text.size())}});
  return doc;
}

bool ReadSamples(const char* path, std::vector<Sample>& samples) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "eval_text: cannot read %s\n", path);
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  size_t pos = 0;
  int bad = 0;
  while ((pos = xml.find("<Parse>", pos)) != std::string::npos) {
    const size_t end = xml.find("</Parse>", pos);
    if (end == std::string::npos) break;
    const std::string body = DecodeEntities(xml.substr(pos + 7, end - pos - 7));
    pos = end;
    size_t p = 0;
    auto tree = ParseTree(body, p);
    if (!tree) {
      ++bad;
      continue;
    }
    Sample sample;
    Number(*tree, sample.leaves);
    if (sample.leaves.empty()) continue;
    GoldChunks(*tree, sample.leaves, sample.chunks);
    samples.push_back(std::move(sample));
  }
  if (bad) std::fprintf(stderr, "eval_text: %s: %d unparseable trees skipped\n", path, bad);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Sample> samples;
  bool speed = false, errors = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--speed") {
      speed = true;
      continue;
    }
    if (std::string(argv[i]) == "--errors") {
      errors = true;
      continue;
    }
    if (!ReadSamples(argv[i], samples)) return 2;
  }
  if (samples.empty()) {
    std::fprintf(stderr, "usage: eval_text [--speed] PETR_RECORDS.xml...\n");
    return 2;
  }
  if (auto st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "eval_text: %s\n", st.error().ToString().c_str());
    return 2;
  }
  struct TagScore {
    int count = 0, right = 0;
    std::map<std::string, int> confusions;
  };
  std::map<std::string, TagScore> per_tag;
  long tokens = 0, right = 0;
  long gold_chunks = 0, found_chunks = 0, matched_chunks = 0;
  for (const Sample& sample : samples) {
    riposte::Document doc = MakeDoc(sample);
    if (auto st = riposte::text::Analyze(doc); !st.ok()) {
      std::fprintf(stderr, "eval_text: %s\n", st.error().ToString().c_str());
      return 2;
    }
    for (size_t i = 0; i < sample.leaves.size(); ++i) {
      const std::string gold = GoldTag(sample.leaves[i].tag);
      const std::string got = riposte::text::TagName(doc.tokens[i].tag);
      TagScore& score = per_tag[gold];
      ++score.count;
      ++tokens;
      if (got == gold) {
        ++score.right;
        ++right;
      } else {
        ++score.confusions[got.empty() ? "(none)" : got];
        if (errors) {
          std::printf("error: %s/%s -> %s |", sample.leaves[i].text.c_str(), gold.c_str(), got.c_str());
          for (size_t k = i >= 3 ? i - 3 : 0; k < sample.leaves.size() && k <= i + 3; ++k) {
            std::printf(" %s", sample.leaves[k].text.c_str());
          }
          std::printf("\n");
        }
      }
    }
    gold_chunks += static_cast<long>(sample.chunks.size());
    for (const riposte::Phrase& p : doc.phrases) {
      if (p.kind != riposte::PhraseKind::kNounPhrase) continue;
      ++found_chunks;
      if (sample.chunks.count({static_cast<int>(p.begin), static_cast<int>(p.end)})) ++matched_chunks;
    }
  }
  std::printf("sentences %zu, tokens %ld\n", samples.size(), tokens);
  std::printf("tag accuracy %.2f%% (%ld/%ld)\n", 100.0 * right / std::max(tokens, 1L), right, tokens);
  std::vector<std::pair<std::string, TagScore>> rows(per_tag.begin(), per_tag.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.count - a.second.right > b.second.count - b.second.right;  // most errors first
  });
  std::printf("  %-6s %6s %8s  top confusions (gold -> ours)\n", "tag", "count", "acc");
  for (const auto& [tag, score] : rows) {
    std::vector<std::pair<int, std::string>> conf;
    for (const auto& [t, c] : score.confusions) conf.push_back({c, t});
    std::sort(conf.rbegin(), conf.rend());
    std::string top;
    for (size_t k = 0; k < conf.size() && k < 3; ++k) {
      top += (k ? ", " : "") + conf[k].second + " " + std::to_string(conf[k].first);
    }
    std::printf("  %-6s %6d %7.1f%%  %s\n", tag.c_str(), score.count,
                100.0 * score.right / std::max(score.count, 1), top.c_str());
  }
  const double precision = found_chunks ? static_cast<double>(matched_chunks) / found_chunks : 0;
  const double recall = gold_chunks ? static_cast<double>(matched_chunks) / gold_chunks : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("base NP brackets: gold %ld, ours %ld, matched %ld: precision %.1f%% recall %.1f%% F1 %.1f%%\n",
              gold_chunks, found_chunks, matched_chunks, 100 * precision, 100 * recall, 100 * f1);

  if (speed) {
    std::vector<riposte::Document> docs;
    size_t bytes = 0;
    for (const Sample& sample : samples) {
      docs.push_back(MakeDoc(sample));
      bytes += docs.back().text.size() + 1;
    }
    constexpr int kRounds = 40;
    riposte::Error error;
    const auto* tagger = riposte::text::internal::Tagger::Get(&error);
    auto t0 = std::chrono::steady_clock::now();
    for (int round = 0; round < kRounds; ++round) {
      for (auto& doc : docs) {
        const riposte::text::internal::SentenceTokens s{0, 0, static_cast<uint32_t>(doc.tokens.size())};
        tagger->Tag(doc, s);
      }
    }
    auto t1 = std::chrono::steady_clock::now();
    for (int round = 0; round < kRounds; ++round) {
      for (auto& doc : docs) (void)riposte::text::Analyze(doc);
    }
    auto t2 = std::chrono::steady_clock::now();
    const double mb = static_cast<double>(bytes) * kRounds / 1e6;
    std::printf("speed: tagger %.1f MB/s, Analyze %.1f MB/s (%.1f MB, one thread)\n",
                mb / std::chrono::duration<double>(t1 - t0).count(),
                mb / std::chrono::duration<double>(t2 - t1).count(), mb);
  }
  return 0;
}
