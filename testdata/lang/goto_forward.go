// Tests: goto jumping forward over statements and into a loop exit.
package main

import "fmt"

func find(xs []int, t int) int {
	i := 0
	for ; i < len(xs); i++ {
		if xs[i] == t {
			goto found
		}
	}
	return -1
found:
	return i
}

func main() {
	fmt.Println(find([]int{4, 5, 6}, 6), find([]int{1}, 9))
	goto end
end:
	fmt.Println("end")
}
