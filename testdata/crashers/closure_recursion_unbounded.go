// Fuzz find (libFuzzer 'run', 20 s timeout): exponential recursion through a
// func value never spent the time-slice budget, so --max-steps could not
// stop it.
// Tests: a recursive closure declared with var.
package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	apply := func(f func(int) int, xs ...int) (out []int) {
		for _, x := range xs {
			out = append(out, f(x))
		}
		return
	}
	fmt.Println(apply(fib, 1, 5, 50))
}
