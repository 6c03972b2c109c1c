// Substrings share their string's bytes (Go's string header): slicing,
// strings.Cut, TrimPrefix, Fields and Split results are the same bytes
// as in Go whatever the buffer behind them, and the operations that must
// copy (string(b), []byte(s), strings.Clone, Builder.String) do.
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

func main() {
	long := strings.Repeat("abcdefghij", 10) // 100 bytes, a heap string
	sub := long[3:60]
	fmt.Println(len(sub), sub[:5], sub[50:], sub[56])
	sub2 := sub[10:40]
	fmt.Println(sub2, len(sub2), sub2 == long[13:43])

	// StringData of a substring is the string's data plus the offset.
	p := unsafe.StringData(long)
	q := unsafe.StringData(sub)
	all := unsafe.Slice(p, len(long))
	fmt.Println(q == &all[3], *q)
	fmt.Println(unsafe.StringData(sub2) == &all[13], unsafe.StringData(long[1:]) == &all[1])
	// A clone is a new buffer, even of a substring.
	c := strings.Clone(sub)
	fmt.Println(c == sub, unsafe.StringData(c) == q)

	// string(b) copies: changing b later does not change the string.
	b := []byte(long)
	s := string(b[:50])
	b[0] = 'X'
	fmt.Println(s[:3], string(b[:3]))
	// []byte(s) copies too.
	bs := []byte(sub)
	bs[0] = 'Y'
	fmt.Println(sub[:3], string(bs[:3]))

	// Builder.String, then more writes: the string keeps its bytes.
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	first := sb.String()
	sb.WriteString("-more-bytes-after-the-first-string")
	fmt.Println(first, len(sb.String()))

	// Library functions returning pieces of their argument.
	line := "  the quick brown fox jumps over the lazy dog, again and again  "
	before, after, found := strings.Cut(line, "fox")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q\n", strings.TrimSpace(line))
	fmt.Printf("%q\n", strings.TrimPrefix(strings.TrimSpace(line), "the quick "))
	fmt.Printf("%q\n", strings.TrimSuffix(line, "again  "))
	fmt.Printf("%q\n", strings.Trim(line, " ag"))
	fmt.Printf("%q\n", strings.Fields(line))
	parts := strings.Split(line, "o")
	fmt.Printf("%d %q cap>=len:%v\n", len(parts), parts, cap(parts) >= len(parts))
	fmt.Printf("%q\n", strings.SplitN(line, " ", 4))
	fmt.Printf("%q\n", strings.SplitAfter(line, ","))
	fmt.Println(strings.Count(line, "a"), strings.Count(line, "again"), strings.Count(line, ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Index(line, "lazy"), strings.LastIndex(line, "again"), strings.Index(line, "zz"), strings.LastIndex(line, ""))

	// range over a substring.
	n := 0
	for i, r := range long[90:] {
		n += i * int(r)
	}
	fmt.Println(n)

	// Substrings kept in a map and a slice outlive the original.
	m := map[string]int{}
	var keep []string
	for i := 0; i+30 <= len(long); i += 7 {
		k := long[i : i+30]
		m[k]++
		keep = append(keep, k)
	}
	long = ""
	fmt.Println(len(m), keep[0], keep[len(keep)-1], m[keep[1]])

	// Concatenation of substrings.
	t := sub[:25] + "|" + sub[25:] + "|" + sub2
	fmt.Println(t, len(t))
}
