// Tests: math/big Int panics: division by zero, negative square root, bad base
package main

import (
	"fmt"
	"math/big"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("quo", func() { new(big.Int).Quo(big.NewInt(1), big.NewInt(0)) })
	try("mod", func() { new(big.Int).Mod(big.NewInt(1), new(big.Int)) })
	try("sqrt", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	try("text", func() { big.NewInt(1).Text(1) })
	try("setstring", func() { new(big.Int).SetString("1", 63) })
	try("prime", func() { big.NewInt(7).ProbablyPrime(-1) })
	try("fill", func() { big.NewInt(1 << 40).FillBytes(make([]byte, 2)) })
	try("setbit", func() { new(big.Int).SetBit(big.NewInt(0), 1, 2) })
}
