local wezterm = require "wezterm"

return {
  font = wezterm.font {
    family = "JetBrains Mono",
    weight = "Regular",
  },
  font_size = 12.5,
}
