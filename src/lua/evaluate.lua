-- wezfleet's offline check of a WezTerm config. Returns a function
--   evaluate(source, chunkname, home, hostname, stub_source) -> report
-- that compiles the source as Lua 5.4 and, where it can, runs it in a sandbox against the stub
-- wezterm module, then reports the tuned keys' effective values. The report is one record per line,
-- fields separated by tabs, with \ tab and newline escaped, so every Lua driver can hand it back.
local KEYS = {
  "scrollback_lines", "mux_output_parser_buffer_size", "mux_output_parser_coalesce_delay_ms",
  "ratelimit_mux_line_prefetches_per_second", "shape_cache_size", "line_state_cache_size",
  "line_quad_cache_size", "line_to_ele_shape_cache_size", "glyph_cache_image_cache_size",
}
-- Also reported (for the test fleet's mux stand-in): keys that decide how a mux treats its panes.
local EXTRA_KEYS = { "exit_behavior", "automatically_reload_config" }
local UNAVAILABLE = "[wezfleet-unavailable] "
local INSTRUCTION_LIMIT_MILLIONS = 50

local function escape(s)
  return (tostring(s):gsub("\\", "\\\\"):gsub("\t", "\\t"):gsub("\r", "\\r"):gsub("\n", "\\n"))
end

local function sandbox(wezterm, home)
  local env = {}
  for _, name in ipairs({ "assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "select",
    "tonumber", "tostring", "type", "rawequal", "rawget", "rawset", "rawlen", "setmetatable",
    "getmetatable", "_VERSION" }) do
    env[name] = _G[name]
  end
  local function unavailable(what)
    return function() error(UNAVAILABLE .. what .. " is not available to the offline check", 2) end
  end
  env.print = function() end
  env.string, env.table, env.math, env.utf8, env.coroutine = string, table, math, utf8, coroutine
  env.os = {
    time = os.time, clock = os.clock, date = os.date, difftime = os.difftime,
    getenv = function(name) if name == "HOME" then return home end return nil end,
    execute = unavailable("os.execute"), exit = unavailable("os.exit"),
    remove = unavailable("os.remove"), rename = unavailable("os.rename"),
  }
  env.io = {
    open = function() return nil, "files are not read by wezfleet's offline check" end,
    lines = unavailable("io.lines"), popen = unavailable("io.popen"),
    write = function() end, read = function() return nil end,
  }
  local loaded = { wezterm = wezterm }
  env.package = { loaded = loaded, path = "", cpath = "" }
  env.require = function(name)
    if loaded[name] ~= nil then return loaded[name] end
    error(UNAVAILABLE .. ("module '%s' is not available to the offline check"):format(tostring(name)), 2)
  end
  env.load = function(chunk, name, _, chunk_env)
    if type(chunk) ~= "string" then error(UNAVAILABLE .. "load() of a function is not available to the offline check", 2) end
    return load(chunk, name, "t", chunk_env or env)
  end
  env.dofile, env.loadfile = unavailable("dofile"), unavailable("loadfile")
  env._G = env
  return env
end

return function(source, chunkname, home, hostname, stub_source)
  local out = {}
  local function record(...)
    local fields = { ... }
    for i = 1, #fields do fields[i] = escape(fields[i]) end
    out[#out + 1] = table.concat(fields, "\t")
  end

  local logs = {}
  local used = {}
  local make_wezterm = assert(load(stub_source, "=wezterm-stub.lua", "t"))()
  local wezterm = make_wezterm({
    home = home, hostname = hostname, config_file = chunkname,
    log = function(level, message) logs[#logs + 1] = { level, message } end,
    -- What the result may depend on beyond the text, chunkname and home (for caching by text).
    used = function(what) used[what] = true end,
  })
  local env = sandbox(wezterm, home)

  local fn, compile_err = load(source, "=" .. chunkname, "t", env)
  if not fn then
    record("status", "compile-error")
    record("error", compile_err)
    return table.concat(out, "\n")
  end

  local ticks = 0
  debug.sethook(function()
    ticks = ticks + 1
    if ticks > INSTRUCTION_LIMIT_MILLIONS then error(UNAVAILABLE .. "it ran past " .. INSTRUCTION_LIMIT_MILLIONS .. " million instructions", 2) end
  end, "", 1000000)
  local ok, result = pcall(fn)
  debug.sethook()
  if used.hostname then record("uses", "hostname") end

  for _, entry in ipairs(logs) do record("log", entry[1], entry[2]) end
  if not ok then
    local message = tostring(result)
    local what = message:match("%[wezfleet%-unavailable%] (.*)$")
    if what then
      record("status", "unsupported")
      record("error", what)
    else
      record("status", "runtime-error")
      record("error", message)
    end
    return table.concat(out, "\n")
  end
  if type(result) ~= "table" then
    record("status", "not-a-table")
    record("error", "the config returned " .. type(result) .. ", not a table")
    return table.concat(out, "\n")
  end
  record("status", "ok")
  for _, list in ipairs({ KEYS, EXTRA_KEYS }) do
    for _, key in ipairs(list) do
      local value = result[key]
      local kind = math.type(value) or type(value)
      record("value", key, kind, value == nil and "" or tostring(value))
    end
  end
  return table.concat(out, "\n")
end
