#!/bin/sh
# Builds the libFuzzer harnesses (standalone, with clang) and runs each for N seconds.
#   fuzz/run.sh <build-dir> [seconds-per-harness=60]
# Exit status 0 when no harness found a crash; crash inputs are left in <build-dir>/crashes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:?usage: fuzz/run.sh <build-dir> [seconds]}
seconds=${2:-60}
cc=${CC_FUZZ:-clang-14}
cxx=${CXX_FUZZ:-clang++-14}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" -j2 --target fuzz_csv fuzz_xlsx fuzz_values

# Seed corpora: the awkward test files, with the harness's leading control byte.
corpus="$build/corpus"
mkdir -p "$corpus/csv" "$corpus/xlsx" "$corpus/values" "$build/crashes"
python3 - "$root" "$corpus" <<'PY'
import os, sys, zipfile
root, corpus = sys.argv[1], sys.argv[2]
awkward = os.path.join(root, 'tests', 'data', 'import', 'awkward')
for name in sorted(os.listdir(awkward)):
    path = os.path.join(awkward, name)
    data = open(path, 'rb').read()
    if name.endswith(('.csv', '.tsv')):
        for control in (0, 0x23, 0x5C):
            open(os.path.join(corpus, 'csv', '%s.%02x' % (name, control)), 'wb').write(bytes([control]) + data[:65536])
        open(os.path.join(corpus, 'values', name), 'wb').write(data[:4096])
    elif name.endswith('.xlsx') and len(data) < 100000:
        open(os.path.join(corpus, 'xlsx', name), 'wb').write(b'\x00' + data)
        try:
            z = zipfile.ZipFile(path)
            parts = [z.read(p) if p in z.namelist() else b'' for p in
                     ('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml')]
            open(os.path.join(corpus, 'xlsx', name + '.parts'), 'wb').write(b'\x01' + b'\x00\x00'.join(parts))
        except zipfile.BadZipFile:
            pass
open(os.path.join(corpus, 'values', 'samples'), 'wb').write(
    '1,234.56\n1.234,56\n3.3k\n475.8m\n< 10%\n(12.50)\n€ 7\n2025-01-14T19:30:00+01:00\n14/01/2025\n'
    '1/14/2025 7:30 PM\n20250114\n5-mrt-2025\nJan 14, 2025\nTotal: Campaigns,1,2\n--\nN/A\n'.encode())
PY

status=0
# Earlier findings, fixed since, are replayed first so none can come back unnoticed.
for finding in "$root"/tests/data/import/fuzz-crashes/*.bin; do
  [ -e "$finding" ] || continue
  harness=$(basename "$finding" | cut -d- -f1)
  if ! "$build/fuzz_$harness" "$finding" >"$build/replay.log" 2>&1; then
    status=1
    echo "fuzz_$harness: the fixed finding $(basename "$finding") fails again, see $build/replay.log"
  fi
done
for harness in csv xlsx values; do
  echo "== fuzz_$harness for ${seconds}s"
  if ! "$build/fuzz_$harness" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/fuzz_$harness-" -print_final_stats=1 "$corpus/$harness" 2>"$build/fuzz_$harness.log"; then
    status=1
    echo "fuzz_$harness FAILED, see $build/fuzz_$harness.log and $build/crashes"
  fi
  grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$build/fuzz_$harness.log" || tail -3 "$build/fuzz_$harness.log"
done
exit $status
