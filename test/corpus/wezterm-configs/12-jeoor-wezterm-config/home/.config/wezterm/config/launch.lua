local wezterm = require("wezterm")
local nf = wezterm.nerdfonts
local platform = require("utils.platform")

local options = { default_prog = {}, launch_menu = {} }

if platform.is_win then
  options.default_prog = { "nu" }
  options.launch_menu = {
    { label = nf.cod_terminal .. " Nushell", args = { "nu" } },
    { label = nf.cod_terminal_powershell .. " Pwsh", args = { "pwsh", "-nologo" } },
    { label = nf.cod_terminal_powershell .. " PowerShell", args = { "powershell", "-nologo" } },
    { label = nf.cod_terminal_cmd .. " Cmd", args = { "cmd", "/k" } },
    { label = nf.fa_linux .. " GitBash", args = { "D:/Scoop/apps/git/current/bin/bash.exe" } },
    { label = nf.cod_terminal .. " MSYS2 UCRT", args = { "cmd", "/c", "D:/msys64/msys2_shell.cmd -defterm -here -no-start -ucrt64" } },
  }
elseif platform.is_mac then
  options.default_prog = { "/opt/homebrew/bin/nu", "-l" }
  options.launch_menu = {
    { label = nf.cod_terminal .. " Nushell", args = { "/opt/homebrew/bin/nu", "-l" } },
    { label = nf.cod_terminal_bash .. " Bash", args = { "bash", "-l" } },
    { label = nf.cod_terminal_zsh .. " Zsh", args = { "zsh", "-l" } },
    { label = nf.cod_terminal .. " Fish", args = { "/opt/homebrew/bin/fish", "-l" } },
  }
elseif platform.is_linux then
  options.default_prog = { "nu" }
  options.launch_menu = {
    { label = nf.cod_terminal .. " Nushell", args = { "nu" } },
    { label = nf.cod_terminal_bash .. " Bash", args = { "bash", "-l" } },
    { label = nf.cod_terminal_zsh .. " Zsh", args = { "zsh", "-l" } },
    { label = nf.cod_terminal .. " Fish", args = { "fish", "-l" } },
  }
end

return options
