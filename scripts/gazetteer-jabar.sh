#!/usr/bin/env bash
# Regenerates functions/core/src/main/resources/id/aduan/core/triage/wilayah-jabar.tsv: every kabupaten/kota,
# kecamatan and kelurahan/desa of West Java (province 32) with its Kemendagri code, from the npm package
# idn-area-data (data under the Open Database License 1.0, so the extract is too).
# Usage: scripts/gazetteer-jabar.sh [VERSION]   (needs npm, awk)
set -euo pipefail
version="${1:-4.0.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/functions/core/src/main/resources/id/aduan/core/triage/wilayah-jabar.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "idn-area-data@$version" >/dev/null && tar xzf idn-area-data-*.tgz)
data="$work/package/data"
{
  printf '# West Java (32) from idn-area-data %s (Kemendagri codes; data (c) its contributors, Open Database License 1.0: https://opendatacommons.org/licenses/odbl/1-0/). Regenerate with scripts/gazetteer-jabar.sh.\n' "$version"
  printf '# code\tkind\tname (the parent is the code without its last part)\n'
  # A CSV field is quoted only when the name holds a comma: keep everything after the second comma.
  awk -F, 'FNR > 1 && $1 ~ /^32\./ {
      name = substr($0, length($1) + length($2) + 3); gsub(/^"|"$/, "", name); gsub(/""/, "\"", name); sub(/\r$/, "", name)
      n = split($1, part, ".")
      if (n == 2) { kind = (name ~ /^Kota /) ? "kota" : "kabupaten"; sub(/^(Kota|Kabupaten) /, "", name) }
      else if (n == 3) kind = "kecamatan"
      else kind = (substr(part[4], 1, 1) == "1") ? "kelurahan" : "desa"
      print $1 "\t" kind "\t" name
  }' "$data/regencies.csv" "$data/districts.csv" "$data/villages.csv" | sort -t "$(printf '\t')" -k1,1
} > "$out"
echo "wrote $(grep -vc '^#' "$out") places to $out"
