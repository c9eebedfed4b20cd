// Tests of near-duplicate grouping (near_dup.cc, internal/near_dup_sketch.cc):
// the demo corpus's syndicated copy and rewrite, the seed articles, generated
// rewrites against unrelated texts, and degenerate texts.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "reconcile/internal/near_dup_sketch.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Files of `dir` with extension `ext`, sorted by name.
std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& dir, const std::string& ext) {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ext) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The demo corpus as ingest reads a one-document JSON file: id = file stem.
std::vector<Document> DemoDocs() {
  std::vector<Document> docs;
  for (const auto& path : FilesIn(std::filesystem::path(RIPOSTE_SOURCE_DIR) / "data/demo/articles", ".json")) {
    const nlohmann::json j = nlohmann::json::parse(ReadFile(path), nullptr, false);
    if (!j.is_object()) continue;
    Document d;
    d.id = path.stem().string();
    d.text = j.value("text", "");
    d.date.value = j.value("date", "");
    d.outlet.value = j.value("outlet", "");
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<std::vector<std::string>> GroupIds(const std::vector<DocGroup>& groups, const std::vector<Document>& docs) {
  std::vector<std::vector<std::string>> out;
  for (const DocGroup& g : groups) {
    std::vector<std::string> ids;
    for (size_t d : g.docs) ids.push_back(docs[d].id);
    out.push_back(ids);
  }
  return out;
}

Document Doc(std::string id, std::string text, std::string date = "") {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.date.value = std::move(date);
  return d;
}

// A generated article: `paragraphs` paragraphs of `sentences` sentences of
// ten words drawn from a 2,000-word vocabulary (so two seeds share almost no
// five-word shingle, as two unrelated articles do).
std::vector<std::vector<std::string>> Article(unsigned seed, int paragraphs = 4, int sentences = 5) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> word(0, 1999);
  std::vector<std::vector<std::string>> out(static_cast<size_t>(paragraphs));
  for (auto& para : out) {
    for (int s = 0; s < sentences; ++s) {
      std::string sentence = "Word" + std::to_string(word(rng));
      for (int w = 1; w < 10; ++w) sentence += " w" + std::to_string(word(rng));
      para.push_back(sentence + ".");
    }
  }
  return out;
}

std::string Render(const std::vector<std::vector<std::string>>& article) {
  std::string text;
  for (const auto& para : article) {
    for (const auto& sentence : para) text += sentence + " ";
    text += "\n\n";
  }
  return text;
}

TEST(NearDupSketch, WordsAreLowerCasedAndTypographicPunctuationSeparates) {
  using internal::WordHashes;
  EXPECT_EQ(WordHashes("The \xE2\x80\x9Ctragic\xE2\x80\x9D incident"), WordHashes("the \"TRAGIC\" incident"));
  EXPECT_EQ(WordHashes("Baku\xC2\xA0" "and Moscow").size(), 3u);
  EXPECT_EQ(WordHashes("Москва и Баку").size(), 3u);  // non-ASCII letters are word bytes
  EXPECT_TRUE(WordHashes("").empty());
  EXPECT_TRUE(WordHashes(std::string("\0\x01\x02 ,;", 7)).empty());
}

TEST(NearDupSketch, IdenticalTextsHaveIdenticalSketchesAndResemblanceOne) {
  const std::string text = Render(Article(1));
  const internal::Sketch a = internal::SketchText(text, 5, 128);
  const internal::Sketch b = internal::SketchText(text, 5, 128);
  EXPECT_EQ(a.minhash, b.minhash);
  EXPECT_DOUBLE_EQ(internal::EstimateResemblance(a, b), 1.0);
  EXPECT_EQ(a.words, 200u);
}

TEST(NearDupSketch, EstimateTracksTrueResemblance) {
  // The second text is the first's first half plus new text: resemblance of
  // the shingle sets is about 1/3, containment of the shared half about 1/2.
  const auto base = Article(2, 8, 5);
  auto half = base;
  const auto fresh = Article(3, 4, 5);
  for (size_t p = 4; p < 8; ++p) half[p] = fresh[p - 4];
  const internal::Sketch a = internal::SketchText(Render(base), 5, 128);
  const internal::Sketch b = internal::SketchText(Render(half), 5, 128);
  const double r = internal::EstimateResemblance(a, b);
  EXPECT_NEAR(r, 1.0 / 3, 0.12);
  EXPECT_NEAR(internal::EstimateContainment(a, b, r), 0.5, 0.15);
}

TEST(NearDup, DemoCorpusGroupsTheCopyAndTheRewriteOnly) {
  const std::vector<Document> docs = DemoDocs();
  ASSERT_EQ(docs.size(), 16u) << "demo corpus not found under " << RIPOSTE_SOURCE_DIR;
  const std::vector<DocGroup> groups = GroupNearDuplicates(docs);
  const std::vector<std::vector<std::string>> expected = {
      {"02-reuters-azal-air-defence", "15-caspiannews-azal-air-defence"},
      {"07-tass-yekaterinburg-detentions", "16-uraldaily-yekaterinburg-detentions"}};
  EXPECT_EQ(GroupIds(groups, docs), expected);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_TRUE(groups[0].verbatim);
  EXPECT_DOUBLE_EQ(groups[0].similarity, 1.0);
  EXPECT_FALSE(groups[1].verbatim);
  // Exact resemblance of the rewrite is 0.75; the estimate has sd ~0.04.
  EXPECT_GT(groups[1].similarity, 0.6);
  EXPECT_LT(groups[1].similarity, 0.9);

  const std::vector<size_t> source_of = IndependentSources(docs.size(), groups);
  EXPECT_EQ(source_of[14], 1u);  // 15-caspiannews counts as 02-reuters
  EXPECT_EQ(source_of[15], 6u);  // 16-uraldaily counts as 07-tass
  EXPECT_EQ(source_of[0], 0u);
}

TEST(NearDup, SeedArticlesGroupNothing) {
  std::vector<Document> docs;
  for (const auto& path : FilesIn("/work/shared/seeds", ".txt")) {
    docs.push_back(Doc(path.stem().string(), ReadFile(path)));
  }
  if (docs.empty()) GTEST_SKIP() << "seed articles not available";
  EXPECT_TRUE(GroupNearDuplicates(docs).empty());
}

TEST(NearDup, RewritesGroupUnrelatedTextsDoNot) {
  const auto base = Article(10);
  // A rewrite: two words changed, a sentence dropped, two paragraphs swapped.
  auto rewrite = base;
  rewrite[0][1] = "Officials w1 w2 w3 w4 w5 w6 w7 w8 said.";
  rewrite[2].erase(rewrite[2].begin() + 3);
  std::swap(rewrite[1], rewrite[3]);
  std::vector<Document> docs = {Doc("unrelated-a", Render(Article(11))), Doc("copy", Render(base), "2025-06-29"),
                                Doc("original", Render(base), "2025-06-28"), Doc("rewrite", Render(rewrite)),
                                Doc("early", Render(Article(13)), "2025-06-28"), Doc("unrelated-b", Render(Article(12)))};
  docs[4].text = docs[2].text;  // the same text, dated the same day, later index
  const std::vector<DocGroup> groups = GroupNearDuplicates(docs);
  ASSERT_EQ(groups.size(), 1u);
  // Dated before undated, earliest first, ties by index.
  EXPECT_EQ(GroupIds(groups, docs)[0], (std::vector<std::string>{"original", "early", "copy", "rewrite"}));
  EXPECT_FALSE(groups[0].verbatim);
  const std::vector<size_t> source_of = IndependentSources(docs.size(), groups);
  EXPECT_EQ(source_of, (std::vector<size_t>{0, 2, 2, 2, 2, 5}));
}

TEST(NearDup, CutDownCopyGroupsByContainment) {
  // The first three of eight paragraphs: resemblance ~0.37 (below 0.5), but
  // the shorter text is wholly contained in the longer.
  const auto base = Article(14, 8, 5);
  auto cut = base;
  cut.resize(3);
  std::vector<Document> docs = {Doc("cut", Render(cut)), Doc("full", Render(base)), Doc("other", Render(Article(15, 8, 5)))};
  const std::vector<DocGroup> groups = GroupNearDuplicates(docs);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].docs, (std::vector<size_t>{0, 1}));
  EXPECT_LT(groups[0].similarity, 0.5);
}

