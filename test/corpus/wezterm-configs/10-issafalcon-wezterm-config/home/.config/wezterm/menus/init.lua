local launchmenu = require("menus.launchmenu")
local menus = {}

function menus.apply_to_config(config)
	launchmenu.apply_to_config(config)
end

return menus
