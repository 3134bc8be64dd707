-- wrk script of the page benchmark (PageBenchmark): each request takes the next address of the paths file and the
-- next Cookie header of the cookies file (one line each), so one run can spread over many signed-in sessions.
--   wrk -t2 -c50 -d60s -s sessions.lua http://localhost:8080 -- paths.txt cookies.txt
-- Answers other than 200 are counted as errors (a 302 to the sign-in page would otherwise look like a fast page).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local function lines(file)
  local read = {}
  for line in io.lines(file) do
    if line ~= "" then read[#read + 1] = line end
  end
  return read
end

function init(args)
  paths = lines(args[1])
  cookies = lines(args[2])
  -- the threads start at different sessions
  n = (id or 1) * 7919
  non200 = 0
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local cookie = cookies[(math.floor(n / #paths) % #cookies) + 1]
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local non200s = 0
  for _, thread in ipairs(threads) do non200s = non200s + thread:get("non200") end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non200=%d socket=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), non200s,
    e.connect + e.read + e.write + e.timeout))
end
