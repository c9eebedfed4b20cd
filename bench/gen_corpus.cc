// Benchmark corpus generator: writes at least --mb megabytes of news-like
// documents, varied from a seed corpus of JSON articles (data/demo/*.json).
//
// Each generated article starts from a random seed article and is varied:
// paragraphs are spliced in from other articles, sentences reordered within
// a paragraph, numbers replaced, names swapped from a pool, dates shifted.
// Output mixes the formats ingest reads: JSONL files of ~1000 documents (most
// bytes), single JSON documents, HTML pages with site furniture, and plain
// text. Deterministic for a given --seed.
//
// Usage: gen_corpus SEED_DIR OUT_DIR [--mb 200] [--seed 1]
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/core.h"

namespace {

struct Article {
  std::string title;
  std::vector<std::string> paragraphs;
};

std::vector<std::string> SplitParagraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) out.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

std::vector<std::string> SplitSentences(const std::string& p) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    if ((p[i] == '.' || p[i] == '?' || p[i] == '!') && p[i + 1] == ' ' && i + 2 < p.size() &&
        std::isupper(static_cast<unsigned char>(p[i + 2]))) {
      out.push_back(p.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  out.push_back(p.substr(start));
  return out;
}

const char* kNames[] = {"Aliyev",   "Putin",    "Peskov",   "Zakharova", "Lavrov",  "Erdogan",
                        "Tokayev",  "Pashinyan", "Bayramov", "Hajizada", "Overchuk", "Mirziyoyev"};
const char* kPlaces[] = {"Baku",   "Moscow", "Yekaterinburg", "Aktau",   "Grozny", "Ankara",
                         "Astana", "Tbilisi", "Yerevan",      "Dushanbe", "Ganja",  "Makhachkala"};
const char* kOutlets[] = {"Wire A", "Wire B", "Daily C", "Agency D", "Portal E", "Review F"};

class Generator {
 public:
  Generator(std::vector<Article> seeds, unsigned seed) : seeds_(std::move(seeds)), rng_(seed) {}

  std::string Vary(std::string s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (size_t i = 0; i < s.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(s[i])) && Chance(0.5)) {
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        out += std::to_string(Pick(2, 99));
        --i;
        continue;
      }
      out.push_back(s[i]);
    }
    for (const char* name : kNames) Swap(out, name, kNames);
    for (const char* place : kPlaces) Swap(out, place, kPlaces);
    return out;
  }

  Article Make() {
    const Article& base = seeds_[Pick(0, seeds_.size() - 1)];
    Article a;
    a.title = Vary(base.title);
    for (const std::string& p : base.paragraphs) {
      std::string para = p;
      if (Chance(0.3)) {
        const Article& other = seeds_[Pick(0, seeds_.size() - 1)];
        if (!other.paragraphs.empty()) para = other.paragraphs[Pick(0, other.paragraphs.size() - 1)];
      }
      auto sentences = SplitSentences(para);
      if (Chance(0.4)) std::shuffle(sentences.begin(), sentences.end(), rng_);
      std::string joined;
      for (const auto& s : sentences) joined += (joined.empty() ? "" : " ") + s;
      a.paragraphs.push_back(Vary(joined));
    }
    return a;
  }

  std::string Date() {
    char buf[16];
    std::snprintf(buf, sizeof buf, "2025-%02zu-%02zu", Pick(1, 12), Pick(1, 28));
    return buf;
  }
  const char* Outlet() { return kOutlets[Pick(0, 5)]; }
  size_t Pick(size_t lo, size_t hi) { return std::uniform_int_distribution<size_t>(lo, hi)(rng_); }
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }

 private:
  template <size_t N>
  void Swap(std::string& s, const char* from, const char* (&pool)[N]) {
    size_t at = s.find(from);
    if (at != std::string::npos && Chance(0.3)) s.replace(at, std::strlen(from), pool[Pick(0, N - 1)]);
  }
  std::vector<Article> seeds_;
  std::mt19937_64 rng_;
};

