// Tests: gotos that are legal: backward over declarations, out of blocks, and forward past declarations in inner blocks.
package main

import "fmt"

func main() {
	i := 0
Top:
	x := i * 10
	i++
	if i < 3 {
		goto Top
	}
	fmt.Println("x", x)
	for j := 0; ; j++ {
		for k := 0; k < 5; k++ {
			if j*k == 6 {
				fmt.Println("found", j, k)
				goto Out
			}
		}
	}
Out:
	goto Skip
	{
		y := 1
		fmt.Println(y)
	}
Skip:
	n := 0
	switch {
	case n == 0:
		goto Case
	}
Case:
	fmt.Println("done", n)
}
