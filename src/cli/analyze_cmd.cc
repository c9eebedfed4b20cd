// `riposte analyze`: the text-analysis stage made visible. For a stored
// document (or --text) it segments, analyses (text::Analyze) and prints
// every sentence's tags, lemmas, phrases and clauses, or one JSON object per
// token with --format jsonl.
// Tested by tests/cli/analyze.test.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

// For each token: its phrase (-1 if none) and its innermost clause.
struct TokenIndex {
  std::vector<int32_t> phrase;
  std::vector<int32_t> clause;
};

TokenIndex IndexTokens(const Document& doc) {
  TokenIndex index;
  index.phrase.assign(doc.tokens.size(), -1);
  index.clause.assign(doc.tokens.size(), -1);
  for (size_t p = 0; p < doc.phrases.size(); ++p) {
    for (uint32_t t = doc.phrases[p].begin; t < doc.phrases[p].end && t < doc.tokens.size(); ++t) {
      index.phrase[t] = static_cast<int32_t>(p);
    }
  }
  // Clauses come in order of first token and nest; a later clause that
  // covers a token is the more deeply nested one.
  for (size_t c = 0; c < doc.clauses.size(); ++c) {
    for (uint32_t t = doc.clauses[c].begin; t < doc.clauses[c].end && t < doc.tokens.size(); ++t) {
      index.clause[t] = static_cast<int32_t>(c);
    }
  }
  return index;
}

std::string TokenRange(const Document& doc, uint32_t begin, uint32_t end) {
  if (begin >= end || end > doc.tokens.size()) return "";
  return std::string(doc.Slice(Span{doc.tokens[begin].span.begin, doc.tokens[end - 1].span.end}));
}

std::string HeadText(const Document& doc, int32_t phrase) {
  if (phrase < 0 || static_cast<size_t>(phrase) >= doc.phrases.size()) return "";
  int32_t head = doc.phrases[phrase].head;
  if (head < 0 || static_cast<size_t>(head) >= doc.tokens.size()) return "";
  return std::string(doc.Slice(doc.tokens[head].span));
}

std::string VerbFeatures(const Document& doc, const Phrase& p) {
  std::string out = text::TenseName(p.tense);
  auto add = [&](const std::string& f) { out += (out.empty() ? "" : " ") + f; };
  if (p.voice != Voice::kNone) add(text::VoiceName(p.voice));
  if (p.negated) add("negated");
  if (p.modal >= 0 && static_cast<size_t>(p.modal) < doc.tokens.size()) {
    add("modal=" + std::string(doc.Slice(doc.tokens[p.modal].span)));
  }
  if (p.infinitive) add("infinitive");
  if (p.progressive) add("progressive");
  if (p.perfect) add("perfect");
  return out;
}

std::string Readable(const Document& doc) {
  std::string out;
  size_t phrase = 0, clause = 0;
  uint32_t token = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Span span = doc.sentences[si].span;
    out += "[" + std::to_string(si + 1) + "] " + std::string(doc.Slice(span)) + "\n    ";
    while (token < doc.tokens.size() && doc.tokens[token].span.end <= span.end) {
      const Token& t = doc.tokens[token++];
      out += std::string(doc.Slice(t.span)) + "/" + text::TagName(t.tag);
      if (!t.lemma.empty() && t.lemma != doc.Slice(t.span)) out += "(" + t.lemma + ")";
      out += " ";
    }
    out += "\n";
    for (; phrase < doc.phrases.size() && doc.phrases[phrase].sentence == static_cast<int32_t>(si); ++phrase) {
      const Phrase& p = doc.phrases[phrase];
      bool np = p.kind == PhraseKind::kNounPhrase;
      out += std::string("    ") + (np ? "NP" : "VG") + " " + std::to_string(phrase) + "  [" +
             TokenRange(doc, p.begin, p.end) + "]  head=" + HeadText(doc, static_cast<int32_t>(phrase));
      if (np) {
        if (p.possessor >= 0) out += " possessor=" + std::to_string(p.possessor);
        if (p.coordinated) out += " coordinated";
      } else {
        std::string f = VerbFeatures(doc, p);
        if (!f.empty()) out += " " + f;
      }
      out += "\n";
    }
    for (; clause < doc.clauses.size() && doc.clauses[clause].sentence == static_cast<int32_t>(si); ++clause) {
      const Clause& c = doc.clauses[clause];
      out += "    clause " + std::to_string(clause) + " " + text::ClauseKindName(c.kind) + "  [" +
             TokenRange(doc, c.begin, c.end) + "]";
      if (c.parent >= 0) out += " parent=" + std::to_string(c.parent);
      if (c.subject >= 0) out += " subject=" + HeadText(doc, c.subject);
      if (c.verb >= 0) out += " verb=" + HeadText(doc, c.verb);
      if (c.speaker >= 0) out += " speaker=" + HeadText(doc, c.speaker);
      out += "\n";
    }
  }
  return out;
}

