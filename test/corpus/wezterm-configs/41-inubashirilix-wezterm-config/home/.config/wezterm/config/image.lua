local options = {
    enable_kitty_graphics = true,
}

return options
