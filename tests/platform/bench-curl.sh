#!/bin/sh
# Measures the reference platform with curl over loopback TLS: small requests per second on one
# keep-alive connection, and material upload throughput (8 MiB PUTs). Figures only; never fails on speed.
# Usage: tests/platform/bench-curl.sh BUILD_DIR [UPLOAD_MIB]
set -eu
build=${1:?usage: bench-curl.sh BUILD_DIR [UPLOAD_MIB]}
mib=${2:-128}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
certs=$work/certs
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
sh "$here/make-test-certs.sh" "$certs" > /dev/null
"$build/bin/yichuang-platform" --listen 127.0.0.1:0 --data "$work/data" --config "$here/training-config.json" \
    --tls-cert "$certs/server.pem" --tls-key "$certs/server-key.pem" > "$work/out" 2> "$work/log" &
pid=$!
i=0
until grep -q '^listening on' "$work/out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "platform did not start"; cat "$work/log"; exit 3; }
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/out")
curlx() { curl -sS --cacert "$certs/ca.pem" "$@"; }
now() { date +%s.%N; }
rate() { python3 -c "import sys; print(round(float(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2])), 1))" "$@"; }
token=$(curlx "$url/api/v1/auth/sign-in" -d '{"staffId":"a1001","password":"train-a1001"}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

n=2000
: > "$work/health"
i=0; while [ $i -lt $n ]; do printf 'url = "%s/api/v1/health"\noutput = "/dev/null"\n' "$url" >> "$work/health"; i=$((i + 1)); done
s=$(now); curlx -K "$work/health"; e=$(now)
echo "GET /api/v1/health: $(rate $n "$s" "$e") requests/s ($n on one keep-alive TLS connection)"

: > "$work/machine"
i=0; while [ $i -lt $n ]; do printf 'url = "%s/api/v1/halls"\noutput = "/dev/null"\n' "$url" >> "$work/machine"; i=$((i + 1)); done
s=$(now); curlx -H "Authorization: Bearer $token" -K "$work/machine"; e=$(now)
echo "GET /api/v1/halls (token checked): $(rate $n "$s" "$e") requests/s"

size=$((mib * 1024 * 1024))
head -c $size /dev/urandom > "$work/blob"
sha=$(sha256sum "$work/blob" | cut -d' ' -f1)
split -b 8388608 -d -a 4 "$work/blob" "$work/chunk."
: > "$work/upload"
off=0
for f in "$work"/chunk.*; do
    printf 'url = "%s/api/v1/materials/%s?offset=%s&size=%s"\nupload-file = "%s"\noutput = "/dev/null"\n' \
        "$url" "$sha" $off $size "$f" >> "$work/upload"
    off=$((off + $(stat -c %s "$f")))
done
s=$(now); curlx -H "Expect:" -H "Authorization: Bearer $token" -H "Content-Type: application/octet-stream" -K "$work/upload"; e=$(now)
echo "upload $mib MiB in 8 MiB PUTs: $(rate $((mib * 1048576 / 1000000)) "$s" "$e") MB/s (hash verified by the platform)"
cmp -s "$work/blob" "$work/data/materials/$sha" && echo "stored material is byte-identical"
