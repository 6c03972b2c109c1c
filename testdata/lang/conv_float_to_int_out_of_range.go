// Tests: float-to-integer conversions of out-of-range values, infinities and NaN give gc's amd64 results (integer indefinite 0x80..0, truncation through 32-bit conversions, uint64 split at 2^63)
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{1e20, -1e20, math.NaN(), math.Inf(1), math.Inf(-1), 3.99, -3.99, 2147483648.5, -2147483649, 4294967296, 1.8446744073709552e19, 9.3e18, -1, 300.7, -129.2, 65536.9}
	for _, f := range vals {
		fmt.Println(f, int64(f), int32(f), int16(f), int8(f), int(f), uint64(f), uint32(f), uint16(f), uint8(f), uint(f))
	}
	var f32 float32 = 3e9
	fmt.Println(int32(f32), uint32(f32), int64(f32))
}
