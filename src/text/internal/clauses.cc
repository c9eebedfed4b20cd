// Clause finder: main, subordinate, relative, reported-speech, quotation and
// conditional clauses of one chunked sentence, by finite-state rules over
// tags, words and the chunker's phrases (no parser; see DESIGN.md).
//
// Algorithm, per sentence:
//   1. Units. The sentence's phrases become "units" (NP or VG, with finite /
//      passive / infinitive flags); tokens no phrase covers get pseudo units
//      from their tags (pronouns, noun runs, verb runs) so clause boundaries
//      survive a weak chunk; pseudo units never become Clause::verb/subject.
//   2. Quotes. Quotation marks (“ ” ‘ ’ « » `` '' and straight ") are paired
//      with an explicit stack (nesting is input-controlled: no recursion).
//      A quote span holding a verb is a quotation clause; one without (scare
//      quotes: "so-called “peacekeepers”") is ordinary text. An open quote
//      left at a sentence's end continues into the next sentence: that
//      sentence starts inside a quotation (speaker inherited) up to the
//      closing mark, or wholly when it has none. An unmatched closing double
//      quote opens a quotation at the sentence start.
//   3. Frames. The sentence is one main clause. Attributions are cut first:
//      "According to X, ..." / "..., according to X" and fronted reports
//      "..., the ministry said (in a statement)" / "..., said Peskov" make
//      the other part a reported clause whose speaker is X / the NP (or, when
//      that part is just a quotation, give the quotation its speaker).
//   4. Scan. Each container (a frame's token range, or a quotation's
//      interior) is scanned left to right with a stack of open clauses whose
//      bottom is the container's frame. Openers push a clause: subordinators
//      ("after", "because", "so that"...) and conditionals ("if", "unless",
//      "provided that"...) when a clause follows (NP ... finite VG, or a
//      participle after "after/while/..."), relative pronouns after an NP
//      ("who", "which", "that", "where/when" after a noun), and reported
//      complements found by looking ahead from a speech verb over its object
//      ("told reporters"), adverbs and adjuncts ("in a statement on Friday")
//      to "that", "if/whether", ":", a quotation, a to-infinitive
//      ("threatened to expel"), or a bare NP + finite VG ("said Moscow had
//      lied"). Clauses close: at a comma once they have a verb while an
//      enclosing clause still lacks one ("After police raided the office,
//      Baku protested"), at the next comma when opened after one (", who
//      ..., "), at a ", adding" participle after a report, at a finite VG
//      that an enclosing verbless clause is waiting for ("The men who were
//      detained were released"; the VG's own subject NP goes with it), and
//      at the end of the container. A finite VG right after a speech verb
//      is its gapped complement ("which Moscow insisted were false"). ", and NP VG" (or "and NP VG" at the frame's level)
//      splits the frame into two clauses of its kind (two main clauses);
//      "and NP VG" / "and that" inside a nested clause starts a sibling.
//      ", and VG" (or "and" + a communication verb) right after a complete
//      reported clause, in the reporting verb's tense, is the reporter's
//      act: the reported clause closes and the verb opens a clause
//      coordinated with the reporting one, with its subject ("The ministry
//      said police detained nine people, and demanded an inquiry";
//      clauses_lift.cc). "what" + clause is a free relative ("condemned
//      what Russia described as ...").
//   5. Each clause's verb is its first finite VG (else its first VG) outside
//      nested clauses; its subject is the NP right before that VG, skipping
//      adverbs, walking back over "NP of/in/between NP", an appositive
//      ", NP ," and a participle or infinitive phrase that modifies the
//      subject ("Photos published by local media show", "The plane flying
//      from Baku to Grozny crashed");
//      a relative clause whose VG follows its pronoun takes the antecedent;
//      a reported to-infinitive takes the speaker (or the told object).
//   6. Clauses are sorted by (first token, last token descending) and
//      appended to doc.clauses with parents remapped.
//
// Range convention: a clause's [begin, end) covers its own tokens and those
// of nested clauses; the parent link gives the tree. The main clause covers
// the whole sentence (final punctuation included); nested clauses drop
// trailing commas and final punctuation. A quotation's range includes its
// quotation marks. Reported clauses start at their cue ("that", "if",
// "to") or, without one, at their first word; for "according to X" and
// fronted reports the reported clause is the attributed part only and its
// cue is "according" (outside the range) or -1. Coordinated main clauses
// split at the conjunction, which opens (and is the cue of) the second.
//
// Limits: quotations spanning sentences are followed one sentence at a time
// (from the previous sentence's clauses), so a stray unclosed quote can run
// on; mid-sentence attributions ("Moscow, the ministry said, lied") and
// reduced relatives ("the men detained on Friday") are not clauses.
//
// Tested by clauses_test.cc.
#include <cstdint>

#include "text/internal/analysis.h"
#include "text/internal/clauses_scan.h"
#include "text/text.h"

namespace riposte::text::internal {

void FindClauses(Document& doc, const SentenceTokens& s, uint32_t first_phrase) {
  if (s.first >= s.last || s.last > doc.tokens.size()) return;
  ClauseScanner scanner(doc, s, first_phrase);
  scanner.Run();
}

}  // namespace riposte::text::internal
