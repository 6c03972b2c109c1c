-- fib: programs/fib.go's algorithm in Lua 5.4, printing the same line
-- (a global function, called by name as Go calls main.fib).
function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

local n = 37
print(string.format("fib %d = %d", n, fib(n)))
