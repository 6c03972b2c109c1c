// Tests: an Error method that blocks while the runtime prints the panic value: Go's deadlock
package main

type E struct{ c chan int }

func (e E) Error() string {
	<-e.c
	return "e"
}

func main() {
	panic(E{make(chan int)})
}
