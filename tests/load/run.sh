#!/usr/bin/env bash
# Load figures for the two webhook endpoints: publishes the host in Release, starts it on 127.0.0.1 with throwaway
# test credentials, and runs wrk with correctly signed requests against POST /slack/commands and
# POST /discord/interactions. Fails (exit 1) when any response is not 2xx, or when a wrongly signed request does not
# get 401. Run by hand (not part of `dotnet test`): tests/load/run.sh [--duration 10] [--soak 180].
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: tests/load/run.sh [options]
  --duration SECONDS   length of each wrk run (default 10)
  --runs N             wrk runs per endpoint; the report gives each run and the median (default 2)
  --warmup SECONDS     an unreported wrk run per endpoint first, so JIT tiering is done (default 5)
  --threads N          wrk threads (default 2)
  --connections N      wrk connections (default 32)
  --soak SECONDS       afterwards, load both endpoints for SECONDS and report the host's RSS before and after
  --publish-dir DIR    publish into DIR (default: a temporary directory)
  --no-publish         reuse the build already in --publish-dir
  --endpoint NAME      only "slack" or "discord" (default both)
  --keep-running       leave the host up after the runs (for dotnet-trace/dotnet-counters); Ctrl+C stops it
  Extra host settings: LOAD_HOST_ARGS="--Answering:Encoder=none" tests/load/run.sh
USAGE
}

duration=10 runs=2 warmup=5 threads=2 connections=32 soak=0 publish_dir="" publish=1 only="" keep=0
while (($#)); do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --soak) soak="$2"; shift 2 ;;
    --publish-dir) publish_dir="$2"; shift 2 ;;
    --no-publish) publish=0; shift ;;
    --endpoint) only="$2"; shift 2 ;;
    --keep-running) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

for tool in dotnet wrk openssl curl python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (wrk: apt-get install wrk)" >&2; exit 2; }
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d -t articlebot-load.XXXXXX)"
[[ -n "$publish_dir" ]] || publish_dir="$work/publish"
host_pid=""

cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill -TERM "$host_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$host_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

if ((publish)); then
  echo "== dotnet publish src/Bot.Host -c Release -o $publish_dir"
  dotnet publish "$root/src/Bot.Host" -c Release -o "$publish_dir" -nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
fi
[[ -f "$publish_dir/articlebot.dll" ]] || { echo "no articlebot.dll in $publish_dir" >&2; exit 1; }

# Throwaway credentials, generated per run and never printed.
slack_secret="$(openssl rand -hex 32)"
openssl genpkey -algorithm ed25519 -out "$work/discord.pem" 2>/dev/null
discord_public="$(openssl pkey -in "$work/discord.pem" -pubout -outform DER | tail -c 32 | od -An -tx1 -v | tr -d ' \n')"

port="$(free_port)"
# Nothing listens here: outbound Slack and Discord API calls (auth.test at start) fail fast on 127.0.0.1.
dead_port="$(free_port)"
base="http://127.0.0.1:$port"

echo "== starting the host on $base"
(
  cd "$publish_dir"
  export ASPNETCORE_URLS="$base" DOTNET_ENVIRONMENT=Production
  export Slack__BotToken="xoxb-load-test-dummy" Slack__SigningSecret="$slack_secret"
  export Slack__ApiBaseUrl="http://127.0.0.1:$dead_port/api/"
  export Discord__PublicKey="$discord_public" Discord__ApiBaseUrl="http://127.0.0.1:$dead_port/api/v10" Discord__Gateway=false
  # The load is one user asking the same question: per-user rate limits would (rightly) refuse most of it.
  export RateLimits__Enabled=false
  # shellcheck disable=SC2086 # LOAD_HOST_ARGS is a list of --Section:Key=value settings
  exec dotnet articlebot.dll ${LOAD_HOST_ARGS:-}
) >"$work/host.log" 2>&1 &
host_pid=$!

for _ in $(seq 600); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "the host exited:" >&2; cat "$work/host.log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS "$base/healthz" >/dev/null || { echo "no /healthz after 60 s" >&2; cat "$work/host.log" >&2; exit 1; }
# `dotnet articlebot.dll` is exec'd, so $host_pid is the host itself (RSS below is the host's).
echo "   host pid $host_pid, healthy"

