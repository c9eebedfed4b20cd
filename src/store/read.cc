// The store's read side (store.h): List, ListUnannotated, GetRow, Get and
// Count, each one prepared statement from the Store's cache. Missing
// optional values were stored as NULL and read back as "". Listings put
// dated versions first (date order), then undated ones.
//
// Tested by store_test.cc.
#include <sqlite3.h>

#include <utility>

#include "store/internal/schema.h"
#include "store/internal/statements.h"
#include "store/store.h"

namespace riposte::store {
namespace {

using internal::ScopedReset;
using internal::SqliteError;
using internal::Statement;

// Columns of a DocumentRow, in the order RowColumn names them.
#define RIPOSTE_ROW_COLUMNS                                                       \
  "rowid, id, version, current, hash, url, title, title_provenance, lang, format, source, outlet, " \
  "outlet_provenance, date, date_provenance, date_hint, date_inferred, text_bytes, " \
  "sentences, ingested_at"
enum RowColumn {
  kColRowid, kColId, kColVersion, kColCurrent, kColHash, kColUrl, kColTitle, kColTitleProvenance, kColLang,
  kColFormat, kColSource, kColOutlet, kColOutletProvenance, kColDate, kColDateProvenance,
  kColDateHint, kColDateInferred, kColTextBytes, kColSentences, kColIngestedAt,
  kRowColumnCount
};
// The rest of a Document, after the row columns (DocColumn order).
#define RIPOSTE_DOC_COLUMNS                                                            \
  "title_evidence, outlet_evidence, author, author_provenance, author_evidence, date_evidence, "       \
  "dateline, dateline_provenance, dateline_evidence, date_inferred_provenance, "       \
  "date_inferred_evidence, text, "                                                      \
  "(SELECT data FROM layers WHERE doc_rowid = documents.rowid AND name = ?3)"
enum DocColumn {
  kColTitleEvidence = kRowColumnCount, kColOutletEvidence, kColAuthor, kColAuthorProvenance, kColAuthorEvidence,
  kColDateEvidence, kColDateline, kColDatelineProvenance, kColDatelineEvidence,
  kColDateInferredProvenance, kColDateInferredEvidence, kColText, kColSentenceBlob
};
// ?1 id, ?2 version (<= 0: the current one).
#define RIPOSTE_WHERE_VERSION " FROM documents WHERE id = ?1 AND ((?2 <= 0 AND current = 1) OR version = ?2)"

constexpr char kListSql[] = "SELECT " RIPOSTE_ROW_COLUMNS
                            " FROM documents WHERE ?1 OR current = 1"
                            " ORDER BY date IS NULL, date, id, version LIMIT ?2";
constexpr char kListUnannotatedSql[] =
    "SELECT " RIPOSTE_ROW_COLUMNS " FROM documents WHERE current = 1"
    " AND NOT EXISTS (SELECT 1 FROM annotations WHERE doc_rowid = documents.rowid)"
    " ORDER BY date IS NULL, date, id";
constexpr char kGetRowSql[] = "SELECT " RIPOSTE_ROW_COLUMNS RIPOSTE_WHERE_VERSION;
constexpr char kGetSql[] = "SELECT " RIPOSTE_ROW_COLUMNS ", " RIPOSTE_DOC_COLUMNS RIPOSTE_WHERE_VERSION;
#undef RIPOSTE_ROW_COLUMNS
#undef RIPOSTE_DOC_COLUMNS
#undef RIPOSTE_WHERE_VERSION

constexpr char kCountSql[] =
    "SELECT (SELECT count(*) FROM documents WHERE current = 1),"
    " (SELECT count(*) FROM documents),"
    " (SELECT count(*) FROM documents WHERE current = 1 AND lang IS NOT NULL"
    "  AND lang NOT IN ('', 'en'))";

Provenance ParseProvenance(std::string_view name) {
  if (name == ProvenanceName(Provenance::kGiven)) return Provenance::kGiven;
  if (name == ProvenanceName(Provenance::kSniffed)) return Provenance::kSniffed;
  if (name == ProvenanceName(Provenance::kInferred)) return Provenance::kInferred;
  return Provenance::kNone;
}

Field ReadField(const Statement& s, int value_col, int provenance_col, int evidence_col) {
  Field f;
  f.value = s.ColumnText(value_col);
  f.provenance = ParseProvenance(s.ColumnText(provenance_col));
  f.evidence = s.ColumnText(evidence_col);
  return f;
}

DocumentRow ReadRow(const Statement& s) {
  DocumentRow r;
  r.rowid = s.ColumnInt(kColRowid);
  r.id = s.ColumnText(kColId);
  r.version = static_cast<int>(s.ColumnInt(kColVersion));
  r.current = s.ColumnInt(kColCurrent) != 0;
  r.hash = s.ColumnText(kColHash);
  r.url = s.ColumnText(kColUrl);
  r.title = s.ColumnText(kColTitle);
  r.title_provenance = s.ColumnText(kColTitleProvenance);
  r.lang = s.ColumnText(kColLang);
  r.format = s.ColumnText(kColFormat);
  r.source = s.ColumnText(kColSource);
  r.outlet = s.ColumnText(kColOutlet);
  r.outlet_provenance = s.ColumnText(kColOutletProvenance);
  r.date = s.ColumnText(kColDate);
  r.date_provenance = s.ColumnText(kColDateProvenance);
  r.date_hint = s.ColumnText(kColDateHint);
  r.date_inferred = s.ColumnText(kColDateInferred);
  r.text_bytes = static_cast<size_t>(s.ColumnInt(kColTextBytes));
  r.sentences = static_cast<size_t>(s.ColumnInt(kColSentences));
  r.ingested_at = s.ColumnText(kColIngestedAt);
  return r;
}

Error NotFound(const std::string& id, int version) {
  if (version > 0) {
    return MakeError(ErrorCode::kNotFound, "no version " + std::to_string(version) +
                                               " of this document", id);
  }
  return MakeError(ErrorCode::kNotFound, "no such document", id);
}

}  // namespace

Result<std::vector<DocumentRow>> Store::List(bool all_versions, size_t limit) {
  Statement& s = cache_->list;
  if (Status ok = s.Ensure(db_, kListSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  s.BindInt(1, all_versions ? 1 : 0);
  s.BindInt(2, limit == 0 ? -1 : static_cast<int64_t>(limit));
  std::vector<DocumentRow> rows;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) rows.push_back(ReadRow(s));
  if (rc != SQLITE_DONE) return SqliteError(db_, "cannot list documents", path_);
  return rows;
}

Result<std::vector<DocumentRow>> Store::ListUnannotated() {
  Statement& s = cache_->unannotated;
  if (Status ok = s.Ensure(db_, kListUnannotatedSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  std::vector<DocumentRow> rows;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) rows.push_back(ReadRow(s));
  if (rc != SQLITE_DONE) return SqliteError(db_, "cannot list documents", path_);
  return rows;
}

Result<DocumentRow> Store::GetRow(const std::string& id, int version) {
  Statement& s = cache_->get_row;
  if (Status ok = s.Ensure(db_, kGetRowSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  s.BindText(1, id);
  s.BindInt(2, version);
  const int rc = s.Step();
  if (rc == SQLITE_DONE) return NotFound(id, version);
  if (rc != SQLITE_ROW) return SqliteError(db_, "cannot read the document", id);
  return ReadRow(s);
}

Result<Document> Store::Get(const std::string& id, int version) {
  Statement& s = cache_->get;
  if (Status ok = s.Ensure(db_, kGetSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  s.BindText(1, id);
  s.BindInt(2, version);
  s.BindText(3, internal::kSentenceLayer);
  const int rc = s.Step();
  if (rc == SQLITE_DONE) return NotFound(id, version);
  if (rc != SQLITE_ROW) return SqliteError(db_, "cannot read the document", id);

  Document doc;
  doc.id = s.ColumnText(kColId);
  doc.url = s.ColumnText(kColUrl);
  doc.outlet = ReadField(s, kColOutlet, kColOutletProvenance, kColOutletEvidence);
  doc.author = ReadField(s, kColAuthor, kColAuthorProvenance, kColAuthorEvidence);
  doc.title = ReadField(s, kColTitle, kColTitleProvenance, kColTitleEvidence);
  doc.date = ReadField(s, kColDate, kColDateProvenance, kColDateEvidence);
  doc.date_hint = s.ColumnText(kColDateHint);
  doc.dateline = ReadField(s, kColDateline, kColDatelineProvenance, kColDatelineEvidence);
  doc.lang = s.ColumnText(kColLang);
  doc.date_inferred =
      ReadField(s, kColDateInferred, kColDateInferredProvenance, kColDateInferredEvidence);
  doc.source = s.ColumnText(kColSource);
  doc.format = s.ColumnText(kColFormat);
  doc.text = s.ColumnText(kColText);

  std::vector<Span> spans;
  if (!internal::DecodeSpans(s.ColumnBlob(kColSentenceBlob), doc.text.size(), spans)) {
    return MakeError(ErrorCode::kStore, "the stored sentence layer is corrupt", id);
  }
  doc.sentences.reserve(spans.size());
  for (Span span : spans) doc.sentences.push_back(Sentence{span});
  return doc;
}

Result<Counts> Store::Count() {
  Statement& s = cache_->count;
  if (Status ok = s.Ensure(db_, kCountSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  if (s.Step() != SQLITE_ROW) return SqliteError(db_, "cannot count documents", path_);
  Counts c;
  c.documents = s.ColumnInt(0);
  c.versions = s.ColumnInt(1);
  c.non_english = s.ColumnInt(2);
  return c;
}

}  // namespace riposte::store
