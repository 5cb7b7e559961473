#!/usr/bin/env bash
# Warm staff API handler time against moto's server, and DynamoDB requests per list, open and change.
# Usage: bench/staff-api-latency.sh [complaints in the table] [requests per kind]
set -euo pipefail
. "$(dirname "$0")/emulator-bench.sh"
aduan_emulator_bench id.aduan.bench.StaffApiLatency "${1:-300}" "${2:-100}"
