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
  printf '# code\tkind\tname (the parent is the code without its last part); the kabupaten and kota first\n'
  # A CSV field is quoted only when the name holds a comma: keep everything after the second comma. The
  # kabupaten and kota come first (sorted on whether the code has more than one dot, then on the code), so
  # that a desk's home region is read from the head of the file without the 6,600 rows after it.
  awk -F, 'FNR > 1 && $1 ~ /^32\./ {
      name = substr($0, length($1) + length($2) + 3); gsub(/^"|"$/, "", name); gsub(/""/, "\"", name); sub(/\r$/, "", name)
      n = split($1, part, ".")
      if (n == 2) { kind = (name ~ /^Kota /) ? "kota" : "kabupaten"; sub(/^(Kota|Kabupaten) /, "", name) }
      else if (n == 3) kind = "kecamatan"
      else kind = (substr(part[4], 1, 1) == "1") ? "kelurahan" : "desa"
      print (n == 2 ? "0" : "1") "\t" $1 "\t" kind "\t" name
  }' "$data/regencies.csv" "$data/districts.csv" "$data/villages.csv" | sort -t "$(printf '\t')" -k1,1 -k2,2 | cut -f2-
} > "$out"
echo "wrote $(grep -vc '^#' "$out") places to $out"