TEST(NearDup, ShortTextsGroupOnlyWhenIdentical) {
  const std::string brief = "The ministry said on Tuesday that the ambassador had been summoned.";
  std::vector<Document> docs = {Doc("a", brief), Doc("b", "The ministry said on Tuesday that the envoy had been summoned."),
                                Doc("c", brief), Doc("d", "  the MINISTRY said, on Tuesday, that the ambassador had been summoned")};
  const std::vector<DocGroup> groups = GroupNearDuplicates(docs);
  ASSERT_EQ(groups.size(), 1u);
  // Same words in the same order (case and punctuation aside) is identical.
  EXPECT_EQ(groups[0].docs, (std::vector<size_t>{0, 2, 3}));
  EXPECT_FALSE(groups[0].verbatim);
}

TEST(NearDup, EmptyAndBinaryTextsAreNeverGrouped) {
  std::string binary(4096, '\0');
  for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
  std::vector<Document> docs = {Doc("e1", ""), Doc("e2", ""), Doc("p1", " ,.;\n"), Doc("bin1", binary),
                                Doc("bin2", binary + "x"), Doc("text", Render(Article(20)))};
  // The binary texts' word bytes form words: they group as near-identical
  // byte soup (that is what they are), but empty texts never do.
  for (const DocGroup& g : GroupNearDuplicates(docs)) {
    for (size_t d : g.docs) EXPECT_GE(d, 3u) << docs[d].id;
  }
  EXPECT_EQ(IndependentSources(0, {}).size(), 0u);
}

TEST(NearDup, VerbatimGroupOfManyCopies) {
  // A wire story carried by 300 outlets plus 300 unrelated texts: one group.
  const std::string story = Render(Article(30));
  std::vector<Document> docs;
  for (unsigned i = 0; i < 600; ++i) {
    docs.push_back(i % 2 ? Doc("copy" + std::to_string(i), story) : Doc("other" + std::to_string(i), Render(Article(100 + i))));
  }
  const std::vector<DocGroup> groups = GroupNearDuplicates(docs);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].docs.size(), 300u);
  EXPECT_TRUE(groups[0].verbatim);
  EXPECT_EQ(groups[0].docs[0], 1u);
}

TEST(NearDup, OptionsOutOfRangeAreClamped) {
  const std::string text = Render(Article(40));
  std::vector<Document> docs = {Doc("a", text), Doc("b", text)};
  NearDupOptions options;
  options.shingle_words = 0;
  options.hashes = 0;
  ASSERT_EQ(GroupNearDuplicates(docs, options).size(), 1u);
}

}  // namespace
}  // namespace riposte::reconcile
