// Slicing a string shares its bytes: stripping one byte at a time from a
// 1,000,000-byte string is linear, as in Go (a copy per slice would move
// about 5*10^11 bytes).
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("0123456789", 100000)
	sum, steps := 0, 0
	for len(s) > 0 {
		sum += int(s[0] - '0')
		s = s[1:]
		steps++
	}
	fmt.Println(steps, sum)

	// Cut in a loop over a long line of fields.
	line := strings.Repeat("field,", 100000)
	fields := 0
	for {
		_, rest, found := strings.Cut(line, ",")
		if !found {
			break
		}
		line = rest
		fields++
	}
	fmt.Println(fields, len(line))
}
