// Tests: fmt's Scan family calls an argument's Scan method (fmt.Scanner): math/big's Int, Float and Rat, a user type reading runes through fmt.ScanState, and their errors
package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// word scans one token of letters and upper-cases it.
type word string

func (w *word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 })
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("word: no letters")
	}
	*w = word(strings.ToUpper(string(tok)))
	return nil
}

// pair reads "<a,b>" rune by rune.
type pair struct{ a, b rune }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	want := func(c rune) error {
		r, _, err := st.ReadRune()
		if err != nil {
			return err
		}
		if r != c {
			st.UnreadRune()
			return fmt.Errorf("pair: want %q, got %q", c, r)
		}
		return nil
	}
	if err := want('<'); err != nil {
		return err
	}
	p.a, _, _ = st.ReadRune()
	if err := want(','); err != nil {
		return err
	}
	p.b, _, _ = st.ReadRune()
	return want('>')
}

func main() {
	z := new(big.Int)
	n, err := fmt.Sscan("123456789012345678901234567890", z)
	fmt.Println(n, err, z)
	n, err = fmt.Sscan("  -0x1f rest", z)
	fmt.Println(n, err, z)

	var a, b big.Int
	var k int
	n, err = fmt.Sscan("99999999999999999999 7 -12", &a, &k, &b)
	fmt.Println(n, err, &a, k, &b)

	n, err = fmt.Sscanf("ff/101", "%x/%b", &a, &b)
	fmt.Println(n, err, &a, &b)

	f := new(big.Float).SetPrec(200)
	n, err = fmt.Sscan("3.14159265358979323846264338327950288419716939937510", f)
	fmt.Println(n, err, f.Text('g', 40))

	r := new(big.Rat)
	n, err = fmt.Sscan("22/7", r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscan("1.25e2", r)
	fmt.Println(n, err, r)

	n, err = fmt.Sscan("", z)
	fmt.Println(n, err)
	n, err = fmt.Sscan("xyz", z)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1/0", r)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12", "%q", z)
	fmt.Println(n, err)

	var w1, w2 word
	n, err = fmt.Sscan("  héllo wörld", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Sscan("123", &w1)
	fmt.Println(n, err)

	var p pair
	var tail string
	n, err = fmt.Sscan("<x,y> end", &p, &tail)
	fmt.Println(n, err, string(p.a), string(p.b), tail)
	n, err = fmt.Sscan("<x;y>", &p)
	fmt.Println(n, err)

	n, err = fmt.Sscanln("5\n6", z, &b)
	fmt.Println(n, err, z)
}
