#!/usr/bin/env bash
# Copies the built staff console (console/dist) to the stack's console bucket, writes config.json beside
# index.html (where the API is, and the hosted sign-in), and tells CloudFront to drop what it cached.
#   scripts/deploy-console.sh <stack name>        after `mvn -B -DskipTests package` and `sam deploy`
set -euo pipefail

stack="${1:?usage: scripts/deploy-console.sh <stack name>}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/console/dist"

fail() { echo "deploy-console: $*" >&2; exit 1; }

[[ -f "$dist/index.html" ]] || fail "console/dist is not built: mvn -B -DskipTests -pl console package"
command -v aws >/dev/null || fail "the AWS CLI is required"

output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}

bucket="$(output ConsoleBucketName)"
distribution="$(output ConsoleDistributionId)"
api="$(output ApiUrl)"
domain="$(output StaffSignInDomain)"
client="$(output StaffUserPoolClientId)"
console="$(output ConsoleUrl)"
[[ -n "$bucket" && "$bucket" != None ]] || fail "stack $stack has no ConsoleBucketName output; deploy template.yaml first"

# Hashed assets never change under their name: cached for a year. Everything else is read afresh.
aws s3 sync "$dist/assets" "s3://$bucket/assets" --delete --cache-control "public, max-age=31536000, immutable"
aws s3 sync "$dist" "s3://$bucket" --delete --exclude "assets/*" --exclude "config.json" --cache-control "no-cache"

config="$(mktemp)"
trap 'rm -f "$config"' EXIT
printf '{"apiBaseUrl":"%s","cognito":{"domain":"%s","clientId":"%s"}}\n' "$api" "$domain" "$client" >"$config"
aws s3 cp "$config" "s3://$bucket/config.json" --content-type application/json --cache-control "no-cache"

aws cloudfront create-invalidation --distribution-id "$distribution" --paths "/index.html" "/config.json" "/" >/dev/null
echo "deploy-console: $console serves the console ($(cat "$dist/size.txt"))"
