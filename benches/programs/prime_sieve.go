// prime_sieve: the concurrent prime sieve (a goroutine per prime, a chain
// of filters that grows as primes are found): the first 1000 primes.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	last := 0
	for i := 0; i < 1000; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("prime_sieve", last, sum)
}
