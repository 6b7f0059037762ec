-- A stand-in for WezTerm's `wezterm` Lua module, as the mux server sees it: no `gui` module, log
-- functions that record what they are given, and a permissive placeholder for everything else, so
-- that a config can be evaluated without WezTerm to read back the values it sets.
-- Returns a constructor: make_wezterm{ home = ..., hostname = ..., config_file = ..., log = function(level, message) }.
return function(opts)
  local function placeholder(path)
    return setmetatable({}, {
      __index = function(_, key) return placeholder(path .. "." .. tostring(key)) end,
      __call = function() return placeholder(path .. "()") end,
      __tostring = function() return path end,
      __concat = function(a, b) return tostring(a) .. tostring(b) end,
    })
  end

  local function logger(level)
    return function(...)
      local parts = {}
      for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
      opts.log(level, table.concat(parts, " "))
    end
  end

  local config_dir = (opts.config_file or ""):match("^(.*)/[^/]*$") or opts.home
  local w = {
    log_info = logger("INFO"),
    log_warn = logger("WARN"),
    log_error = logger("ERROR"),
    config_builder = function() return {} end,
    on = function() end,
    home_dir = opts.home,
    config_dir = config_dir,
    config_file = opts.config_file,
    executable_dir = "/usr/bin",
    target_triple = "x86_64-unknown-linux-gnu",
    version = "20240203-110809-5046fc22",
    hostname = function()
      if opts.used then opts.used("hostname") end
      return opts.hostname
    end,
    running_under_wsl = function() return false end,
    glob = function() return {} end,
    read_dir = function() return {} end,
    enumerate_ssh_hosts = function() return {} end,
    default_ssh_domains = function() return {} end,
    default_wsl_domains = function() return {} end,
    run_child_process = function() return false, "", "child processes are not run here" end,
    background_child_process = function() end,
    shell_join_args = function(args) return table.concat(args, " ") end,
    plugin = {
      require = function(url) error(("plugin %s is not available here"):format(url), 2) end,
    },
  }
  return setmetatable(w, {
    __index = function(_, key)
      if key == "gui" then return nil end -- the mux server has no GUI module
      return placeholder("wezterm." .. tostring(key))
    end,
  })
end
