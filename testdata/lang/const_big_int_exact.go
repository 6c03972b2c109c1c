// Tests: untyped integer constants beyond 128 bits stay exact through arithmetic, shifts, comparisons and conversions.
package main

import (
	"fmt"
	"math"
)

const (
	big    = 1 << 100
	bigger = big * big
	hex    = 0x1_0000_0000_0000_0000_0000_0000_0000_0000
	neg    = -bigger
	mask   = ^bigger
)

func main() {
	fmt.Println(big>>98, big%7, bigger/big == big, bigger>>199)
	fmt.Println(hex>>120, hex-1 == 1<<128-1, neg/big == -big, mask+bigger)
	fmt.Println(float64(big), float32(big), big*1.5)
	var u uint64 = bigger >> 140
	var i int64 = -big >> 70
	fmt.Println(u, i, bigger/3%1000, (bigger+7)&0xff)
	fmt.Println(math.MaxUint64 < big, big > math.MaxInt64*math.MaxInt64/2)
	const f = bigger / 1e60
	fmt.Printf("%.6g\n", f)
}
