// Tests: float verbs %f %e %g with precision and width.
package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("[%f] [%.2f] [%8.1f] [%-8.1f|] [%08.2f]\n", x, x, x, x, x)
	fmt.Printf("[%e] [%.3E] [%g] [%.3g] [%G]\n", x, x, x, x, 1e-10)
	fmt.Printf("[%+.1f] [% .1f] [%v]\n", 2.0, 2.0, 2.0)
	fmt.Printf("[%g] [%g] [%g]\n", 100000.0, 1000000.0, 1e21)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%x]\n", 1.0)
}
