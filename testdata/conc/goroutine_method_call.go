// Tests: go statement with a method value and with a named function plus args.
package main

import "fmt"

type Worker struct{ id int }

func (w Worker) Run(out chan<- string) { out <- fmt.Sprint("worker ", w.id) }

func send(out chan<- string, s string) { out <- s }

func main() {
	out := make(chan string)
	w := Worker{3}
	go w.Run(out)
	fmt.Println(<-out)
	go send(out, "func")
	fmt.Println(<-out)
}
