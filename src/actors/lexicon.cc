// The actor lexicon (actors.h): reads the four TSV tables of data/actors,
// validates every line (field count, code shapes, ISO dates, FROM <= TO) and
// indexes the surface forms by their lower-cased text. A bad line is
// rejected with "file:line: reason" and the rest loads.
//
// Tested by actors_test.cc.
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "actors/actors.h"

namespace riposte::actors {
namespace {


std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool IsUpperCode(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day range.
bool IsIsoDate(std::string_view s) {
  auto digits = [&](size_t at, size_t n) {
    if (at + n > s.size()) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2) || s.substr(5, 2) < "01" || s.substr(5, 2) > "12")) {
    return false;
  }
  if (s.size() == 10 && (s[7] != '-' || !digits(8, 2) || s.substr(8, 2) < "01" || s.substr(8, 2) > "31")) {
    return false;
  }
  return true;
}

// A full actor code: country/region (3) + sector (3), or IGO/NGO + 3
// capitals or digits ("IGOG20").
bool IsActorCode(std::string_view code) {
  if (code.size() != 6 || !IsUpperCode(code.substr(0, 3), 3)) return false;
  for (char c : code.substr(3)) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

const char* EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCountryName: return "country";
    case EntryKind::kAdjective: return "adj";
    case EntryKind::kPeople: return "people";
    case EntryKind::kCapital: return "capital";
    case EntryKind::kSeat: return "seat";
    case EntryKind::kAgent: return "agent";
    case EntryKind::kPerson: return "person";
    case EntryKind::kOrganisation: return "organisation";
  }
  return "";
}

namespace {

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// FNV-1a of `text` lower-cased (ASCII), the index's hash.
uint64_t LowerHash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (char c : text) h = (h ^ static_cast<unsigned char>(LowerAscii(c))) * 1099511628211ull;
  return h;
}

bool EqualsLowered(std::string_view key, std::string_view text) {
  if (key.size() != text.size()) return false;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] != LowerAscii(text[i])) return false;
  }
  return true;
}

}  // namespace

size_t Lexicon::SlotOf(std::string_view text, uint64_t hash) const {
  const size_t mask = key_slots_.size() - 1;
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const KeySlot& k = key_slots_[slot];
    if (k.bucket == 0 || (k.hash == tag && EqualsLowered(bucket_keys_[k.bucket - 1], text))) return slot;
  }
}

void Lexicon::Add(Entry entry) {
  if (2 * (buckets_.size() + 1) > key_slots_.size()) {
    // Grow: rehash every key into twice the slots.
    std::vector<KeySlot> old = std::move(key_slots_);
    key_slots_.assign(old.empty() ? 1024 : 2 * old.size(), KeySlot{});
    const size_t mask = key_slots_.size() - 1;
    for (const KeySlot& k : old) {
      if (k.bucket == 0) continue;
      size_t slot = LowerHash(bucket_keys_[k.bucket - 1]) & mask;
      while (key_slots_[slot].bucket != 0) slot = (slot + 1) & mask;
      key_slots_[slot] = k;
    }
  }
  const uint64_t hash = LowerHash(entry.text);
  KeySlot& k = key_slots_[SlotOf(entry.text, hash)];
  if (k.bucket == 0) {
    bucket_keys_.push_back(Lower(entry.text));
    buckets_.emplace_back();
    k = KeySlot{static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(buckets_.size())};
  }
  buckets_[k.bucket - 1].push_back(entries_.size());
  entries_.push_back(std::move(entry));
}

