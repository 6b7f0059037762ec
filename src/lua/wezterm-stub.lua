-- A stand-in for WezTerm's `wezterm` Lua module as wezterm-mux-server sees it: no `gui` module (it is
-- nil there), GUI events that never fire, log functions that record what they are given, the host's
-- own name and directories, and a placeholder for everything it cannot know. A placeholder works as
-- a value in a table, can be indexed, called, concatenated and printed; where a config leans on what
-- the real value would be (arithmetic, comparison, its length or type, a command's output, a
-- directory listing) the stub says so through opts.unsure, so that a failure after that point is
-- reported as "maybe the check's stand-in", never as a sure failure of the config.
-- Returns a constructor: make_wezterm(opts) -> wezterm, is_placeholder, where opts has home,
-- hostname, config_file, log(level, message), used(what), unsure(reason), gui().
local setmetatable, getmetatable, select, type, rawequal = setmetatable, getmetatable, select, type, rawequal
local concat, unpack, tostring, format = table.concat, table.unpack, tostring, string.format

return function(opts)
  local placeholders = setmetatable({}, { __mode = "k" })
  local function is_placeholder(v) return placeholders[v] ~= nil end
  local unsure = opts.unsure

  local placeholder
  local function leaned(path, how)
    return function(...)
      unsure(format("a value from %s was used %s", path, how))
      return placeholder(path .. "?")
    end
  end
  placeholder = function(path)
    local p = setmetatable({}, {
      -- An integer key is nil, so that ipairs over a placeholder ends at once.
      __index = function(_, key)
        if type(key) == "number" then
          unsure(format("%s was indexed by number", path))
          return nil
        end
        return placeholder(path .. "." .. tostring(key))
      end,
      __call = function() return placeholder(path .. "()") end,
      __tostring = function() return path end,
      __concat = function(a, b)
        local sa = placeholders[a] and placeholders[a] or tostring(a)
        local sb = placeholders[b] and placeholders[b] or tostring(b)
        return sa .. sb
      end,
      __len = function() unsure(format("the length of %s was used", path)) return 0 end,
      __lt = function() unsure(format("%s was compared", path)) return false end,
      __le = function() unsure(format("%s was compared", path)) return false end,
      __add = leaned(path, "in arithmetic"), __sub = leaned(path, "in arithmetic"),
      __mul = leaned(path, "in arithmetic"), __div = leaned(path, "in arithmetic"),
      __mod = leaned(path, "in arithmetic"), __pow = leaned(path, "in arithmetic"),
      __unm = leaned(path, "in arithmetic"), __idiv = leaned(path, "in arithmetic"),
      __band = leaned(path, "in arithmetic"), __bor = leaned(path, "in arithmetic"),
      __bxor = leaned(path, "in arithmetic"), __shl = leaned(path, "in arithmetic"),
      __shr = leaned(path, "in arithmetic"), __bnot = leaned(path, "in arithmetic"),
    })
    placeholders[p] = path
    return p
  end

  local function logger(level)
    return function(...)
      local parts = {}
      for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
      opts.log(level, concat(parts, " "))
    end
  end
  -- What the mux would ask the host for: a command's output, a directory's entries, ~/.ssh/config.
  local function from_host(what, ...)
    local answer = { ... }
    local n = select("#", ...)
    return function()
      unsure(what .. " is not run or read by the check")
      return unpack(answer, 1, n)
    end
  end

  local config_dir = (opts.config_file or ""):match("^(.*)/[^/]*$") or opts.home
  local w = {
    log_info = logger("INFO"),
    log_warn = logger("WARN"),
    log_error = logger("ERROR"),
    config_builder = function() return {} end,
    -- Events are registered, never fired: the GUI ones never fire in a mux server at all.
    on = function() end,
    emit = function() return false end,
    add_to_config_reload_watch_list = function() end,
    home_dir = opts.home,
    config_dir = config_dir,
    config_file = opts.config_file,
    GLOBAL = {},
    hostname = function()
      if opts.used then opts.used("hostname") end
      return opts.hostname
    end,
    running_under_wsl = function() return false end,
    target_triple = "x86_64-unknown-linux-gnu",
    glob = from_host("wezterm.glob", {}),
    read_dir = from_host("wezterm.read_dir", {}),
    enumerate_ssh_hosts = from_host("wezterm.enumerate_ssh_hosts", {}),
    default_ssh_domains = from_host("wezterm.default_ssh_domains", {}),
    default_wsl_domains = function() return {} end,
    run_child_process = from_host("wezterm.run_child_process", false, "", ""),
    background_child_process = from_host("wezterm.background_child_process"),
    shell_join_args = function(args) return concat(args, " ") end,
    plugin = {
      require = function(url)
        unsure(format("the plugin %s is not fetched by the check", tostring(url)))
        return placeholder("plugin(" .. tostring(url) .. ")")
      end,
      list = from_host("wezterm.plugin.list", {}),
      update_all = function() end,
    },
  }
  -- Known only on the host itself; a value the config compares or branches on.
  local unknown = { version = true, executable_dir = true }
  local wezterm = setmetatable(w, {
    __index = function(_, key)
      if key == "gui" then
        -- The mux server has no GUI module: nil, as WezTerm's own docs say.
        opts.gui()
        return nil
      end
      if unknown[key] then unsure("wezterm." .. key .. " is not known to the check") end
      return placeholder("wezterm." .. tostring(key))
    end,
  })
  return wezterm, is_placeholder, function(v) return placeholders[v] end
end
