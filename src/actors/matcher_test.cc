// Tests of the actors stage's compiled lexicon (internal/matcher.h and
// internal/token_trie.h): the vocabulary and trie tables on their own, then
// the matcher against a reference that tries every entry at every position
// (the matching before issue 4's speed work), over random lexicons and
// texts, and the per-person code table against Lexicon::PersonCodeAsOf.
#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/actors.h"
#include "actors/internal/matcher.h"
#include "actors/internal/token_trie.h"
#include "text/text.h"

namespace riposte::actors::internal {
namespace {

TEST(TokenVocab, InternFindAndGrow) {
  TokenVocab vocab;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) {
    std::string word(static_cast<size_t>(i % 23), 'a');
    word.append(std::to_string(i));
    words.push_back(word);
  }
  words.push_back("");
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(vocab.Intern(words[i]), i);
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(vocab.Intern(words[i]), i);  // no duplicates
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(vocab.Find(words[i]), i);
  EXPECT_EQ(vocab.size(), words.size());
  // Absent: other lengths and same heads with other tails.
  EXPECT_EQ(vocab.Find("b"), kNoId);
  EXPECT_EQ(vocab.Find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), kNoId);
  EXPECT_EQ(vocab.Find("aaaaaaaaaaaaaaaaaaaa9999"), kNoId);
  EXPECT_EQ(vocab.Find(std::string_view("a1\0", 3)), kNoId);
}

TEST(TokenTrie, ChildrenByNodeAndToken) {
  TokenTrie trie(10);  // nodes 0..9: the one-token paths
  std::vector<uint32_t> made;
  for (uint32_t node = 0; node < 10; ++node) {
    for (uint32_t token = 0; token < 300; ++token) made.push_back(trie.Add(node, token));
  }
  EXPECT_EQ(trie.node_count(), 10 + made.size());
  size_t i = 0;
  for (uint32_t node = 0; node < 10; ++node) {
    for (uint32_t token = 0; token < 300; ++token) {
      EXPECT_EQ(trie.Child(node, token), made[i]);
      EXPECT_EQ(trie.Add(node, token), made[i]);
      ++i;
    }
    EXPECT_EQ(trie.Child(node, 300), kNoId);
  }
  EXPECT_EQ(trie.Child(made.back(), 0), kNoId);
}

// The matching before the trie: every entry tried at every position,
// longest first, as matcher.h specifies it.
struct RefMatch {
  uint32_t begin, end;
  Span part;
  std::vector<const Entry*> entries;
  bool operator==(const RefMatch& o) const {
    return begin == o.begin && end == o.end && part.begin == o.part.begin && part.end == o.part.end &&
           entries == o.entries;
  }
};

struct RefPattern {
  std::vector<std::string> lower, exact;
  const Entry* entry;
  bool case_sensitive;
};

std::string Lowered(std::string_view s) {
  std::string out;
  AsciiLowerInto(s, out);
  return out;
}

std::vector<RefPattern> RefPatterns(const Lexicon& lexicon) {
  std::vector<RefPattern> out;
  for (const Entry& e : lexicon.entries()) {
    RefPattern p{{}, {}, &e, std::any_of(e.text.begin(), e.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })};
    for (const Token& t : text::Tokenize(e.text, Span{0, static_cast<Offset>(e.text.size())})) {
      const std::string word = e.text.substr(t.span.begin, t.span.end - t.span.begin);
      p.lower.push_back(Lowered(word));
      p.exact.push_back(word);
    }
    if (!p.lower.empty()) out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [](const RefPattern& a, const RefPattern& b) { return a.lower.size() > b.lower.size(); });
  return out;
}

