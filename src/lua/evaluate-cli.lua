-- Runs evaluate.lua under a stand-alone Lua 5.4:
--   lua5.4 evaluate-cli.lua EVALUATE_LUA STUB_LUA < input
-- where input is what eval-input.ts encodes (the config's source, its path, the host's files, ...).
local evaluate = dofile(arg[1])
local stub_file = assert(io.open(arg[2], "rb"))
local stub = stub_file:read("a")
stub_file:close()
io.write(evaluate(io.read("a"), stub))
