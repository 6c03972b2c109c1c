// Tests: more fmt flags: %+.0f, %-8.3e, %08b of negative, %s and %q on []string, nil errors in slices.
package main

import "fmt"

func main() {
	fmt.Printf("[%+.0f] [%-10.3e] [%08b] [%#b]\n", 2.5, 1234.5, -5, 5)
	fmt.Printf("%s %q\n", []string{"a b", "c"}, []string{"a b", "c"})
	fmt.Println([]error{nil, fmt.Errorf("e")})
	fmt.Printf("[%6.3s] [%-6q] [%x]\n", "abcdef", "a", "a b")
	fmt.Printf("%v %.1f %5.1f%%\n", []float64{0.5, 2}, []float64{0.25, 1.75}, 12.345)
	fmt.Printf("%t %v\n", []bool{true, false}, [2]bool{})
	fmt.Printf("%3c|%-3c|%03d|%+05d\n", 'a', 'b', 7, 42)
}
