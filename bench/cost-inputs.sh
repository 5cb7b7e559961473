#!/usr/bin/env bash
# Measures the AWS requests and DynamoDB units of each kind of work (a delivery, a staff action, a reply,
# a scheduled run) with the real handlers against moto through a metering proxy, and writes them where
# `./aduan cost` reads them. Usage: bench/cost-inputs.sh [runs per kind]
set -euo pipefail
. "$(dirname "$0")/emulator-bench.sh"
aduan_emulator_bench id.aduan.bench.CostInputs "${1:-20}" \
  "$(cd "$(dirname "$0")/.." && pwd)/infrastructure/local/src/main/resources/id/aduan/local/cost/measured-work.json"
