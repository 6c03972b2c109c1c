// Tests: unrecovered custom error panic inside a goroutine worker, traceback with created by.
package main

import (
	"fmt"
	"time"
)

type JobErr struct{ ID int }

func (e JobErr) Error() string { return fmt.Sprintf("job %d failed", e.ID) }

func run(id int) {
	if id == 2 {
		panic(JobErr{id})
	}
}

func main() {
	for i := range 3 {
		go run(i)
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(time.Second)
}
