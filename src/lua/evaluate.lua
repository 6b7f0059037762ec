-- wezfleet's offline check of a WezTerm config, run as wezterm-mux-server would load it. Returns
--   evaluate(input, stub_source) -> report
-- `input` is a sequence of records, each "NAMELEN VALUELEN\n" then the name's and the value's bytes
-- (eval-input.ts writes them): source, chunkname, home, hostname, path (package.path), env:NAME,
-- file:PATH (a file the host sent: the config's modules), dump (list every key the config returns).
-- The config runs against the mux server's stub `wezterm` module, with its own copies of the
-- standard libraries and a file system that holds only the files the host sent: nothing on the
-- machine running the check is read, written or run. The report is one record per line, fields
-- separated by tabs, with \ tab and newline escaped, so that every Lua driver can hand it back.
--
-- Everything the evaluator uses after the config has run is captured here first: the config can
-- change its own copies of the libraries and the string metatable, never what the report says.
local type, next, pairs, ipairs, select, pcall, xpcall, error, tostring, tonumber =
  type, next, pairs, ipairs, select, pcall, xpcall, error, tostring, tonumber
local rawget, rawset, rawequal, rawlen, setmetatable, getmetatable, load, collectgarbage =
  rawget, rawset, rawequal, rawlen, setmetatable, getmetatable, load, collectgarbage
local sfind, ssub, sformat, sgsub, smatch, sgmatch, sbyte = string.find, string.sub, string.format, string.gsub,
  string.match, string.gmatch, string.byte
local tconcat, tsort, tunpack = table.concat, table.sort, table.unpack
local mtype = math.type
local getinfo = debug.getinfo
local string_meta = getmetatable("")

local KEYS = {
  "scrollback_lines", "mux_output_parser_buffer_size", "mux_output_parser_coalesce_delay_ms",
  "ratelimit_mux_line_prefetches_per_second", "shape_cache_size", "line_state_cache_size",
  "line_quad_cache_size", "line_to_ele_shape_cache_size", "glyph_cache_image_cache_size",
}
-- Also reported (for the test fleet's mux stand-in): keys that decide how a mux treats its panes.
local EXTRA_KEYS = { "exit_behavior", "automatically_reload_config" }
local DUMP_DEPTH = 12

local function escape(s)
  return (sgsub(sgsub(sgsub(sgsub(s, "\\", "\\\\"), "\t", "\\t"), "\r", "\\r"), "\n", "\\n"))
end

-- A value as text without running anything of the config's (no __tostring, no string metatable).
local function plain(v)
  local t = type(v)
  if t == "string" then return v end
  if t == "number" then return mtype(v) == "integer" and sformat("%d", v) or sformat("%.17g", v) end
  if t == "boolean" then return v and "true" or "false" end
  if t == "nil" then return "nil" end
  return t
end

local function decode(input)
  local fields, env, files = {}, {}, {}
  local pos, n = 1, #input
  while pos <= n do
    local nlen, vlen, body = smatch(input, "^(%d+) (%d+)\n()", pos)
    if not nlen then error("wezfleet: malformed evaluator input at byte " .. pos) end
    nlen, vlen = tonumber(nlen), tonumber(vlen)
    local name = ssub(input, body, body + nlen - 1)
    local value = ssub(input, body + nlen, body + nlen + vlen - 1)
    pos = body + nlen + vlen
    if ssub(name, 1, 4) == "env:" then env[ssub(name, 5)] = value
    elseif ssub(name, 1, 5) == "file:" then files[ssub(name, 6)] = value
    else fields[name] = value end
  end
  return fields, env, files
end

local function copy(t)
  local c = {}
  for k, v in next, t do c[k] = v end
  return c
end

-- A read-only file handle over bytes the host sent, enough of io's file methods for a config.
local function file_handle(bytes)
  local pos, closed = 1, false
  local function read_one(fmt)
    if type(fmt) == "number" then
      if pos > #bytes then return nil end
      local s = ssub(bytes, pos, pos + fmt - 1)
      pos = pos + #s
      return s
    end
    fmt = sgsub(fmt or "l", "^%*", "")
    local f = ssub(fmt, 1, 1)
    if f == "a" then
      local s = ssub(bytes, pos)
      pos = #bytes + 1
      return s
    end
    if pos > #bytes then return nil end
    if f == "n" then
      local s, e = sfind(bytes, "^%s*[-+]?[%d.xXa-fA-FpP]+", pos)
      if not s then return nil end
      pos = e + 1
      return tonumber(smatch(ssub(bytes, s, e), "%S+"))
    end
    local e = sfind(bytes, "\n", pos, true)
    local line = ssub(bytes, pos, e and (f == "L" and e or e - 1) or #bytes)
    pos = e and e + 1 or #bytes + 1
    return line
  end
  local h = {}
  function h:read(...)
    if closed then error("attempt to use a closed file", 2) end
    if select("#", ...) == 0 then return read_one("l") end
    local out = {}
    for i = 1, select("#", ...) do
      out[i] = read_one((select(i, ...)))
      if out[i] == nil then return tunpack(out, 1, i) end
    end
    return tunpack(out, 1, select("#", ...))
  end
  function h:lines(fmt) return function() return h:read(fmt or "l") end end
  function h:close() closed = true return true end
  function h:seek(whence, offset)
    whence, offset = whence or "cur", offset or 0
    pos = (whence == "set" and 0 or whence == "end" and #bytes or pos - 1) + offset + 1
    return pos - 1
  end
  function h:write() return nil, "the check writes no file" end
  function h:setvbuf() return true end
  function h:flush() return h end
  return h
end

return function(input, stub_source)
  local out = {}
  local function record(...)
    local fields = { ... }
    for i = 1, #fields do fields[i] = escape(plain(fields[i])) end
    out[#out + 1] = tconcat(fields, "\t")
  end
  local function report() return tconcat(out, "\n") end

  local fields, host_env, files = decode(input)
  local chunkname, home = fields.chunkname or "wezterm.lua", fields.home or "/"

  local logs, used, modules = {}, {}, {}
  local why_unsure, gui_read, raised
  local function unsure(reason) why_unsure = why_unsure or reason end

  local make_wezterm = assert(load(stub_source, "=wezterm-stub.lua", "t"))()
  local wezterm, is_placeholder, placeholder_path = make_wezterm({
    home = home, hostname = fields.hostname or "", config_file = chunkname,
    log = function(level, message) logs[#logs + 1] = { level, message } end,
    -- What the result may depend on beyond the input (for caching by input).
    used = function(what) used[what] = true end,
    unsure = unsure,
    gui = function() gui_read = true end,
  })

  -- The sandbox: the standard libraries WezTerm's Lua has (everything but debug), as copies.
  local env = {}
  for _, name in ipairs({ "assert", "ipairs", "next", "pairs", "pcall", "xpcall", "select", "tonumber",
    "tostring", "rawequal", "rawget", "rawset", "rawlen", "setmetatable", "getmetatable", "collectgarbage" }) do
    env[name] = _G[name]
  end
  env._VERSION = _VERSION
  env.type = function(v)
    if is_placeholder(v) then unsure("the type of " .. placeholder_path(v) .. " was used") end
    return type(v)
  end
  env.error = function(message, level)
    raised = true
    if level == nil then level = 1 end
    if type(level) == "number" and level > 0 then level = level + 1 end
    error(message, level) -- not a tail call: the level counts this function's frame
  end
  env.print = function(...)
    local parts = {}
    for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
    logs[#logs + 1] = { "INFO", tconcat(parts, "\t") }
  end
  -- A stub value handed to a library function (string.rep(x, wezterm.column_width(s))) may fail
  -- where the real value would not: such a call is noted, then made (a tail call, so that Lua's
  -- message names the config's own line).
  local function guard(name, f)
    return function(...)
      for i = 1, select("#", ...) do
        local v = select(i, ...)
        if is_placeholder(v) then
          unsure(placeholder_path(v) .. " was passed to " .. name)
          break
        end
      end
      return f(...)
    end
  end
  local function guarded(lib, prefix)
    local c = {}
    for k, v in next, lib do c[k] = type(v) == "function" and guard(prefix .. k, v) or v end
    return c
  end
  for _, name in ipairs({ "ipairs", "pairs", "next", "rawget", "rawset", "rawlen", "setmetatable", "tonumber" }) do
    env[name] = guard(name, _G[name])
  end
  env.string, env.table, env.math, env.utf8 = guarded(string, "string."), guarded(table, "table."), guarded(math, "math."), guarded(utf8, "utf8.")
  env.coroutine = copy(coroutine)
  env.string.dump = nil

  -- Paths as the host sent them: absolute, or relative to the home directory (the mux's cwd is unknown).
  local function host_path(path)
    if type(path) ~= "string" then return nil end
    if ssub(path, 1, 2) == "~/" then return home .. ssub(path, 2) end
    return path
  end
  local function host_file(path, what)
    local p = host_path(path)
    local bytes = p and files[p]
    if bytes == nil then
      unsure(sformat("%s %s was not read by the check", what, plain(path)))
      return nil
    end
    modules[p] = true
    return bytes, p
  end
  local function no_effect(what, ...)
    local answer, n = { ... }, select("#", ...)
    return function()
      unsure(what .. " is not run by the check")
      return tunpack(answer, 1, n)
    end
  end

  env.os = {
    time = os.time, clock = os.clock, date = os.date, difftime = os.difftime,
    getenv = function(name)
      used["env:" .. plain(name)] = true
      local v = host_env[name]
      -- The running mux's environment is known whole; a login's only in part.
      if v == nil and not fields.envcomplete then unsure("the environment variable " .. plain(name) .. " is not known to the check") end
      return v
    end,
    execute = no_effect("os.execute", nil, "exit", 1),
    exit = function() unsure("os.exit is not run by the check") error("os.exit called", 2) end,
    remove = no_effect("os.remove", nil, "not removed by the check"),
    rename = no_effect("os.rename", nil, "not renamed by the check"),
    tmpname = no_effect("os.tmpname", "/tmp/lua_wezfleet"),
    setlocale = function() return "C" end,
  }
  local stdout = file_handle("")
  function stdout:write() return stdout end
  env.io = {
    open = function(path, mode)
      if mode ~= nil and sfind(plain(mode), "[wa+]") then
        unsure("io.open of " .. plain(path) .. " for writing is not done by the check")
        return nil, plain(path) .. ": not written by the check", 13
      end
      local bytes = host_file(path, "the file")
      if bytes == nil then return nil, plain(path) .. ": No such file or directory", 2 end
      return file_handle(bytes)
    end,
    lines = function(path, ...)
      if path == nil then return function() return nil end end
      local bytes = host_file(path, "the file")
      if bytes == nil then error(plain(path) .. ": No such file or directory", 2) end
      local fmt = ...
      local h = file_handle(bytes)
      return function() return h:read(fmt or "l") end
    end,
    popen = no_effect("io.popen", nil, "commands are not run by the check"),
    tmpfile = no_effect("io.tmpfile", nil, "not created by the check"),
    -- The mux server's stdin is /dev/null; its stdout goes to its log.
    read = function() return nil end,
    write = function() return stdout end,
    stdin = file_handle(""), stdout = stdout, stderr = stdout,
    input = function() return env.io.stdin end, output = function() return stdout end,
    close = function() return true end,
    type = function(h) return type(h) == "table" and rawget(h, "read") and "file" or nil end,
  }

  local loaded = {
    wezterm = wezterm, string = env.string, table = env.table, math = env.math, utf8 = env.utf8,
    coroutine = env.coroutine, os = env.os, io = env.io,
  }
  local package = {
    loaded = loaded, preload = {}, cpath = "", config = "/\n;\n?\n!\n-\n",
    path = fields.path or "",
    loadlib = function() return nil, "native modules are not loaded by the check", "absent" end,
  }
  env.package, loaded.package, loaded._G = package, package, env

  -- Lua's own file search (package.searchpath) over the files the host sent.
  local function search(name, path, sep, rep)
    name = sgsub(name, sep == "" and "^$" or "%" .. (sep or "."), rep or "/")
    local tried = {}
    for template in sgmatch(path, "[^;]+") do
      local candidate = sgsub(template, "%?", (sgsub(name, "%%", "%%%%")))
      local p = host_path(candidate)
      if p and files[p] ~= nil then return p end
      tried[#tried + 1] = "\n\tno file '" .. candidate .. "'"
    end
    return nil, tconcat(tried)
  end
  package.searchpath = function(name, path, sep, rep) return search(plain(name), plain(path), sep, rep) end

  local function run_file(path, ...)
    local fn, err = load(files[path], "=" .. path, "t", env)
    if not fn then return nil, err end
    modules[path] = true
    return fn, nil, ...
  end

  env.require = function(name)
    if type(name) ~= "string" then error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2) end
    local have = loaded[name]
    if have ~= nil then return have end
    local pre = package.preload[name]
    if pre ~= nil then
      local value = pre(name, ":preload:")
      if value ~= nil then loaded[name] = value end
      if loaded[name] == nil then loaded[name] = true end
      return loaded[name], ":preload:"
    end
    local path, tried = search(name, type(package.path) == "string" and package.path or "")
    if not path then
      unsure("module '" .. name .. "' is not among the files wezfleet read from the host")
      error("module '" .. name .. "' not found:\n\tno field package.preload['" .. name .. "']" .. tried, 2)
    end
    local fn, err = run_file(path)
    if not fn then error("error loading module '" .. name .. "' from file '" .. path .. "':\n\t" .. err, 2) end
    local value = fn(name, path)
    if value ~= nil then loaded[name] = value end
    if loaded[name] == nil then loaded[name] = true end
    return loaded[name], path
  end
  env.dofile = function(path)
    if path == nil then return nil end
    local bytes, p = host_file(path, "dofile of")
    if bytes == nil then error("cannot open " .. plain(path), 2) end
    local fn, err = run_file(p)
    if not fn then error(err, 2) end
    return fn()
  end
  env.loadfile = function(path, mode, chunk_env)
    local bytes, p = host_file(path, "loadfile of")
    if bytes == nil then return nil, "cannot open " .. plain(path) end
    local fn, err = load(bytes, "=" .. p, "t", select("#", mode, chunk_env) >= 2 and chunk_env or env)
    return fn, err
  end
  env.load = function(chunk, name, mode, ...)
    if type(chunk) == "function" then
      local parts = {}
      while true do
        local piece = chunk()
        if piece == nil or piece == "" then break end
        parts[#parts + 1] = piece
      end
      chunk = tconcat(parts)
    end
    if select("#", ...) > 0 then return load(chunk, name, "t", (...)) end
    return load(chunk, name, "t", env)
  end
  env._G = env

  local fn, compile_err = load(fields.source or "", "=" .. chunkname, "t", env)
  if not fn then
    record("status", "fails")
    record("cause", "compile")
    record("error", compile_err)
    local line = smatch(compile_err, ":(%d+):")
    if line then record("line", line) end
    return report()
  end

  -- Where in the config the failing call started: the config's own line, even when the error is in a module.
  local config_source = "=" .. chunkname
  local function at_error(err)
    local line
    for level = 2, 200 do
      local info = getinfo(level, "Sl")
      if not info then break end
      if info.source == config_source and info.currentline and info.currentline > 0 then line = info.currentline break end
    end
    return { message = err, line = line }
  end

  -- The same choices on every run (a random colour scheme, say), so that every check of a config agrees.
  math.randomseed(0)
  string_meta.__index = env.string
  local ok, result = xpcall(fn, at_error)
  string_meta.__index = string

  -- The config's garbage goes before the report is built (after a memory error, it needs the room).
  collectgarbage("collect")
  local uses = {}
  for what in pairs(used) do uses[#uses + 1] = what end
  tsort(uses)
  for _, what in ipairs(uses) do record("uses", what) end
  local read = {}
  for path in pairs(modules) do
    if path ~= chunkname then read[#read + 1] = path end
  end
  tsort(read)
  for _, path in ipairs(read) do record("module", path) end
  for _, entry in ipairs(logs) do record("log", entry[1], entry[2]) end
  if gui_read then record("gui", "read") end
  if why_unsure then record("why", why_unsure) end

  if not ok then
    -- A memory error skips the handler: its message comes as it is.
    local message = type(result) == "table" and rawget(result, "message") or result
    local line = type(result) == "table" and rawget(result, "line") or nil
    local text = type(message) == "string" and message or plain(message)
    if type(message) ~= "string" and type(message) ~= "number" then
      local ok_text, t = pcall(tostring, message)
      if ok_text and type(t) == "string" then text = t end
    end
    if text == "not enough memory" then
      record("status", "limit")
      record("limit", "memory")
      return report()
    end
    local gui = gui_read and smatch(text, "attempt to %a+ a nil value %(%a+ '[^']*gui[^']*'%)")
    record("status", (gui or not why_unsure) and "fails" or "unsure")
    record("cause", gui and "gui" or "error")
    if raised then record("raised", "1") end
    record("error", text)
    if line then record("line", line) end
    return report()
  end
  if type(result) ~= "table" or is_placeholder(result) then
    local what = is_placeholder(result) and placeholder_path(result) or type(result)
    if is_placeholder(result) then unsure("the config returns " .. what .. ", which the check cannot know") end
    record("status", why_unsure and "unsure" or "fails")
    if why_unsure then record("why", why_unsure) end
    record("cause", "not-a-table")
    record("error", "the config returns " .. what .. ", not a table")
    return report()
  end
  record("status", "ok")
  -- Read as WezTerm reads the returned table: raw, without running the config's metamethods.
  for _, list in ipairs({ KEYS, EXTRA_KEYS }) do
    for _, key in ipairs(list) do
      local value = rawget(result, key)
      local kind = mtype(value) or type(value)
      if is_placeholder(value) then kind = "placeholder" end
      record("value", key, kind, value == nil and "" or kind == "placeholder" and placeholder_path(value) or plain(value))
    end
  end
  if fields.dump then
    -- Every key, for tests that compare a config before and after the block.
    local function text_of(v)
      if is_placeholder(v) then return "placeholder " .. placeholder_path(v) end
      local t = type(v)
      if t == "string" then return sformat("%q", v) end
      if t == "number" then return (mtype(v) or "number") .. " " .. plain(v) end
      return plain(v)
    end
    local function key_text(k)
      local t = type(k)
      if t == "string" then return smatch(k, "^[%a_][%w_]*$") and k or sformat("[%q]", k) end
      if t == "number" then return "[" .. plain(k) .. "]" end
      return "[" .. t .. "]"
    end
    local seen = {}
    local function walk(v, path, depth)
      if type(v) ~= "table" or is_placeholder(v) then record("dump", path, text_of(v)) return end
      if seen[v] then record("dump", path, "<cycle>") return end
      if depth > DUMP_DEPTH then record("dump", path, "<deep>") return end
      seen[v] = true
      local keys = {}
      for k in next, v do keys[#keys + 1] = k end
      tsort(keys, function(a, b)
        local ta, tb = type(a), type(b)
        if ta ~= tb then return ta < tb end
        if ta == "number" or ta == "string" then return a < b end
        return false
      end)
      if #keys == 0 then record("dump", path, "{}") end
      for _, k in ipairs(keys) do walk(rawget(v, k), path .. (path == "" and "" or ".") .. key_text(k), depth + 1) end
      seen[v] = nil
    end
    walk(result, "", 0)
  end
  return report()
end
