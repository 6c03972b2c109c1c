// Tests: range over a type parameter with a send-only channel among its types
package main

func f[T ~chan<- int | ~<-chan int](x T) {
	for v := range x {
		_ = v
	}
}

func main() {}
