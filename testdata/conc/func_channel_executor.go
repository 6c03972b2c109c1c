// Tests: a channel of funcs executed in order by a single worker goroutine.
package main

import "fmt"

func main() {
	tasks := make(chan func() string, 3)
	out := make(chan string)
	go func() {
		for t := range tasks {
			out <- t()
		}
		close(out)
	}()
	for i := range 3 {
		tasks <- func() string { return fmt.Sprint("task ", i) }
	}
	close(tasks)
	for s := range out {
		fmt.Println(s)
	}
}
