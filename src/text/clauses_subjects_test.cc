// Clause finder: subjects that take more than "the NP before the verb"
// (internal/clauses_scan.cc LiftToReporting, clauses_frames.cc SubjectFor
// and ModifiedNoun): a verb coordinated after a reported clause that
// belongs to the reporting clause, and a subject modified by a participle,
// an infinitive or a prepositional phrase. Cases are hand-tagged
// ("word/TAG", lemmas are the lower-cased words) so they do not depend on
// the tagger; the last tests run the whole analysis on plain text.
// Rendering as in clauses_test.cc:
//   kind^parent(s=subject v=verb sp=speaker cue=cue)[tokens of the range]
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/text.h"

namespace riposte::text {
namespace {

// One hand-tagged sentence, chunked and clause-split.
Document Build(std::string_view tagged) {
  Document doc;
  size_t pos = 0;
  while (pos < tagged.size()) {
    while (pos < tagged.size() && tagged[pos] == ' ') ++pos;
    if (pos >= tagged.size()) break;
    size_t end = tagged.find(' ', pos);
    if (end == std::string_view::npos) end = tagged.size();
    const std::string_view item = tagged.substr(pos, end - pos);
    pos = end;
    const size_t slash = item.rfind('/');
    const std::string_view word = item.substr(0, slash);
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.span.begin = static_cast<Offset>(doc.text.size());
    doc.text += word;
    t.span.end = static_cast<Offset>(doc.text.size());
    t.tag = Id(ParseTag(item.substr(slash + 1)));
    for (char c : word) t.lemma += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    doc.tokens.push_back(t);
  }
  doc.sentences.push_back(Sentence{Span{0, static_cast<Offset>(doc.text.size())}});
  const internal::SentenceTokens s{0, 0, static_cast<uint32_t>(doc.tokens.size())};
  internal::Chunk(doc, s);
  internal::FindClauses(doc, s, 0);
  return doc;
}

std::string HeadText(const Document& doc, int32_t phrase) {
  const Phrase& p = doc.phrases[phrase];
  const int32_t head = p.head >= 0 ? p.head : static_cast<int32_t>(p.end) - 1;
  return std::string(doc.Slice(doc.tokens[head].span));
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Clause& c : doc.clauses) {
    if (!out.empty()) out += ' ';
    out += ClauseKindName(c.kind);
    if (c.parent >= 0) out += "^" + std::to_string(c.parent);
    std::string attrs;
    auto add = [&](const std::string& a) { attrs += (attrs.empty() ? "" : " ") + a; };
    if (c.subject >= 0) add("s=" + HeadText(doc, c.subject));
    if (c.verb >= 0) add("v=" + HeadText(doc, c.verb));
    if (c.speaker >= 0) add("sp=" + HeadText(doc, c.speaker));
    if (c.cue >= 0) add("cue=" + std::string(doc.Slice(doc.tokens[c.cue].span)));
    if (!attrs.empty()) out += "(" + attrs + ")";
    out += '[';
    for (uint32_t t = c.begin; t < c.end; ++t) {
      if (t > c.begin) out += ' ';
      out += doc.Slice(doc.tokens[t].span);
    }
    out += ']';
  }
  return out;
}

// Nesting and order, as clauses_test.cc's ExpectInvariants checks.
void ExpectNested(const Document& doc) {
  for (size_t k = 0; k < doc.clauses.size(); ++k) {
    const Clause& c = doc.clauses[k];
    EXPECT_LE(c.begin, c.end) << k;
    if (k > 0) {
      EXPECT_LE(doc.clauses[k - 1].begin, c.begin) << k;
    }
    if (c.parent >= 0) {
      ASSERT_LT(static_cast<size_t>(c.parent), k);
      EXPECT_LE(doc.clauses[c.parent].begin, c.begin) << k;
      EXPECT_LE(c.end, doc.clauses[c.parent].end) << k;
    } else {
      EXPECT_EQ(c.kind, ClauseKind::kMain) << k;
    }
  }
}

struct Case {
  const char* name;
  const char* tagged;
  const char* expected;
};

// clang-format off
const Case kCases[] = {
    // ", and" + a verb in the reporting verb's tense with no subject: the
    // ministry demanded, not the police.
    {"CommaAndSameTense",
     "The/DT ministry/NN said/VBD Russian/JJ police/NNS detained/VBD nine/CD people/NNS ,/, and/CC demanded/VBD an/DT investigation/NN ./.",
     "main(s=ministry v=said)[The ministry said Russian police detained nine people ,] "
     "reported^0(s=police v=detained sp=ministry)[Russian police detained nine people] "
     "main(s=ministry v=demanded cue=and)[and demanded an investigation .]"},
    // No comma, but a verb of taking a position: the officials accused.
    {"CommunicationVerbWithoutComma",
     "Azerbaijani/JJ officials/NNS claimed/VBD that/IN the/DT treatment/NN was/VBD systematic/JJ and/CC accused/VBD Russia/NNP of/IN killings/NNS ./.",
     "main(s=officials v=claimed)[Azerbaijani officials claimed that the treatment was systematic] "
     "reported^0(s=treatment v=was sp=officials cue=that)[that the treatment was systematic] "
     "main(s=officials v=accused cue=and)[and accused Russia of killings .]"},
    // A "but" joins the same way.
    {"CommaBut",
     "Peskov/NNP said/VBD the/DT plane/NN was/VBD hit/VBN ,/, but/CC denied/VBD any/DT intent/NN ./.",
     "main(s=Peskov v=said)[Peskov said the plane was hit ,] "
     "reported^0(s=plane v=hit sp=Peskov)[the plane was hit] "
     "main(s=Peskov v=denied cue=but)[but denied any intent .]"},
    // An infinitive complement cannot go on with a finite verb.
    {"AfterInfinitive",
     "Baku/NNP vowed/VBD to/TO respond/VB and/CC summoned/VBD the/DT ambassador/NN ./.",
     "main(s=Baku v=vowed)[Baku vowed to respond] "
     "reported^0(s=Baku v=respond sp=Baku cue=to)[to respond] "
     "main(s=Baku v=summoned cue=and)[and summoned the ambassador .]"},
    // The tagger reads "called" after "had shot ... and" as a participle;
    // lifted, it is the past tense of the reporting clause.
    {"BareParticipleLifted",
     "Aliyev/NNP said/VBD Russia/NNP had/VBD shot/VBN down/RP the/DT plane/NN and/CC called/VBN for/IN an/DT inquiry/NN ./.",
     "main(s=Aliyev v=said)[Aliyev said Russia had shot down the plane] "
     "reported^0(s=Russia v=shot sp=Aliyev)[Russia had shot down the plane] "
     "main(s=Aliyev v=called cue=and)[and called for an inquiry .]"},
    // Not lifted: no comma and an ordinary verb ("the police seized").
    {"PlainCoordinationStays",
     "The/DT ministry/NN said/VBD police/NNS detained/VBD nine/CD people/NNS and/CC seized/VBD weapons/NNS ./.",
     "main(s=ministry v=said)[The ministry said police detained nine people and seized weapons .] "
     "reported^0(s=police v=detained sp=ministry)[police detained nine people and seized weapons]"},
    // Not lifted: the tenses differ ("says" ... "demanded").
    {"OtherTenseStays",
     "The/DT ministry/NN says/VBZ police/NNS detained/VBD nine/CD people/NNS ,/, and/CC demanded/VBD money/NN ./.",
     "main(s=ministry v=says)[The ministry says police detained nine people , and demanded money .] "
     "reported^0(s=police v=detained sp=ministry)[police detained nine people , and demanded money]"},
    // Not lifted: the verb continues a relative clause inside the report.
    {"AfterRelativeStays",
     "It/PRP said/VBD it/PRP had/VBD found/VBN articles/NNS that/WDT incited/VBD hatred/NN and/CC justified/VBD violence/NN ./.",
     "main(s=It v=said)[It said it had found articles that incited hatred and justified violence .] "
     "reported^0(s=it v=found sp=It)[it had found articles that incited hatred and justified violence] "
     "relative^1(s=articles v=incited cue=that)[that incited hatred and justified violence]"},
    // After ", and" a relative clause ending the report closes too.
    {"CommaAfterNestedRelative",
     "It/PRP said/VBD it/PRP found/VBD articles/NNS that/WDT incited/VBD hatred/NN ,/, and/CC called/VBD for/IN a/DT ban/NN ./.",
     "main(s=It v=said)[It said it found articles that incited hatred ,] "
     "reported^0(s=it v=found sp=It)[it found articles that incited hatred] "
     "relative^1(s=articles v=incited cue=that)[that incited hatred] "
     "main(s=It v=called cue=and)[and called for a ban .]"},
    // Not lifted: the second verb has its own subject (a new clause).
    {"OwnSubjectSplitsAsBefore",
     "Baku/NNP said/VBD Moscow/NNP lied/VBD ,/, and/CC Russia/NNP denied/VBD it/PRP ./.",
     "main(s=Baku v=said)[Baku said Moscow lied ,] "
     "reported^0(s=Moscow v=lied sp=Baku)[Moscow lied] "
     "main(s=Russia v=denied cue=and)[and Russia denied it .]"},
    // The reporting clause is itself reported: its sibling is too, with
    // the same speaker.
    {"NestedReportingClause",
     "Baku/NNP said/VBD Aliyev/NNP told/VBD reporters/NNS that/IN Russia/NNP lied/VBD ,/, and/CC demanded/VBD an/DT apology/NN ./.",
     "main(s=Baku v=said)[Baku said Aliyev told reporters that Russia lied , and demanded an apology .] "
     "reported^0(s=Aliyev v=told sp=Baku)[Aliyev told reporters that Russia lied] "
     "reported^1(s=Russia v=lied sp=Aliyev cue=that)[that Russia lied] "
     "reported^0(s=Aliyev v=demanded sp=Baku cue=and)[and demanded an apology]"},
    // A year in a list before the trailing attribution is no speaker.
    {"YearListBeforeAttribution",
     "Police/NNS held/VBD two/CD men/NNS in/IN 2019/CD ,/, 2020/CD and/CC 2021/CD ,/, the/DT court/NN said/VBD ./.",
     "main(s=court v=said)[Police held two men in 2019 , 2020 and 2021 , the court said .] "
     "reported^0(s=Police v=held sp=court)[Police held two men in 2019 , 2020 and 2021]"},
    // The subject is the noun a participle or infinitive phrase modifies,
    // not that phrase's object.
    {"ReducedRelativeWithAgent",
     "Photos/NNS published/VBN by/IN Azerbaijani/JJ media/NNS show/VBP bruises/NNS ./.",
     "main(s=Photos v=show)[Photos published by Azerbaijani media show bruises .]"},
    {"ParticipleWithPrepositions",
     "The/DT plane/NN flying/VBG from/IN Baku/NNP to/TO Grozny/NNP crashed/VBD ./.",
     "main(s=plane v=crashed)[The plane flying from Baku to Grozny crashed .]"},
    {"InfinitiveModifier",
     "Russia/NNP 's/POS inability/NN to/TO assist/VB Iran/NNP exposed/VBD its/PRP$ limits/NNS ./.",
     "main(s=inability v=exposed)[Russia 's inability to assist Iran exposed its limits .]"},
    // After a possessive the participle is the noun's modifier.
    {"PossessiveParticipleStays",
     "Russia/NNP 's/POS growing/VBG weakness/NN is/VBZ clear/JJ ./.",
     "main(s=weakness v=is)[Russia 's growing weakness is clear .]"},
    // A fronted participle phrase without a comma keeps its own object
    // apart from the subject.
    {"FrontedParticipleStays",
     "Citing/VBG security/NN concerns/NNS Baku/NNP closed/VBD the/DT office/NN ./.",
     "main(s=Baku v=closed)[Citing security concerns Baku closed the office .]"},
    // "between", "during", "over" chain noun phrases like "of".
    {"BetweenChain",
     "Tensions/NNS between/IN Russia/NNP and/CC Azerbaijan/NNP have/VBP grown/VBN ./.",
     "main(s=Tensions v=grown)[Tensions between Russia and Azerbaijan have grown .]"},
    {"DuringChain",
     "Baku/NNP 's/POS actions/NNS during/IN the/DT crisis/NN show/VBP resolve/NN ./.",
     "main(s=actions v=show)[Baku 's actions during the crisis show resolve .]"},
    // A free relative keeps its own subject and verb: Russia described,
    // not Baku.
    {"FreeRelativeWhat",
     "Baku/NNP condemned/VBD what/WP Russia/NNP described/VBD as/IN a/DT routine/JJ operation/NN ./.",
     "main(s=Baku v=condemned)[Baku condemned what Russia described as a routine operation .] "
     "relative^0(s=Russia v=described cue=what)[what Russia described as a routine operation]"},
    // A clause whose only verb is a participle still waits for its finite
    // verb: the comma closes the free relative inside the fronted phrase.
    {"ParticipleOnlyClauseWaits",
     "During/IN an/DT operation/NN targeting/VBG members/NNS of/IN what/WP police/NNS called/VBD a/DT gang/NN ,/, two/CD men/NNS were/VBD killed/VBN ./.",
     "main(s=men v=killed)[During an operation targeting members of what police called a gang , two men were killed .] "
     "relative^0(s=police v=called cue=what)[what police called a gang]"},
    // "and hybrid threats" ends the relative clause's object; it is not
    // the subject of "said".
    {"CoordinatedObjectIsNoNewSubject",
     "The/DT commission/NN that/WDT deals/VBZ with/IN interference/NN and/CC hybrid/JJ threats/NNS said/VBD it/PRP found/VBD articles/NNS ./.",
     "main(s=commission v=said)[The commission that deals with interference and hybrid threats said it found articles .] "
     "relative^0(s=commission v=deals cue=that)[that deals with interference and hybrid threats] "
     "reported^0(s=it v=found sp=commission)[it found articles]"},
    // A place fronted after the subordinator does not hide its clause, so
    // the passive's subject is its own, not the main clause's.
    {"SubordinateWithFrontedPlace",
     "Workers/NNS were/VBD shown/VBN in/IN court/NN ,/, while/IN in/IN Russia/NNP the/DT head/NN of/IN the/DT diaspora/NN was/VBD taken/VBN into/IN custody/NN ./.",
     "main(s=Workers v=shown)[Workers were shown in court , while in Russia the head of the diaspora was taken into custody .] "
     "subordinate^0(s=head v=taken cue=while)[while in Russia the head of the diaspora was taken into custody]"},
};
// clang-format on

class LiftCase : public ::testing::TestWithParam<Case> {};

TEST_P(LiftCase, Renders) {
  const Case& c = GetParam();
  const Document doc = Build(c.tagged);
  ExpectNested(doc);
  EXPECT_EQ(Render(doc), c.expected) << c.tagged;
}

INSTANTIATE_TEST_SUITE_P(Clauses, LiftCase, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

// A lifted participle is re-read as a finite past tense, so the coder sees
// an active verb in the past.
TEST(ClauseLift, LiftedParticipleBecomesPastTense) {
  const Document doc = Build(
      "Aliyev/NNP said/VBD Russia/NNP had/VBD shot/VBN down/RP the/DT plane/NN and/CC "
      "called/VBN for/IN an/DT inquiry/NN ./.");
  const Clause& lifted = doc.clauses.back();
  ASSERT_GE(lifted.verb, 0);
  const Phrase& vg = doc.phrases[lifted.verb];
  EXPECT_EQ(vg.tense, Tense::kPast);
  EXPECT_EQ(vg.voice, Voice::kActive);
  EXPECT_EQ(TagName(doc.tokens[vg.head].tag), std::string("VBD"));
}

// The whole analysis on plain text: the tagger's and the clause finder's
// rules together give the reporting subject to the second verb.
TEST(ClauseLift, EndToEnd) {
  Document doc;
  doc.text =
      "The ministry said Russian police detained nine people, and demanded an investigation. "
      "Azerbaijani officials claimed that such treatment was systematic and accused Russian "
      "authorities of killings.";
  Segment(doc);
  if (!Analyze(doc).ok()) GTEST_SKIP() << "models not installed (scripts/install-deps)";
  std::vector<std::string> subjects;  // "verb<-subject" of every clause with both
  for (const Clause& c : doc.clauses) {
    if (c.verb >= 0 && c.subject >= 0) {
      subjects.push_back(HeadText(doc, c.verb) + "<-" + HeadText(doc, c.subject));
    }
  }
  const std::vector<std::string> want = {"said<-ministry",  "detained<-police",
                                         "demanded<-ministry", "claimed<-officials",
                                         "was<-treatment",  "accused<-officials"};
  EXPECT_EQ(subjects, want);
}

}  // namespace
}  // namespace riposte::text