Result<Lexicon> Lexicon::Load(const std::string& data_dir) {
  Lexicon lex;
  const std::string dir = data_dir + "/actors/";
  auto reject = [&](const std::string& where, std::string why) {
    lex.rejected_.push_back(MakeError(ErrorCode::kMalformed, std::move(why), where));
  };

  Status st = ForEachDataLine(dir + "countries.tsv", "countries.tsv", "actor lexicon", lex.rejected_,
                          [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() != 3) return reject(where, "expected 3 tab-separated fields: CODE KIND TEXT");
    if (!IsUpperCode(f[0], 3)) return reject(where, "code \"" + std::string(f[0]) + "\" is not 3 capital letters");
    static const std::pair<std::string_view, EntryKind> kKinds[] = {
        {"name", EntryKind::kCountryName}, {"adj", EntryKind::kAdjective},
        {"people", EntryKind::kPeople},    {"capital", EntryKind::kCapital},
        {"seat", EntryKind::kSeat}};
    for (const auto& [name, kind] : kKinds) {
      if (f[1] == name) {
        if (f[2].empty()) return reject(where, "empty TEXT");
        return lex.Add(Entry{std::string(f[2]), kind, std::string(f[0]), "", "", "", "", where});
      }
    }
    reject(where, "unknown KIND \"" + std::string(f[1]) + "\" (name, adj, people, capital, seat)");
  });
  if (!st.ok()) return st.error();

  st = ForEachDataLine(dir + "agents.tsv", "agents.tsv", "actor lexicon", lex.rejected_,
                   [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() != 3 && f.size() != 2) return reject(where, "expected TEXT SECTOR NOTE");
    if (f[0].empty()) return reject(where, "empty TEXT");
    if (!IsUpperCode(f[1], 3)) return reject(where, "sector \"" + std::string(f[1]) + "\" is not 3 capital letters");
    lex.Add(Entry{std::string(f[0]), EntryKind::kAgent, std::string(f[1]), "", "", "",
                  f.size() == 3 ? std::string(f[2]) : "", where});
  });
  if (!st.ok()) return st.error();

  st = ForEachDataLine(dir + "people.tsv", "people.tsv", "actor lexicon", lex.rejected_,
                   [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() != 6) return reject(where, "expected 6 tab-separated fields: NAMES CODE ROLE FROM TO SOURCE");
    if (!IsActorCode(f[1])) return reject(where, "code \"" + std::string(f[1]) + "\" is not 6 capital letters");
    if (!IsIsoDate(f[3])) return reject(where, "FROM \"" + std::string(f[3]) + "\" is not an ISO date");
    if (!f[4].empty() && !IsIsoDate(f[4])) return reject(where, "TO \"" + std::string(f[4]) + "\" is not an ISO date");
    if (!f[4].empty() && f[4] < f[3].substr(0, f[4].size())) return reject(where, "TO is before FROM");
    for (std::string_view name : Split(f[0], '|')) {
      name = TrimField(name);
      if (name.empty()) continue;
      lex.Add(Entry{std::string(name), EntryKind::kPerson, std::string(f[1]), std::string(f[2]),
                    std::string(f[3]), std::string(f[4]), std::string(f[5]), where});
    }
  });
  if (!st.ok()) return st.error();

  st = ForEachDataLine(dir + "organisations.tsv", "organisations.tsv", "actor lexicon", lex.rejected_,
                   [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() != 3 && f.size() != 2) return reject(where, "expected NAMES CODE NOTE");
    if (!IsActorCode(f[1])) return reject(where, "code \"" + std::string(f[1]) + "\" is not a 6-character actor code");
    for (std::string_view name : Split(f[0], '|')) {
      name = TrimField(name);
      if (name.empty()) continue;
      lex.Add(Entry{std::string(name), EntryKind::kOrganisation, std::string(f[1]), "", "", "",
                    f.size() == 3 ? std::string(f[2]) : "", where});
    }
  });
  if (!st.ok()) return st.error();
  return lex;
}

const std::vector<size_t>* Lexicon::Bucket(std::string_view text) const {
  if (key_slots_.empty()) return nullptr;
  const KeySlot& k = key_slots_[SlotOf(text, LowerHash(text))];
  return k.bucket == 0 ? nullptr : &buckets_[k.bucket - 1];
}

bool Lexicon::Matches(const Entry& e, std::string_view text) { return e.text == text || !HasUpper(e.text); }

std::vector<const Entry*> Lexicon::Find(std::string_view text) const {
  std::vector<const Entry*> out;
  const std::vector<size_t>* bucket = Bucket(text);
  if (bucket == nullptr) return out;
  for (size_t i : *bucket) {
    const Entry& e = entries_[i];
    if (Matches(e, text)) out.push_back(&e);
  }
  return out;
}

bool Lexicon::InTermOn(const Entry& person, std::string_view date) {
  if (date.empty()) return person.to.empty();
  auto within = [&](std::string_view bound, bool lower) {
    if (bound.empty()) return true;
    const size_t n = std::min(bound.size(), date.size());
    return lower ? bound.substr(0, n) <= date.substr(0, n) : date.substr(0, n) <= bound.substr(0, n);
  };
  return within(person.from, true) && within(person.to, false);
}

std::string Lexicon::CodeAsOf(const Entry& person, std::string_view date) {
  return InTermOn(person, date) ? person.code : "";
}

}  // namespace riposte::actors

namespace riposte::actors {

// Find's entries, in its order, without building its vector: the events
// stage asks this of nearly every person mention.
std::string Lexicon::PersonCodeAsOf(std::string_view name, std::string_view date) const {
  const std::vector<size_t>* bucket = Bucket(name);
  if (bucket == nullptr) return "";
  for (size_t i : *bucket) {
    const Entry& e = entries_[i];
    if (e.kind != EntryKind::kPerson || !Matches(e, name)) continue;
    if (InTermOn(e, date) && !e.code.empty()) return e.code;
  }
  return "";
}

std::string CodeCountry(std::string_view code) {
  constexpr size_t kPart = 3;
  if (code.size() < kPart) return "";
  const std::string_view head = code.substr(0, kPart);
  for (std::string_view international : {"IGO", "NGO", "IMG", "MNC"}) {
    if (head == international) return "";
  }
  for (char c : head) {
    if (c < 'A' || c > 'Z') return "";
  }
  return std::string(head);
}

std::string CodeSector(std::string_view code) {
  constexpr size_t kPart = 3;
  return code.size() < 2 * kPart ? "" : std::string(code.substr(kPart, kPart));
}

}  // namespace riposte::actors