std::string Joined(const Article& a) {
  std::string t;
  for (const auto& p : a.paragraphs) t += (t.empty() ? "" : "\n\n") + p;
  return t;
}

std::string JsonDoc(const Article& a, Generator& g, size_t n) {
  std::string s = "{\"id\":\"gen-" + std::to_string(n) + "\",\"outlet\":";
  riposte::AppendJsonString(s, g.Outlet());
  s += ",\"date\":\"" + g.Date() + "\",\"title\":";
  riposte::AppendJsonString(s, a.title);
  s += ",\"text\":";
  riposte::AppendJsonString(s, Joined(a));
  return s + "}";
}

std::string HtmlDoc(const Article& a, Generator& g) {
  std::string s = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + a.title +
                  "</title><meta property=\"article:published_time\" content=\"" + g.Date() +
                  "\"><style>body{font:16px serif}</style></head><body><nav><a href=\"/\">Home</a> "
                  "<a href=\"/world\">World</a></nav><div class=\"cookie-banner\">We use cookies."
                  "</div><article><h1>" + a.title + "</h1>";
  for (const auto& p : a.paragraphs) s += "<p>" + p + "</p>\n";
  s += "</article><aside class=\"related\"><ul><li><a href=\"/x\">More news</a></li></ul></aside>"
       "<footer>All rights reserved.</footer></body></html>\n";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_corpus SEED_DIR OUT_DIR [--mb 200] [--seed 1]\n");
    return 2;
  }
  std::string seed_dir = argv[1], out_dir = argv[2];
  size_t mb = 200;
  unsigned seed = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--mb") mb = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--seed") seed = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
  }
  std::vector<Article> seeds;
  if (DIR* d = opendir(seed_dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() < 6 || name.substr(name.size() - 5) != ".json" || name == "gold.json") continue;
      std::ifstream in(seed_dir + "/" + name);
      auto j = nlohmann::json::parse(in, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text")) continue;
      Article a;
      a.title = j.value("title", std::string());
      a.paragraphs = SplitParagraphs(j["text"].get<std::string>());
      if (!a.paragraphs.empty()) seeds.push_back(std::move(a));
    }
    closedir(d);
  }
  if (seeds.empty()) {
    std::fprintf(stderr, "gen_corpus: %s: no JSON articles with text\n", seed_dir.c_str());
    return 2;
  }
  std::sort(seeds.begin(), seeds.end(), [](const Article& x, const Article& y) { return x.title < y.title; });
  mkdir(out_dir.c_str(), 0755);
  Generator g(std::move(seeds), seed);
  const size_t target = mb << 20;
  size_t written = 0, docs = 0, files = 0;
  while (written < target) {
    ++files;
    size_t kind = g.Pick(0, 19);  // 16/20 JSONL, 2/20 JSON, 1/20 HTML, 1/20 text
    char name[64];
    std::string body;
    if (kind < 16) {
      std::snprintf(name, sizeof name, "/batch-%05zu.jsonl", files);
      for (int k = 0; k < 1000; ++k, ++docs) body += JsonDoc(g.Make(), g, docs) + "\n";
    } else if (kind < 18) {
      std::snprintf(name, sizeof name, "/doc-%05zu.json", files);
      body = JsonDoc(g.Make(), g, docs++) + "\n";
    } else if (kind < 19) {
      std::snprintf(name, sizeof name, "/page-%05zu.html", files);
      body = HtmlDoc(g.Make(), g);
      ++docs;
    } else {
      std::snprintf(name, sizeof name, "/story-%05zu.txt", files);
      Article a = g.Make();
      body = a.title + "\n\n" + Joined(a) + "\n";
      ++docs;
    }
    std::ofstream(out_dir + name, std::ios::binary) << body;
    written += body.size();
  }
  std::printf("%zu files, %zu documents, %.1f MB\n", files, docs, written / 1048576.0);
  return 0;
}
