// Crash safety and fault injection for the store (store.h, point 7 of issue
// 2): a child process SIGKILLed in the middle of a batch and at random
// moments (including inside commits), and SQLite write faults injected
// through a shim VFS, persistent and transient. After each, the store must
// pass PRAGMA integrity_check, hold exactly what was committed, and a re-run
// of the same puts must complete it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "store/store.h"
#include "store/store_test_util.h"

namespace riposte::store {
namespace {

using namespace test_util;  // NOLINT: the shared test helpers

// ---- crash safety: a child process killed with SIGKILL ----

// Puts docs 0..n-1 with `batch` per transaction, then (if `update` is set)
// a changed text for doc 1, then kills itself before committing the rest.
void ChildPutThenDie(const std::string& path, int batch, int n, bool update) {
  OpenOptions options;
  options.batch_size = batch;
  auto opened = Store::Open(path, options);
  if (!opened.ok()) _exit(3);
  for (int i = 0; i < n; ++i) {
    if (!opened.value()->Put(MakeDoc(DocId(i), Body(i))).ok()) _exit(4);
  }
  if (update && !opened.value()->Put(MakeDoc(DocId(1), Body(1) + " Revised.")).ok()) _exit(5);
  raise(SIGKILL);
  _exit(6);  // not reached
}

int WaitForChild(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  return status;
}

TEST(StoreCrash, KillMidBatchKeepsExactlyTheCommittedBatches) {
  struct Case {
    int batch, n;
    bool update;
  };
  for (Case c : {Case{3, 10, false}, Case{4, 10, true}, Case{1, 5, false}, Case{5, 5, true},
                 Case{500, 12, false}}) {
    SCOPED_TRACE("batch " + std::to_string(c.batch) + ", docs " + std::to_string(c.n));
    TempDir dir;
    const std::string path = dir.File("riposte.db");
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) ChildPutThenDie(path, c.batch, c.n, c.update);
    const int status = WaitForChild(pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    ASSERT_EQ(WTERMSIG(status), SIGKILL);

    EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
    const int committed = c.n / c.batch * c.batch;  // no case commits the update
    auto store = OpenOk(path);
    ASSERT_NE(store, nullptr);
    std::vector<std::string> expected;
    for (int i = 0; i < committed; ++i) expected.push_back(DocId(i));
    EXPECT_EQ(ListIds(*store, true), expected);
    if (committed > 1) {
      EXPECT_EQ(store->GetRow(DocId(1)).value().version, 1);
    }

    for (int i = 0; i < c.n; ++i) {
      EXPECT_EQ(PutOk(*store, MakeDoc(DocId(i), Body(i))),
                i < committed ? PutOutcome::kUnchanged : PutOutcome::kNew)
          << i;
    }
    if (c.update) {
      EXPECT_EQ(PutOk(*store, MakeDoc(DocId(1), Body(1) + " Revised.")), PutOutcome::kUpdated);
    }
    ASSERT_TRUE(store->Flush().ok());
    Counts counts = CountOk(*store);
    EXPECT_EQ(counts.documents, c.n);
    EXPECT_EQ(counts.versions, c.n + (c.update ? 1 : 0));
    store.reset();
    EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
  }
}

// The child writes until killed; the parent kills it after a few
// milliseconds, so the kill lands anywhere, including inside a commit.
TEST(StoreCrash, KillAtRandomMomentsLeavesACommittedPrefix) {
  constexpr int kBatch = 5;
  constexpr int kExtra = 7;
  int total_committed = 0;
  for (int delay_ms : {1, 4, 9, 16, 25, 40, 60}) {
    SCOPED_TRACE("kill after " + std::to_string(delay_ms) + " ms");
    TempDir dir;
    const std::string path = dir.File("riposte.db");
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      alarm(30);  // never outlive a broken parent
      OpenOptions options;
      options.batch_size = kBatch;
      auto opened = Store::Open(path, options);
      if (!opened.ok()) _exit(3);
      for (int i = 0;; ++i) {
        if (!opened.value()->Put(MakeDoc(DocId(i), Body(i, 4000))).ok()) _exit(4);
        if ((i + 1) % kBatch == 0 && !opened.value()->Flush().ok()) _exit(5);
      }
    }
    usleep(static_cast<useconds_t>(delay_ms) * 1000);
    kill(pid, SIGKILL);
    const int status = WaitForChild(pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);

    EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
    auto store = OpenOk(path);  // also recovers a store killed mid-migration
    ASSERT_NE(store, nullptr);
    const std::vector<std::string> ids = ListIds(*store, true);
    const int committed = static_cast<int>(ids.size());
    EXPECT_EQ(committed % kBatch, 0) << committed;
    for (int i = 0; i < committed; ++i) ASSERT_EQ(ids[static_cast<size_t>(i)], DocId(i));
    total_committed += committed;

    for (int i = 0; i < committed + kExtra; ++i) {
      ASSERT_EQ(PutOk(*store, MakeDoc(DocId(i), Body(i, 4000))),
                i < committed ? PutOutcome::kUnchanged : PutOutcome::kNew)
          << i;
    }
    ASSERT_TRUE(store->Flush().ok());
    Counts counts = CountOk(*store);
    EXPECT_EQ(counts.documents, committed + kExtra);
    EXPECT_EQ(counts.versions, committed + kExtra);
    store.reset();
    EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
  }
  EXPECT_GT(total_committed, 0) << "no kill landed after a commit; lengthen the delays";
}


// ---- injected write faults ----

// A shim VFS, registered as the default for the test's duration, that
// forwards everything to the real default VFS but fails the Nth write, sync
// or truncate (and, when persistent, every one after it): disk full, a
// dying disk, a file made read-only mid-way all reach SQLite this way.
namespace fault {

sqlite3_vfs* real_vfs = nullptr;
int countdown = -1;       // operations left before failing; -1: never fail
bool persistent = true;   // keep failing once the first fault fired
bool fired = false;       // a fault was injected in this run

bool Inject() {
  if (countdown < 0) return false;
  if (countdown > 0) {
    --countdown;
    return false;
  }
  fired = true;
  if (!persistent) countdown = -1;
  return true;
}

struct File {
  sqlite3_file base;   // must be first: SQLite sees this
  sqlite3_file* real;  // the real VFS's file, allocated right after us
};
sqlite3_file* Real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }
const sqlite3_io_methods* M(sqlite3_file* f) { return Real(f)->pMethods; }

int Close(sqlite3_file* f) { return M(f)->xClose(Real(f)); }
int Read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
  return M(f)->xRead(Real(f), buf, n, off);
}
int Write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
  if (Inject()) return SQLITE_IOERR_WRITE;
  return M(f)->xWrite(Real(f), buf, n, off);
}
int Truncate(sqlite3_file* f, sqlite3_int64 size) {
  if (Inject()) return SQLITE_IOERR_TRUNCATE;
  return M(f)->xTruncate(Real(f), size);
}
int Sync(sqlite3_file* f, int flags) {
  if (Inject()) return SQLITE_IOERR_FSYNC;
  return M(f)->xSync(Real(f), flags);
}
int FileSize(sqlite3_file* f, sqlite3_int64* size) { return M(f)->xFileSize(Real(f), size); }
int Lock(sqlite3_file* f, int level) { return M(f)->xLock(Real(f), level); }
int Unlock(sqlite3_file* f, int level) { return M(f)->xUnlock(Real(f), level); }
int CheckReservedLock(sqlite3_file* f, int* out) { return M(f)->xCheckReservedLock(Real(f), out); }
int FileControl(sqlite3_file* f, int op, void* arg) { return M(f)->xFileControl(Real(f), op, arg); }
int SectorSize(sqlite3_file* f) { return M(f)->xSectorSize(Real(f)); }
int DeviceCharacteristics(sqlite3_file* f) { return M(f)->xDeviceCharacteristics(Real(f)); }
int ShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
  return M(f)->xShmMap(Real(f), page, size, extend, out);
}
int ShmLock(sqlite3_file* f, int offset, int n, int flags) {
  return M(f)->xShmLock(Real(f), offset, n, flags);
}
void ShmBarrier(sqlite3_file* f) { M(f)->xShmBarrier(Real(f)); }
int ShmUnmap(sqlite3_file* f, int del) { return M(f)->xShmUnmap(Real(f), del); }
int Fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out) {
  return M(f)->xFetch(Real(f), off, n, out);
}
int Unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return M(f)->xUnfetch(Real(f), off, p); }

