-- wrk request generator for bench/api/run.sh. QUERY picks the request: patient | actionable | summary, each either as
-- GraphQL (SIDE=graphql, POST /graphql) or as the plain-SQL reference (SIDE=sql, GET /sql/...). Patients and genes
-- rotate, from the files run.sh writes, so that neither side answers one cached row.
local query, side, key = os.getenv("QUERY"), os.getenv("SIDE"), os.getenv("API_KEY")
local dir = os.getenv("BENCH_DIR")

local function lines(path)
  local t = {}
  for l in io.lines(path) do if l ~= "" then t[#t + 1] = l end end
  return t
end

local ids, genes = lines(dir .. "/patients.txt"), lines(dir .. "/genes.txt")
local tier, tierRank = "II-B", 4
local gql = {
  patient = [[query P($id: ID!) { patient(id: $id) { id sex birthYear tumorType diagnosisDate site arm osDays osEvent bestOverallResponse
    samples { id collectionDate specimenSite tumorCellularity assay genomeBuild tmb msiStatus
      mutations { gene genomeBuild chromosome position ref alt consequence transcriptId hgvsc hgvsp exon vaf depth altCount filter }
      copyNumberAlterations { gene state stateName log2Ratio copyNumber }
      fusions { gene5 gene3 name breakpoint5 breakpoint3 supportingReads }
      actionableAlterations { gene alteration kind escatTier oncokbLevel evidenceScope best countsAsActionable drugs evidence pmids rule kbVersion vaf } }
    therapyLines { lineNumber regimen drugs startDate endDate reasonStopped bestResponse progressionDate matched matchedAlteration pfsDays pfsEvent pfsRatio }
    followUp { date kind ecog } } }]],
  actionable = [[query A($gene: String, $tier: String) { actionableAlterations(filter: {gene: $gene, tierAtMost: $tier}, first: 100) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { patientId sampleId gene alteration kind escatTier oncokbLevel evidenceScope drugs evidence pmids kbVersion vaf } } } }]],
  summary = [[{ trialSummary { enrolled kbVersion
    completeProfile { count denominator proportion ci95Low ci95High } actionable { count denominator proportion ci95Low ci95High }
    matchedTherapy { count denominator proportion ci95Low ci95High } pfsRatioAtLeast1_3 { count denominator proportion ci95Low ci95High } } }]],
}

local function json_string(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n') .. '"'
end

local n = 0
request = function()
  n = n + 1
  if side == "sql" then
    if query == "patient" then return wrk.format("GET", "/sql/patient?id=" .. ids[n % #ids + 1]) end
    if query == "actionable" then
      return wrk.format("GET", "/sql/actionable?gene=" .. genes[n % #genes + 1] .. "&tierRank=" .. tierRank .. "&first=100")
    end
    return wrk.format("GET", "/sql/summary")
  end
  local variables = "{}"
  if query == "patient" then variables = '{"id":' .. json_string(ids[n % #ids + 1]) .. '}' end
  if query == "actionable" then variables = '{"gene":' .. json_string(genes[n % #genes + 1]) .. ',"tier":"' .. tier .. '"}' end
  local body = '{"query":' .. json_string(gql[query]) .. ',"variables":' .. variables .. '}'
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end

-- A non-200 answer, or a GraphQL answer with errors, would make the figures meaningless: count them.
bad = 0
local threads = {}
setup = function(thread) threads[#threads + 1] = thread end
response = function(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    bad = bad + 1
    if bad == 1 then io.stderr:write("first bad response (" .. status .. "): " .. body:sub(1, 300) .. "\n") end
  end
end

done = function(summary, latency, requests)
  local wrong = 0
  for _, t in ipairs(threads) do wrong = wrong + t:get("bad") end
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p90=%.2f p99=%.2f errors=%d wrong=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, wrong))
end
