// Tests: integer verbs with widths, flags, and signs.
package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d]\n", n, n, n, n, n)
	fmt.Printf("[%x] [%X] [%#x] [%o] [%#o] [%O] [%b]\n", n, n, n, n, n, n, n)
	fmt.Printf("[%c] [%q] [%U] [%#U]\n", 65, 65, 0x1F600, 'é')
	fmt.Printf("[%d] [%x]\n", -255, -255)
	fmt.Printf("[% d] [% d] [%8.3d]\n", 5, -5, 7)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 3})
}