const sqlite3_io_methods kIoMethods = {
    3, Close, Read, Write, Truncate, Sync, FileSize, Lock, Unlock, CheckReservedLock,
    FileControl, SectorSize, DeviceCharacteristics, ShmMap, ShmLock, ShmBarrier, ShmUnmap,
    Fetch, Unfetch};


}  // namespace fault

namespace fault {

int Open(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* out_flags) {
  File* file = reinterpret_cast<File*>(f);
  file->real = reinterpret_cast<sqlite3_file*>(file + 1);
  const int rc = real_vfs->xOpen(real_vfs, name, file->real, flags, out_flags);
  // SQLite calls xClose exactly when pMethods is set.
  file->base.pMethods = file->real->pMethods != nullptr ? &kIoMethods : nullptr;
  return rc;
}
int Delete(sqlite3_vfs*, const char* name, int sync_dir) {
  return real_vfs->xDelete(real_vfs, name, sync_dir);
}
int Access(sqlite3_vfs*, const char* name, int flags, int* out) {
  return real_vfs->xAccess(real_vfs, name, flags, out);
}
int FullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
  return real_vfs->xFullPathname(real_vfs, name, n, out);
}
int Randomness(sqlite3_vfs*, int n, char* out) { return real_vfs->xRandomness(real_vfs, n, out); }
int Sleep(sqlite3_vfs*, int micros) { return real_vfs->xSleep(real_vfs, micros); }
int CurrentTime(sqlite3_vfs*, double* out) { return real_vfs->xCurrentTime(real_vfs, out); }
int GetLastError(sqlite3_vfs*, int n, char* out) { return real_vfs->xGetLastError(real_vfs, n, out); }
int CurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
  return real_vfs->xCurrentTimeInt64(real_vfs, out);
}

