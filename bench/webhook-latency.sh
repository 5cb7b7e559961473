#!/usr/bin/env bash
# Warm webhook handler time per delivery against moto's server, and DynamoDB requests per delivery.
# Usage: bench/webhook-latency.sh [deliveries per kind]
set -euo pipefail
. "$(dirname "$0")/emulator-bench.sh"
aduan_emulator_bench id.aduan.bench.WebhookLatency "${1:-200}"
