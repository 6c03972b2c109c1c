// Tests: strings around 22 bytes (stored inline or on the heap) behave alike: concatenation, slicing, comparison, map keys, range, conversions and switch.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	base := "abcdefghijklmnopqrstuvwxyz0123456789"
	m := map[string]int{}
	var keys []string
	for n := 19; n <= 25; n++ {
		s := base[:n]
		t := base[:n/2] + base[n/2:n] // same bytes built by concatenation
		u := string([]byte(s))
		m[s]++
		m[t]++
		m[u]++
		keys = append(keys, t)
		fmt.Println(n, len(s), s == t, t == u, s < base, strings.Compare(s, base[:n-1]), s[n-3:], t[1:4])
	}
	sort.Strings(keys)
	fmt.Println(len(m), m[base[:22]], m[base[:23]], keys[0] == base[:19])
	acc := ""
	for i := 0; i < 30; i++ {
		acc += string(rune('a' + i%26))
		if i == 20 || i == 21 || i == 22 || i == 29 {
			fmt.Println(len(acc), acc, acc[len(acc)-3:])
		}
	}
	r := 0
	for i, c := range "héllo wörld, naïve café ünïcode" {
		r += i * int(c)
	}
	fmt.Println(r)
	switch x := base[3:25]; x {
	case "defghijklmnopqrstuvwxy":
		fmt.Println("matched", len(x))
	default:
		fmt.Println("no")
	}
	b := []byte(base[:22])
	b[0] = 'Z'
	fmt.Println(string(b), base[:22], string(b[20:]))
	fmt.Printf("%q %x %5.3s|%-24s|\n", base[:23], base[:3], base[:22], base[:22])
}
