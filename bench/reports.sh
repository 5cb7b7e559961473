#!/usr/bin/env bash
# Requests, items read and time of the staff reports and the public figures over a year of complaints,
# against moto's server.
# Usage: bench/reports.sh [complaints in the year (15000)]
set -euo pipefail
. "$(dirname "$0")/emulator-bench.sh"
aduan_emulator_bench id.aduan.bench.ReportBenchmark "${1:-15000}"
