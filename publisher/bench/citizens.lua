-- wrk script of the load benchmark (publisher/bench/run-load.sh): replays a file of request paths in a loop, each
-- thread from its own offset, and stops a thread after its share of the request budget.
--   wrk -s citizens.lua URL -- PATHS_FILE REQUESTS_PER_THREAD
-- Prints one RESULT line: requests, seconds, latency p50/p99 (ms), errors (connect, read, write, timeout, HTTP >= 400,
-- WMS exceptions)
-- and cache results: nginx's X-Cache-Status, else GeoWebCache's geowebcache-cache-result; HIT among those answered.

local threads = {}
local next_id = 0

function setup(thread)
    thread:set("id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    for line in io.lines(args[1]) do
        if line ~= "" then
            paths[#paths + 1] = line
        end
    end
    budget = tonumber(args[2]) or 0
    position = (id * 7919) % #paths
    answered, hits, cacheable, bad = 0, 0, 0, 0
end

function request()
    position = position % #paths + 1
    return wrk.format("GET", paths[position])
end

function response(status, headers, body)
    answered = answered + 1
    if status >= 400 then
        bad = bad + 1
    end
    local front, tile
    for name, value in pairs(headers) do
        local key = string.lower(name)
        -- a WMS 1.1.1 exception comes with status 200 and this type: GeoServer refused the request
        if key == "content-type" and string.find(value, "se_xml", 1, true) and status < 400 then
            bad = bad + 1
        end
        if key == "x-cache-status" then
            front = value
        elseif key == "geowebcache-cache-result" then
            tile = value
        end
    end
    -- behind nginx its own verdict counts (the GeoWebCache header it kept is the first fetch's); BYPASS: never cached
    local verdict = front or tile
    if verdict ~= nil and verdict ~= "BYPASS" then
        cacheable = cacheable + 1
        if verdict == "HIT" then
            hits = hits + 1
        end
    end
    if budget > 0 and answered >= budget then
        wrk.thread:stop()
    end
end

function done(summary, latency, requests)
    local h, c, b = 0, 0, 0
    for _, thread in ipairs(threads) do
        h = h + thread:get("hits")
        c = c + thread:get("cacheable")
        b = b + thread:get("bad")
    end
    local e = summary.errors
    io.write(string.format("RESULT requests=%d elapsed=%.3f p50_ms=%.2f p99_ms=%.2f errors=%d http_errors=%d hits=%d cacheable=%d\n",
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        e.connect + e.read + e.write + e.timeout + b, b, h, c))
end
