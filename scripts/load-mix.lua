-- The request mix of scripts/load-test.sh: mostly questions to the JSON API (the heaviest path: embedding, retrieval,
-- answer, storage), some searches and guide pages. Prints p50/p90/p95/p99 and the error counts at the end.
local questions = {
  '{"question":"怎么起诉？"}', '{"question":"上诉期限是多少天？"}', '{"question":"诉讼费怎么交？"}',
  '{"question":"How do I appeal a judgment?"}', '{"question":"What does it cost to file a case?"}',
  '{"question":"什么是小额诉讼？"}', '{"question":"How do I apply for legal aid?"}', '{"question":"财产保全怎么申请？"}'
}
local searches = { "/api/search?q=%E4%B8%8A%E8%AF%89", "/api/search?q=appeal", "/api/search?q=%E8%AF%89%E8%AE%BC%E8%B4%B9" }
local pages = { "/guides", "/guides/filing-en", "/guides/appeal-retrial-zh", "/" }
local n = 0

request = function()
  n = n + 1
  local roll = n % 10
  if roll < 7 then
    return wrk.format("POST", "/api/ask", { ["Content-Type"] = "application/json" }, questions[(n % #questions) + 1])
  elseif roll < 9 then
    return wrk.format("GET", searches[(n % #searches) + 1])
  end
  return wrk.format("GET", pages[(n % #pages) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d read %d write %d timeout %d status %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000.0))
  end
  io.write(string.format("max %.1f ms, mean %.1f ms\n", latency.max / 1000.0, latency.mean / 1000.0))
end
