// STUB: replaced by the SQLite implementation.
#include "store/store.h"
namespace riposte::store {
int CurrentSchemaVersion() { return 0; }
const char* PutOutcomeName(PutOutcome) { return "new"; }
Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions&) { return MakeError(ErrorCode::kStore, "not implemented", path); }
Store::~Store() {}
Result<PutOutcome> Store::Put(const Document&) { return PutOutcome::kNew; }
Status Store::Flush() { return OkStatus(); }
Result<std::vector<DocumentRow>> Store::List(bool, size_t) { return std::vector<DocumentRow>{}; }
Result<Document> Store::Get(const std::string& id, int) { return MakeError(ErrorCode::kNotFound, "no such document", id); }
Result<DocumentRow> Store::GetRow(const std::string& id, int) { return MakeError(ErrorCode::kNotFound, "no such document", id); }
Result<Counts> Store::Count() { return Counts{}; }
Status Store::Begin() { return OkStatus(); }
}  // namespace riposte::store
