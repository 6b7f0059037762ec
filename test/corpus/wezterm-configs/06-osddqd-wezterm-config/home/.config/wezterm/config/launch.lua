local options = {
   default_prog = {},
   launch_menu = {},
}

options.default_prog = { 'cmd' }
options.launch_menu = {
   { label = 'Command', args = { 'cmd' } },
}

return options
