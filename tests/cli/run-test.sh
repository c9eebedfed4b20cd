#!/usr/bin/env bash
# Runs one CLI golden test file (sqllogictest-like). Usage:
#   run-test.sh RIPOSTE_BINARY FILE.test SOURCE_DIR
# With UPDATE_GOLDEN=1 in the environment the expected outputs in FILE.test
# are rewritten from the actual ones (review the diff before committing).
#
# File format: lines starting with '#' are comments ('# name:', '# group:').
# A block is:
#   run <shell command>        `riposte` runs the binary under test; $DB is a
#                              store private to this file, $TMP a scratch dir,
#                              the working directory is SOURCE_DIR
#   exit <status>              expected exit status (default 0)
#   stderr <text>              stderr must contain <text> (repeatable)
#   !stderr <text>             stderr must not contain <text> (repeatable)
#   ----                       expected stdout follows, verbatim,
#   ====                       up to this line (a block without ---- does not check stdout)
# Blocks run in order and share $DB.
set -u
bin=$1 file=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RIPOSTE_BIN=$bin DB=$tmp/riposte.db TMP=$tmp/scratch SRC=$src
mkdir -p "$TMP"
riposte() { "$RIPOSTE_BIN" "$@"; }
export -f riposte
cd "$src" || exit 2

failures=0 blocks=0
out_file=$tmp/out.test
: >"$out_file"
cmd="" want_exit=0 check_stdout=0 expected="" in_expected=0
declare -a must=() mustnot=()

finish_block() {
  [ -n "$cmd" ] || return 0
  blocks=$((blocks + 1))
  local got_out got_err status
  got_out=$(bash -c "$cmd" 2>"$tmp/err"; echo "~$?")
  status=${got_out##*~}
  got_out=${got_out%~*}
  while [[ "$got_out" == *$'\n' ]]; do got_out=${got_out%$'\n'}; done
  got_err=$(cat "$tmp/err")
  # Private paths print as their names, so expected output is stable.
  got_out=${got_out//$TMP/\$TMP}
  got_out=${got_out//$DB/\$DB}
  local failed=0
  if [ "$status" != "$want_exit" ]; then
    echo "FAIL [$cmd]: exit $status, expected $want_exit"; failed=1
  fi
  local s
  for s in "${must[@]+"${must[@]}"}"; do
    [[ "$got_err" == *"$s"* ]] || { echo "FAIL [$cmd]: stderr lacks: $s"; failed=1; }
  done
  for s in "${mustnot[@]+"${mustnot[@]}"}"; do
    [[ "$got_err" != *"$s"* ]] || { echo "FAIL [$cmd]: stderr has: $s"; failed=1; }
  done
  if [ "$check_stdout" = 1 ] && [ "$got_out" != "$expected" ]; then
    echo "FAIL [$cmd]: stdout differs"
    diff <(printf '%s' "$expected") <(printf '%s' "$got_out") | head -40
    failed=1
  fi
  if [ "$failed" = 1 ]; then
    failures=$((failures + 1))
    echo "--- stderr was:"; printf '%s\n' "$got_err" | head -20
  fi
  # Rewritten block for UPDATE_GOLDEN.
  {
    echo "run $cmd"
    [ "${UPDATE_GOLDEN:-0}" = 1 ] && want_exit=$status
    echo "exit $want_exit"
    for s in "${must[@]+"${must[@]}"}"; do echo "stderr $s"; done
    for s in "${mustnot[@]+"${mustnot[@]}"}"; do echo "!stderr $s"; done
    if [ "$check_stdout" = 1 ]; then
      echo "----"
      if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then printf '%s' "$got_out"; else printf '%s' "$expected"; fi
      [ -n "$got_out$expected" ] && echo
      echo "===="
    fi
  } >>"$out_file"
  cmd="" want_exit=0 check_stdout=0 expected="" must=() mustnot=()
}

while IFS= read -r line || [ -n "$line" ]; do
  if [ "$in_expected" = 1 ]; then
    if [ "$line" = "====" ]; then
      in_expected=0
      while [[ "$expected" == *$'\n' ]]; do expected=${expected%$'\n'}; done
      finish_block
    else
      expected+="$line"$'\n'
    fi
    continue
  fi
  case "$line" in
    "run "*) finish_block; cmd=${line#run } ;;
    "exit "*) want_exit=${line#exit } ;;
    "stderr "*) must+=("${line#stderr }") ;;
    "!stderr "*) mustnot+=("${line#!stderr }") ;;
    "----") check_stdout=1; in_expected=1; expected="" ;;
    *) finish_block; echo "$line" >>"$out_file" ;;
  esac
done <"$file"
finish_block

if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$out_file" "$file"
  echo "updated $file"
fi
echo "$blocks blocks, $failures failed"
[ "$failures" = 0 ]
