// Tests: math/big Int implements fmt.Formatter: verbs b o O d x X v s with flags, width and precision; a nil *Int; an unknown verb
package main

import (
	"fmt"
	"math/big"
)

func main() {
	x, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	fmt.Printf("%d|%x|%X|%o|%O|%b|%v|%s\n", x, x, x, x, x, big.NewInt(5), x, x)
	fmt.Printf("[%8d] [%-8x] [%+#o] [%08X] [%.5d] [% d] [%b] [%O] [%q]\n", big.NewInt(255), big.NewInt(255), big.NewInt(8), big.NewInt(-255), big.NewInt(7), big.NewInt(7), big.NewInt(5), big.NewInt(8), big.NewInt(1))
	fmt.Printf("[%#x] [%#b] [%+d] [%.0d] [%.d] [%-+6d] [%06d] [%06.3d] [%x]\n", big.NewInt(255), big.NewInt(5), big.NewInt(3), big.NewInt(0), big.NewInt(0), big.NewInt(4), big.NewInt(-42), big.NewInt(-42), x)
	var ni *big.Int
	fmt.Printf("%d %v %x\n", ni, ni, ni)
	fmt.Println(big.NewInt(99), []*big.Int{big.NewInt(1), big.NewInt(-2)})
	fmt.Println(fmt.Sprintf("%30d|", x))
}
