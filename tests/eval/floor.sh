#!/usr/bin/env bash
# Runs an accuracy evaluation with its floor as a test (ctest label "eval").
#   tests/eval/floor.sh EVAL_BINARY [ARGS...] -- REQUIRED_FILE...
# Skips (exit 77) when a gold file is missing: the gold sets live in
# ../shared next to the checkout and are not part of the project. Otherwise
# runs the evaluation, whose own exit status says whether the floor holds.
set -uo pipefail
bin=$1; shift
args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
[ $# -gt 0 ] && shift
for f in "$@"; do
  if [ ! -e "$f" ]; then
    echo "SKIP: $f not found (the shared gold data is not next to this checkout)"
    exit 77
  fi
done
exec "$bin" "${args[@]}"
