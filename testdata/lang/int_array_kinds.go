// Tests: arrays of every fixed-size number kind keep Go's wrap-around, sign, float32 rounding and print with %v %d %x %T
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 [3]int8
	i8[0] = 127
	i8[0]++
	i8[1] = -1
	i8[2] = i8[1] * 2
	fmt.Printf("%v %d %x %T\n", i8, i8, i8, i8)
	var u8 [2]uint8
	u8[0] = 0
	u8[0]--
	fmt.Printf("%v %x %T\n", u8, u8, u8)
	var i16 [2]int16
	i16[0] = math.MaxInt16
	i16[0] += 2
	i16[1] = math.MinInt16
	fmt.Printf("%v %x %T\n", i16, i16, i16)
	var u16 [2]uint16
	u16[1] = math.MaxUint16
	u16[0] = u16[1] + 3
	fmt.Printf("%v %X %T\n", u16, u16, u16)
	var i32 [2]int32
	i32[0] = math.MaxInt32
	i32[0]++
	i32[1] = -5 >> 1
	fmt.Printf("%v %T\n", i32, i32)
	var u32 [3]uint32
	u32[0] = math.MaxUint32
	u32[1] = u32[0] + 2
	u32[2] = u32[0] >> 4
	fmt.Printf("%v %x %T\n", u32, u32, u32)
	var r [3]rune
	r[0], r[1], r[2] = 'h', 'é', '世'
	fmt.Println(r, string(r[:]), fmt.Sprintf("%q %c %U", r, r, r))
	var i64 [2]int64
	i64[0] = math.MinInt64
	i64[1] = i64[0] - 1
	fmt.Printf("%v %T\n", i64, i64)
	var u64 [2]uint64
	u64[0] = math.MaxUint64
	u64[1] = u64[0] >> 1
	fmt.Printf("%v %x %T %v\n", u64, u64, u64, u64[0] > u64[1])
	var u [2]uint
	u[0] = 1<<64 - 1
	u[1] = u[0] / 7
	fmt.Println(u, u[0]%10)
	var up [2]uintptr
	up[1] = 1234567
	fmt.Printf("%v %x %T\n", up, up, up)
	var f32 [4]float32
	f32[0] = 0.1
	f32[1] = f32[0] * 3
	two := float32(2)
	f32[2] = float32(math.MaxFloat32) * two
	f32[3] = 16777217
	fmt.Println(f32, float64(f32[0]), f32[1] == 0.3, float64(f32[3]))
	fmt.Printf("%T %.10f %g %e\n", f32, f32, f32, f32)
	var f64 [4]float64
	f64[0] = 0.1
	f64[1] = math.Inf(-1)
	f64[2] = math.NaN()
	f64[3] = math.Copysign(0, -1)
	fmt.Println(f64, math.Signbit(f64[3]), f64 == f64, f64[3] == 0)
	g := f64
	fmt.Println(g[2] != g[2], math.IsNaN(g[2]))
	var c64 [2]complex64
	c64[0] = complex(0.1, -0.2)
	c64[1] = c64[0] * c64[0]
	fmt.Println(c64, real(c64[1]))
	fmt.Printf("%T %.3f\n", c64, c64)
	var c128 [2]complex128
	c128[0] = 3 + 4i
	c128[1] = c128[0] / 2i
	fmt.Println(c128, c128 == [2]complex128{3 + 4i, 2 - 1.5i})
	var bs [3]bool
	bs[1] = true
	fmt.Printf("%v %t %T\n", bs, bs, bs)
	type Celsius float64
	var temps [2]Celsius
	temps[0] = 36.6
	fmt.Printf("%v %T\n", temps, temps)
	type Small int8
	var sm [2]Small
	sm[0] = -128
	sm[0]--
	fmt.Println(sm)
	fmt.Println(len(i8), len(u64), len(c128))
	var zero [0]int
	fmt.Println(zero, len(zero), zero == [0]int{})
}
