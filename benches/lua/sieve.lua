-- sieve: programs/sieve.go's algorithm in Lua 5.4: a table of booleans
-- indexed 0..n stands for the []bool, filled first as make() zeroes it.
local function sieve(n)
  local composite = {}
  for i = 0, n do
    composite[i] = false
  end
  local count = 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do
        composite[j] = true
      end
    end
  end
  return count
end

local n, reps, total = 2000000, 15, 0
for _ = 1, reps do
  total = total + sieve(n)
end
print(string.format("sieve %d %d %d", n, reps, total))