void AppendTokenJson(std::string& out, const Document& doc, const TokenIndex& index, size_t i,
                     size_t sentence) {
  const Token& t = doc.tokens[i];
  out += "{\"doc\":";
  AppendJsonString(out, doc.id);
  out += ",\"sentence\":" + std::to_string(sentence) + ",\"token\":" + std::to_string(i) +
         ",\"span\":[" + std::to_string(t.span.begin) + "," + std::to_string(t.span.end) + "],\"text\":";
  AppendJsonString(out, doc.Slice(t.span));
  out += ",\"lemma\":";
  AppendJsonString(out, t.lemma);
  out += ",\"pos\":";
  AppendJsonString(out, text::TagName(t.tag));
  const int32_t p = index.phrase[i];
  std::string chunk = "O";
  if (p >= 0) {
    const Phrase& ph = doc.phrases[p];
    chunk = std::string(ph.begin == i ? "B-" : "I-") + (ph.kind == PhraseKind::kNounPhrase ? "NP" : "VG");
  }
  out += ",\"chunk\":\"" + chunk + "\"";
  out += ",\"clause\":" + std::to_string(index.clause[i]);
  if (index.clause[i] >= 0) {
    out += ",\"clause_kind\":\"" + std::string(text::ClauseKindName(doc.clauses[index.clause[i]].kind)) + "\"";
  }
  if (p >= 0 && doc.phrases[p].kind == PhraseKind::kVerbGroup) {
    const Phrase& ph = doc.phrases[p];
    out += ",\"voice\":\"" + std::string(text::VoiceName(ph.voice)) + "\",\"tense\":\"" +
           text::TenseName(ph.tense) + "\",\"negated\":" + (ph.negated ? "true" : "false") + ",\"modal\":";
    if (ph.modal >= 0) AppendJsonString(out, doc.Slice(doc.tokens[ph.modal].span));
    else out += "null";
  }
  out += "}\n";
}

std::string Jsonl(const Document& doc) {
  TokenIndex index = IndexTokens(doc);
  std::string out;
  size_t sentence = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    while (sentence + 1 < doc.sentences.size() && doc.tokens[i].span.begin >= doc.sentences[sentence].span.end) {
      ++sentence;
    }
    AppendTokenJson(out, doc, index, i, sentence);
  }
  return out;
}

}  // namespace

int RunAnalyze(const GlobalOptions& global, const AnalyzeOptions& options) {
  if (options.id.empty() == options.text.empty()) {
    PrintError("give a document id or --text \"...\" (one of them)");
    return kExitError;
  }
  Document doc;
  if (int status = LoadAnalyzedDocument(global, options.id, options.text, &doc); status != kExitOk) {
    return status;
  }
  Print(options.format == "jsonl" ? Jsonl(doc) : Readable(doc));
  FlushStdout();
  return kExitOk;
}

}  // namespace riposte::cli
