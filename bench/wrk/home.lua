-- GET /home with the session cookies listed one a line in the file given after "--" (one per logged-in member),
-- taken in turn so the requests spread over many members.
local cookies = {}
local n = 0

init = function(args)
  for line in io.lines(args[1]) do
    if #line > 0 then cookies[#cookies + 1] = line end
  end
  n = math.random(#cookies)
  path = args[2] or "/home"
end

request = function()
  n = n + 1
  return wrk.format("GET", path, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end

-- A redirect to /login means the session was lost: counted apart so the run cannot pass on login pages.
local threads = {}
setup = function(thread) table.insert(threads, thread) end
ok, lost = 0, 0
response = function(status, headers, body)
  if status == 200 then ok = ok + 1 else lost = lost + 1 end
end

done = function(summary, latency, requests)
  local o, l = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); l = l + t:get("lost") end
  io.write(string.format("pages 200: %d, other: %d\n", o, l))
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
