// Tests: testing.BenchmarkResult's String, MemString and per-op metrics (a program that names testing.Benchmark compiles)
package main

import (
	"fmt"
	"testing"
	"time"
)

func main() {
	r := testing.BenchmarkResult{N: 1000, T: 1234567 * time.Nanosecond, Bytes: 64, MemAllocs: 3000, MemBytes: 96000}
	fmt.Println(r.String())
	fmt.Println(r.MemString())
	fmt.Println(r.NsPerOp(), r.AllocsPerOp(), r.AllocedBytesPerOp())
	r.Extra = map[string]float64{"widgets/op": 0.5, "ns/op": 7.25, "allocs/op": 2}
	fmt.Println(r.String())
	fmt.Println(r.MemString(), r.NsPerOp())
	for _, ns := range []float64{0, 0.0001234, 0.001234, 0.01234, 0.1234, 1.234, 12.34, 123.4, 1234} {
		fmt.Printf("%q\n", testing.BenchmarkResult{N: 1, Extra: map[string]float64{"ns/op": ns}}.String())
	}
	var zero testing.BenchmarkResult
	fmt.Println(zero.NsPerOp(), zero.AllocsPerOp(), zero.AllocedBytesPerOp())
	var f func(func(*testing.B)) testing.BenchmarkResult = testing.Benchmark
	fmt.Println(f != nil)
}
