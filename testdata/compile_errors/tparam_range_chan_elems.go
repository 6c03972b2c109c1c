// Tests: range over a type parameter of channels with different element types
package main

func f[T ~chan int | ~chan string](x T) {
	for v := range x {
		_ = v
	}
}

func main() {}