// Registers the shim as the default VFS for its lifetime.
class Installed {
 public:
  Installed() {
    real_vfs = sqlite3_vfs_find(nullptr);
    vfs_.iVersion = 2;
    vfs_.szOsFile = static_cast<int>(sizeof(File)) + real_vfs->szOsFile;
    vfs_.mxPathname = real_vfs->mxPathname;
    vfs_.zName = "riposte-fault";
    vfs_.xOpen = Open;
    vfs_.xDelete = Delete;
    vfs_.xAccess = Access;
    vfs_.xFullPathname = FullPathname;
    vfs_.xRandomness = Randomness;
    vfs_.xSleep = Sleep;
    vfs_.xCurrentTime = CurrentTime;
    vfs_.xGetLastError = GetLastError;
    vfs_.xCurrentTimeInt64 = CurrentTimeInt64;
    sqlite3_vfs_register(&vfs_, 1);
  }
  ~Installed() {
    sqlite3_vfs_unregister(&vfs_);
    sqlite3_vfs_register(real_vfs, 1);
    countdown = -1;
  }
  Installed(const Installed&) = delete;
  Installed& operator=(const Installed&) = delete;

 private:
  sqlite3_vfs vfs_{};
};

}  // namespace fault

// Opens the store, puts `docs` in batches of 4, flushes and closes, keeping
// every error. Returns the errors.
std::vector<Error> FaultWorkload(const std::string& path, const std::vector<Document>& docs) {
  std::vector<Error> errors;
  OpenOptions options;
  options.batch_size = 4;
  auto opened = Store::Open(path, options);
  if (!opened.ok()) {
    errors.push_back(opened.error());
    return errors;
  }
  bool lost_batch = false;
  for (const Document& d : docs) {
    auto put = opened.value()->Put(d);
    // After a batch is lost, the store refuses every later Put.
    EXPECT_TRUE(!lost_batch || !put.ok()) << d.id;
    if (put.ok()) continue;
    errors.push_back(put.error());
    if (put.error().message.find("was rolled back") != std::string::npos) lost_batch = true;
  }
  if (Status s = opened.value()->Flush(); !s.ok()) errors.push_back(s.error());
  return errors;  // the destructor checkpoints, possibly into more faults
}

// SQLite's fault-injection loop: fail the Nth write-side VFS call, N = 0, 1,
// 2... until the workload runs through without reaching N; once with the
// fault persistent and once transient.
TEST(StoreFault, WriteFaultsGiveCleanErrorsAndAConsistentStore) {
  std::vector<Document> docs;
  for (int i = 0; i < 12; ++i) docs.push_back(MakeDoc(DocId(i), Body(i, 1500)));
  docs.push_back(MakeDoc(DocId(3), Body(3, 1500) + " Revised."));  // an update
  fault::Installed shim;
  int runs_with_errors = 0;
  for (bool persistent : {true, false}) {
    for (int n = 0;; ++n) {
      SCOPED_TRACE(std::string(persistent ? "persistent" : "transient") + " fault at call " +
                   std::to_string(n));
      ASSERT_LT(n, 2000) << "the workload never ran clean";
      TempDir dir;
      const std::string path = dir.File("riposte.db");
      fault::persistent = persistent;
      fault::fired = false;
      fault::countdown = n;
      const std::vector<Error> errors = FaultWorkload(path, docs);
      fault::countdown = -1;
      const bool fired = fault::fired;
      if (!errors.empty()) ++runs_with_errors;
      for (const Error& e : errors) {
        EXPECT_TRUE(e.code == ErrorCode::kStore) << e.ToString();
        EXPECT_FALSE(e.message.empty());
      }
      if (!fired) {
        EXPECT_TRUE(errors.empty()) << errors.front().ToString();
      }

      // Without faults: consistent, nothing half-written, and a re-run completes it.
      EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
      auto store = OpenOk(path);
      ASSERT_NE(store, nullptr);
      Counts before = CountOk(*store);
      auto rows = store->List(true);
      ASSERT_TRUE(rows.ok());
      for (const DocumentRow& r : rows.value()) {
        auto got = store->Get(r.id, r.version);
        ASSERT_TRUE(got.ok()) << got.error().ToString();
        EXPECT_EQ(got.value().sentences.size(), r.sentences);
        EXPECT_EQ(ContentHash(got.value().text), r.hash);
      }
      EXPECT_LE(before.versions, static_cast<int64_t>(docs.size()));
      for (const Document& d : docs) {
        auto put = store->Put(d);
        ASSERT_TRUE(put.ok()) << put.error().ToString();
      }
      ASSERT_TRUE(store->Flush().ok());
      Counts after = CountOk(*store);
      EXPECT_EQ(after.documents, 12);
      EXPECT_EQ(after.versions, 13);
      EXPECT_EQ(store->Get(DocId(3)).value().text, docs.back().text);
      store.reset();
      EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
      if (!fired) break;
    }
  }
  EXPECT_GT(runs_with_errors, 0) << "no injected fault reached the store";
}

}  // namespace
}  // namespace riposte::store