slack_body='token=legacy-dummy&team_id=T0LOAD&team_domain=load&channel_id=C0LOAD&channel_name=general&user_id=U0LOAD&user_name=load&command=%2Farticle&text=who+Zhao+Lijian&api_app_id=A0LOAD&response_url=http%3A%2F%2F127.0.0.1%3A'"$dead_port"'%2Fhook&trigger_id=1.2.3'
discord_body='{"type":2,"id":"786008729715212338","application_id":"771825006014889900","token":"load-test-token","channel_id":"645027906669510667","guild_id":"290926798626357999","member":{"user":{"id":"53908232506183680","username":"load"}},"data":{"id":"771825006014889984","name":"who","type":1,"options":[{"type":3,"name":"person","value":"Zhao Lijian"}]}}'
printf '%s' "$slack_body" >"$work/slack.body"
printf '%s' "$discord_body" >"$work/discord.body"

# Signs both requests with a fresh timestamp; the verifiers allow five minutes of skew, so sign before each run.
# The *.bad-headers carry well-formed signatures of another body (the real one with "x" appended), which must get 401.
sign_into() {
  local ts="$1" tamper="$2" suffix="$3"
  local slack_sig discord_sig
  slack_sig="$(printf 'v0:%s:%s%s' "$ts" "$slack_body" "$tamper" | openssl dgst -sha256 -hmac "$slack_secret" -hex | sed 's/^.*= *//')"
  printf 'Content-Type: application/x-www-form-urlencoded\nX-Slack-Request-Timestamp: %s\nX-Slack-Signature: v0=%s\n' \
    "$ts" "$slack_sig" >"$work/slack.$suffix"
  printf '%s%s%s' "$ts" "$discord_body" "$tamper" >"$work/discord.signed"
  discord_sig="$(openssl pkeyutl -sign -inkey "$work/discord.pem" -rawin -in "$work/discord.signed" | od -An -tx1 -v | tr -d ' \n')"
  printf 'Content-Type: application/json\nX-Signature-Timestamp: %s\nX-Signature-Ed25519: %s\n' \
    "$ts" "$discord_sig" >"$work/discord.$suffix"
}
sign() {
  local ts
  ts="$(date +%s)"
  sign_into "$ts" "" headers
  sign_into "$ts" x bad-headers
}

path_of() { [[ "$1" == slack ]] && echo /slack/commands || echo /discord/interactions; }

failed=0

# One signed request by curl first, so a broken set-up shows its answer rather than a wall of wrk errors.
sign
for endpoint in slack discord; do
  status="$(curl -sS -o "$work/$endpoint.answer" -w '%{http_code}' -X POST "$base$(path_of "$endpoint")" \
    -H @"$work/$endpoint.headers" --data-binary @"$work/$endpoint.body")"
  if [[ "$status" != 2* ]]; then
    echo "FAIL: a correctly signed $endpoint request got $status: $(head -c 300 "$work/$endpoint.answer")" >&2
    failed=1
  else
    echo "   signed $endpoint request: $status, $(wc -c <"$work/$endpoint.answer") bytes: $(head -c 120 "$work/$endpoint.answer")..."
  fi
  # The same body with a signature of another body must be refused.
  status="$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$base$(path_of "$endpoint")" \
    -H @"$work/$endpoint.bad-headers" --data-binary @"$work/$endpoint.body")"
  if [[ "$status" != 401 ]]; then
    echo "FAIL: a wrongly signed $endpoint request got $status, not 401" >&2
    failed=1
  else
    echo "   wrongly signed $endpoint request: 401"
  fi
done
((failed == 0)) || exit 1

# The host's user+system CPU time in clock ticks (fields 14 and 15 of /proc/<pid>/stat).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$host_pid/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

# run_wrk ENDPOINT SECONDS EXPECT HEADERS-FILE -> prints wrk's LOAD line and the host's CPU time per request
# (req/s depends on whatever else the machine runs; CPU per request much less); returns 1 when a response was wrong.
run_wrk() {
  local endpoint="$1" seconds="$2" expect="$3" headers="$4" out before_ticks after_ticks
  before_ticks="$(cpu_ticks)"
  out="$(LOAD_BODY="$work/$endpoint.body" LOAD_HEADERS="$headers" LOAD_EXPECT="$expect" \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/signed-post.lua" "$base$(path_of "$endpoint")")"
  after_ticks="$(cpu_ticks)"
  echo "$out" >>"$work/wrk.log"
  local line requests
  line="$(grep '^LOAD requests=' <<<"$out")"
  requests="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")"
  line="$line host_cpu_us_per_request=$(( (after_ticks - before_ticks) * 1000000 / ticks_per_second / (requests > 0 ? requests : 1) ))"
  echo "$line"
  grep '^LOAD first wrong' <<<"$out" >&2 || true
  [[ "$line" =~ wrong=0\ socket_errors=0\  ]]
}

