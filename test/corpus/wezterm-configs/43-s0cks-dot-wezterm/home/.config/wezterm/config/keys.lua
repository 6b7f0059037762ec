local mods = require('config.mods')

return {
  -- {
  --   key = 'S',
  --   mods = 'ALT',
  --   action = require('sessionizer').show(),
  -- },
}
