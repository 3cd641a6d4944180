-- POST /login as u<i> with the shared password, i cycling over the accounts given after "--": <first> <last>
-- <password>. The visitor's CSRF token is a double-submit cookie, so one fixed token serves every request.
local token = "benchbenchbenchbenchbenchbenchbenchbench123"
local first, last, password, i

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  first = tonumber(args[1]); last = tonumber(args[2]); password = args[3]
  i = first + math.random(last - first)
end

request = function()
  repeat
    i = i + 1
    if i > last then i = first end
  until i % 4 ~= 0   -- members with id % 4 = 0 have no account
  local body = "_csrf=" .. token .. "&userId=u" .. i .. "&password=" .. encode(password)
  return wrk.format("POST", "/login", {
    ["Cookie"] = "kennin_csrf=" .. token,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

-- Only a 303 to /home (or /terms) is a login; a refusal is a 303 back to /login (post/redirect/get) or a 503.
local threads = {}
setup = function(thread) table.insert(threads, thread) end
ok, refused = 0, 0
response = function(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  if status == 303 and (location:find("/home") or location:find("/terms")) then ok = ok + 1 else refused = refused + 1 end
end

done = function(summary, latency, requests)
  local o, r = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); r = r + t:get("refused") end
  io.write(string.format("logins 303: %d, refused: %d, %.1f logins/s\n", o, r, o / (summary.duration / 1e6)))
  io.write(string.format("p50 %.1f ms, p95 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