field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$2"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A short wrk run with a wrong signature: every response must be 401.
for endpoint in slack discord; do
  [[ -z "$only" || "$only" == "$endpoint" ]] || continue
  echo "== $endpoint, wrong signature, 2 s: every response must be 401"
  run_wrk "$endpoint" 2 401 "$work/$endpoint.bad-headers" || { echo "FAIL: not every wrongly signed $endpoint request got 401" >&2; failed=1; }
done

declare -A summary
for endpoint in slack discord; do
  [[ -z "$only" || "$only" == "$endpoint" ]] || continue
  echo "== $endpoint: POST $(path_of "$endpoint"), wrk -t$threads -c$connections -d${duration}s, $runs runs"
  if ((warmup > 0)); then
    sign
    run_wrk "$endpoint" "$warmup" 2xx "$work/$endpoint.headers" >/dev/null || { echo "FAIL: $endpoint warm-up had responses that were not 2xx" >&2; failed=1; }
  fi
  lines=()
  for run in $(seq "$runs"); do
    sign
    # Other work on the machine skews the figures; the load average beside each run shows when it did.
    load="$(cut -d' ' -f1 /proc/loadavg)"
    if line="$(run_wrk "$endpoint" "$duration" 2xx "$work/$endpoint.headers")"; then
      echo "   run $run (load average $load before): $line"
    else
      echo "   run $run (load average $load before): $line" >&2
      echo "FAIL: $endpoint had responses that were not 2xx, or socket errors" >&2
      failed=1
    fi
    lines+=("$line")
  done
  rps="$(for l in "${lines[@]}"; do field rps "$l"; done | median)"
  p50="$(for l in "${lines[@]}"; do field p50_us "$l"; done | median)"
  p99="$(for l in "${lines[@]}"; do field p99_us "$l"; done | median)"
  cpu="$(for l in "${lines[@]}"; do field host_cpu_us_per_request "$l"; done | median)"
  summary[$endpoint]="$(printf '%-8s median of %s: %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   host CPU %4.0f us/request' \
    "$endpoint" "$runs" "$rps" "$(bc -l <<<"$p50/1000")" "$(bc -l <<<"$p99/1000")" "$cpu")"
done

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$host_pid/status"; }

if ((soak > 0)); then
  echo "== soak: ${soak} s on both endpoints at once (wrk -t1 -c$((connections / 2)) each)"
  sign
  before="$(rss_kb)"
  echo "   RSS before: $((before / 1024)) MB"
  soak_threads="$threads" soak_connections="$connections"
  threads=1 connections=$((soak_connections / 2))
  run_wrk slack "$soak" 2xx "$work/slack.headers" >"$work/soak.slack" &
  slack_wrk=$!
  run_wrk discord "$soak" 2xx "$work/discord.headers" >"$work/soak.discord" &
  discord_wrk=$!
  wait "$slack_wrk" || failed=1
  wait "$discord_wrk" || failed=1
  threads="$soak_threads" connections="$soak_connections"
  after="$(rss_kb)"
  echo "   slack:   $(cat "$work/soak.slack")"
  echo "   discord: $(cat "$work/soak.discord")"
  echo "   RSS after:  $((after / 1024)) MB (before $((before / 1024)) MB, change $(((after - before) / 1024)) MB)"
  summary[soak]="$(printf 'soak     %s s: RSS %d MB before, %d MB after' "$soak" $((before / 1024)) $((after / 1024)))"
fi

echo "== summary (wrk -t$threads -c$connections -d${duration}s, host and wrk on the same machine)"
for key in slack discord soak; do
  [[ -n "${summary[$key]:-}" ]] && echo "   ${summary[$key]}"
done
# auth.test at start fails by design (nothing listens on the API port); any other error is worth a look.
if grep -E '(fail|crit): ' "$work/host.log" | grep -vq 'SlackIdentityService\[5025\]'; then
  echo "   the host logged errors:" >&2
  grep -E '(fail|crit): ' "$work/host.log" | grep -v 'SlackIdentityService\[5025\]' | sort | uniq -c | head >&2
fi

if ((keep)); then
  sign
  echo "== host left running on $base (pid $host_pid); signed request files in $work (fresh for 5 minutes). Ctrl+C stops it."
  wait "$host_pid" || true
fi

if ((failed)); then
  echo "FAILED" >&2
  exit 1
fi
echo "OK: every signed request got 2xx and every wrongly signed one 401"
