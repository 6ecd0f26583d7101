-- wrk script: POSTs one pre-signed request over and over and counts every response whose status is not the
-- expected one. run.sh writes the body and the headers (one "Name: value" a line) to files and passes their paths
-- in LOAD_BODY and LOAD_HEADERS; LOAD_EXPECT is "2xx" (the default) or an exact status such as "401".
-- Each wrk thread has its own Lua state, so done() sums the per-thread counters through thread:get().

local threads = {}

local function slurp(path)
  local file = assert(io.open(path, "rb"), "cannot open " .. tostring(path))
  local text = file:read("*a")
  file:close()
  return text
end

function setup(thread)
  table.insert(threads, thread)
end

-- Set at load time (once per thread's Lua state) and without a request() function, so wrk formats the request
-- once and sends the same bytes each time instead of calling into Lua per request.
wrong = 0
expect = os.getenv("LOAD_EXPECT") or "2xx"
wrk.method = "POST"
wrk.body = slurp(os.getenv("LOAD_BODY"))
for line in slurp(os.getenv("LOAD_HEADERS")):gmatch("[^\r\n]+") do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  if name then wrk.headers[name] = value end
end

function response(status, headers, body)
  local ok
  if expect == "2xx" then ok = status >= 200 and status < 300 else ok = status == tonumber(expect) end
  if not ok then
    wrong = wrong + 1
    if wrong == 1 then first_wrong = status .. " " .. string.sub(body or "", 1, 200) end
  end
end

function done(summary, latency, requests)
  local bad, first = 0, nil
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("wrong") or 0)
    first = first or thread:get("first_wrong")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  -- One machine-readable line for run.sh (latencies in microseconds).
  io.write(string.format("LOAD requests=%d seconds=%.2f rps=%.0f p50_us=%d p90_us=%d p99_us=%d max_us=%d wrong=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, bad, errors))
  if first then io.write("LOAD first wrong response: " .. first .. "\n") end
end
