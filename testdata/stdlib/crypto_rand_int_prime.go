// Tests: crypto/rand's Int (uniform below max, reader errors, panic on max <= 0) and Prime (bit length, primality, the 2-bit minimum).
package main

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

type failing struct{}

func (failing) Read(p []byte) (int, error) { return 0, errors.New("no entropy") }

func main() {
	for _, max := range []int64{1, 2, 7, 100, 1 << 40} {
		m := big.NewInt(max)
		ok := true
		for i := 0; i < 50; i++ {
			n, err := rand.Int(rand.Reader, m)
			if err != nil || n.Sign() < 0 || n.Cmp(m) >= 0 {
				ok = false
			}
		}
		fmt.Println("Int below", max, ok)
	}
	n, err := rand.Int(strings.NewReader("\xff\x01"), big.NewInt(1000))
	fmt.Println(n, err)
	n, err = rand.Int(failing{}, big.NewInt(1000))
	fmt.Println(n, err)
	n, err = rand.Int(strings.NewReader("\x01"), big.NewInt(1000))
	fmt.Println(n, err)
	for _, bits := range []int{2, 3, 8, 9, 64, 128} {
		p, err := rand.Prime(rand.Reader, bits)
		fmt.Println("Prime", bits, p.BitLen(), p.ProbablyPrime(20), err)
	}
	p, err := rand.Prime(failing{}, 16)
	fmt.Println("custom reader ignored:", p.BitLen(), err)
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Int(rand.Reader, big.NewInt(0))
}
