// Tests: fmt refuses a width or precision over 10^6 (%!(BADWIDTH), %!(BADPREC)) instead of allocating it
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprintf("%*d", 1<<40, 1))
	fmt.Println(fmt.Sprintf("%.*f", 1<<40, 1.0))
	fmt.Println(fmt.Sprintf("%*s|", -(1 << 40), "x"))
	fmt.Println(len(fmt.Sprintf("%1000000d", 1)), len(fmt.Sprintf("%10000000d", 1)))
}
