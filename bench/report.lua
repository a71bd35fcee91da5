-- wrk hook: one machine-readable line per run. Only done() is defined, so wrk keeps its fast path
-- (no Lua runs per request). Socket errors and non-2xx answers are counted apart: a wrong token's 401s
-- are the expected answer, not a failure.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status, summary.requests))
end
