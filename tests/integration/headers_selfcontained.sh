#!/usr/bin/env bash
# Every header compiles on its own (includes what it uses).
#   headers_selfcontained.sh RIPOSTE_BINARY SOURCE_DIR
set -euo pipefail
src=$2
cd "$src"
flags="-std=c++20 -fsyntax-only -Wall -Wextra -Werror -Isrc $(pkg-config --cflags icu-uc sqlite3 gumbo 2>/dev/null)"
failed=0 n=0
for h in $(find src -name '*.h' | sort); do
  n=$((n + 1))
  if ! echo "#include \"${h#src/}\"" | c++ $flags -x c++ - 2>"/tmp/hdr.$$"; then
    echo "FAIL: $h does not compile on its own:"; head -5 "/tmp/hdr.$$"; failed=1
  fi
done
rm -f "/tmp/hdr.$$"
echo "$n headers checked"
exit $failed
