// Tests: compile error: a select with a case that does not return
package main

func f(c chan int) int {
	select {
	case v := <-c:
		return v
	case c <- 1:
	}
}

func main() {
	f(nil)
}
