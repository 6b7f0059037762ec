local wez = require('wezterm')
return {
  inactive_tab_left = wez.format({
    { Background = { Color = '#0b0022' } },
    { Foreground = { Color = '#1b1032' } },
  }),
}
