local theme_colors = {
    bg = '#1e1f29',
    fg = '#333333',
    black = '#000000',
    gray = '#555555',
    red = '#ff5555',
    green = '#50fa7b',
    yellow = '#f1fa8c',
    purple = '#bd93f9',
    pink = '#ff79c6',
    blue = '#8be9fd',
    silver = '#bbbbbb',
    white = '#ffffff',
}

return theme_colors