#!/usr/bin/env bash
# Crash safety of `riposte ingest` (issue 2, point 7): a kill -9 in the middle
# of a batch leaves a consistent store, and re-running the same ingest
# completes it with every document stored exactly once.
#   crash_ingest.sh RIPOSTE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tmp=$work/in  # inputs only; stores live beside, in $work
mkdir "$tmp"
fail() { echo "FAIL: $*"; exit 1; }

# 3000 small documents in three JSONL files.
for f in 1 2 3; do
  for i in $(seq 1 1000); do
    printf '{"id":"f%s-%s","date":"2025-07-%02d","text":"Document %s of file %s. Baku said on Monday that talks with Moscow would resume. The ministry did not comment."}\n' \
      "$f" "$i" $(( (i % 28) + 1 )) "$i" "$f"
  done >"$tmp/part$f.jsonl"
done
total=3000
count() { sqlite3 "$1" "SELECT COUNT(*) FROM documents"; }
check() {
  local ok
  ok=$(sqlite3 "$1" "PRAGMA integrity_check")
  [ "$ok" = ok ] || fail "integrity_check: $ok"
}

# 1. Deterministic: die (SIGKILL) after 1234 stores with batches of 100, i.e.
#    34 documents into an uncommitted batch.
set +e
RIPOSTE_TEST_KILL_AFTER_PUTS=1234 "$bin" -q --db "$work/a.db" ingest --batch 100 -j1 "$tmp" >/dev/null 2>&1
status=$?
set -e
[ "$status" = 137 ] || fail "expected death by SIGKILL (137), got $status"
check "$work/a.db"
n=$(count "$work/a.db")
[ "$n" = 1200 ] || fail "expected exactly the 12 committed batches (1200 docs), found $n"
out=$("$bin" -q --db "$work/a.db" ingest --batch 100 "$tmp")
check "$work/a.db"
[ "$(count "$work/a.db")" = "$total" ] || fail "re-run left $(count "$work/a.db") documents, expected $total"
grep -Eq 'new +1800' <<<"$out" || fail "re-run should store 1800 new: $out"
grep -Eq 'unchanged +1200' <<<"$out" || fail "re-run should find 1200 unchanged: $out"
dups=$(sqlite3 "$work/a.db" "SELECT COUNT(*) FROM (SELECT id FROM documents GROUP BY id HAVING COUNT(*)>1)")
[ "$dups" = 0 ] || fail "$dups ids stored twice"

# 2. Real timing: kill -9 from outside at several moments, then complete.
for delay in 0.05 0.15 0.3; do
  rm -f "$work"/b.db*
  "$bin" -q --db "$work/b.db" ingest --batch 50 -j1 "$tmp" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -f "$work/b.db" ]; then
    check "$work/b.db"
    n=$(count "$work/b.db" 2>/dev/null || echo 0)
    [ $((n % 50)) = 0 ] || [ "$n" = "$total" ] || fail "partial batch visible after kill at ${delay}s: $n documents"
  fi
  "$bin" -q --db "$work/b.db" ingest --batch 50 "$tmp" >/dev/null
  check "$work/b.db"
  [ "$(count "$work/b.db")" = "$total" ] || fail "after kill at ${delay}s and re-run: $(count "$work/b.db") documents"
done
echo "crash safety: ok"
