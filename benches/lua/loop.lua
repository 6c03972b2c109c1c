-- loop: programs/loop.go's algorithm in Lua 5.4 (integers, `~` is xor).
local n = 200000000
local sum, x = 0, 1
for i = 0, n - 1 do
  sum = sum + (i ~ x)
  x = x + 3
end
print(string.format("loop %d %d", n, sum))
