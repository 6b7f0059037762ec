local theme = require('theme_switcher')
return {
   color_scheme = theme.color_scheme,
}