bool IsWord(std::string_view t) {
  const unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

std::vector<RefMatch> RefFindAll(const std::vector<RefPattern>& patterns, const Document& doc, uint32_t first,
                                 uint32_t last) {
  auto word = [&](uint32_t t) { return std::string(doc.Slice(doc.tokens[t].span)); };
  uint32_t start = first;
  while (start < last && !IsWord(word(start))) ++start;
  std::vector<RefMatch> out;
  for (uint32_t pos = first; pos < last;) {
    RefMatch m{pos, pos, Span{}, {}};
    for (const RefPattern& p : patterns) {
      const uint32_t n = static_cast<uint32_t>(p.lower.size());
      if (m.end > pos && pos + n < m.end) break;
      if (pos + n > last) continue;
      bool ok = true;
      for (uint32_t i = 0; ok && i < n; ++i) ok = Lowered(word(pos + i)) == p.lower[i];
      for (uint32_t i = 0; ok && p.case_sensitive && i < n; ++i) {
        const std::string w = word(pos + i);
        if (w == p.exact[i]) continue;
        ok = i == 0 && pos == start && w.size() == p.exact[i].size() &&
             Lowered(w.substr(0, 1)) == Lowered(p.exact[i].substr(0, 1)) && w.substr(1) == p.exact[i].substr(1);
      }
      if (!ok) continue;
      m.end = pos + n;
      m.entries.push_back(p.entry);
    }
    if (m.end > pos) {
      out.push_back(m);
      pos = m.end;
      continue;
    }
    const std::string w = word(pos);
    if (w.size() >= 3 && w.find('-') != std::string::npos) {
      size_t from = 0;
      for (size_t i = 0; i <= w.size(); ++i) {
        if (i < w.size() && w[i] != '-') continue;
        if (i > from) {
          const Offset b = doc.tokens[pos].span.begin + static_cast<Offset>(from);
          RefMatch part{pos, pos + 1, Span{b, b + static_cast<Offset>(i - from)}, {}};
          for (const RefPattern& p : patterns) {
            if (p.lower.size() == 1 && p.lower[0] == Lowered(w.substr(from, i - from)) &&
                (!p.case_sensitive || p.exact[0] == w.substr(from, i - from))) {
              part.entries.push_back(p.entry);
            }
          }
          if (!part.entries.empty()) out.push_back(part);
        }
        from = i + 1;
      }
    }
    ++pos;
  }
  return out;
}

// Random lexicons over a small vocabulary (so that entries share first
// words, nest and differ only in case) against random texts, sentence by
// sentence.
TEST(Matcher, Issue4SameMatchesAsTryingEveryEntry) {
  const std::vector<std::string> words = {"the",  "The", "al",  "Al",    "qaeda", "US",  "us",     "new", "New",
                                          "york", "of",  "'s",  "party", "Party", "iran", "Iran",  "x",   "a-b",
                                          "al-Qaeda", "Putin", "putin", "erdogan", "Erdogan", "Putin-Erdogan",
                                          "Iran-backed", "\"", "(", "Kremlin", "kremlin"};
  const EntryKind kinds[] = {EntryKind::kCountryName, EntryKind::kAgent, EntryKind::kPerson, EntryKind::kOrganisation};
  std::mt19937 rng(4);
  size_t matches = 0, parts = 0, multi = 0;  // that the cases are not trivial
  for (int round = 0; round < 40; ++round) {
    Lexicon lexicon;
    for (int i = 0; i < 60; ++i) {
      Entry e;
      const int n = 1 + static_cast<int>(rng() % 4);
      for (int w = 0; w < n; ++w) {
        if (w > 0) e.text += ' ';
        e.text += words[rng() % words.size()];
      }
      e.kind = kinds[rng() % 4];
      char code[16];
      std::snprintf(code, sizeof code, "C%d", i);
      e.code = code;
      if (e.kind == EntryKind::kPerson && rng() % 2) e.to = "2000";
      lexicon.Add(e);
    }
    const Matcher matcher(lexicon);
    const std::vector<RefPattern> patterns = RefPatterns(lexicon);
    Document doc;
    for (int s = 0; s < 8; ++s) {
      for (int w = 0; w < 12; ++w) {
        doc.text += words[rng() % words.size()];
        doc.text += ' ';
      }
      doc.text += ". ";
    }
    text::Segment(doc);
    std::string lower;
    AsciiLowerInto(doc.text, lower);
    MatchScratch scratch;
    uint32_t t = 0;
    const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    for (const Sentence& sentence : doc.sentences) {
      while (t < n && doc.tokens[t].span.begin < sentence.span.begin) ++t;
      uint32_t end = t;
      while (end < n && doc.tokens[end].span.end <= sentence.span.end) ++end;
      std::vector<Match> got;
      Matcher::Start(scratch);
      matcher.FindAll(doc, lower, t, end, scratch, got);
      Matcher::Finish(scratch, got);
      std::vector<RefMatch> as_ref;
      for (const Match& m : got) {
        matches += !m.IsPart();
        parts += m.IsPart();
        multi += m.end - m.begin > 1;
        for (size_t i = 0; i < m.entries.size(); ++i) EXPECT_EQ(m.kinds[i], m.entries[i]->kind);
        as_ref.push_back(RefMatch{m.begin, m.end, m.part, std::vector<const Entry*>(m.entries.begin(), m.entries.end())});
      }
      EXPECT_EQ(as_ref, RefFindAll(patterns, doc, t, end)) << "round " << round << ": " << doc.text;
      t = end;
    }
    for (const Entry& e : lexicon.entries()) {
      if (e.kind != EntryKind::kPerson) continue;
      for (const char* date : {"", "1999", "2025-07-01"}) {
        EXPECT_EQ(matcher.PersonCodeAsOf(e, date), lexicon.PersonCodeAsOf(e.text, date)) << e.text;
        EXPECT_EQ(Matcher::HasCodeAsOf(e, date), !Lexicon::CodeAsOf(e, date).empty()) << e.text;
      }
    }
  }
  EXPECT_GT(matches, 1000u);
  EXPECT_GT(multi, 100u);
  EXPECT_GT(parts, 20u);
}

}  // namespace
}  // namespace riposte::actors::internal
