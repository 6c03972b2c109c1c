// Tests: defer and go of print/println with a multi-value call as the argument list print every result
package main

import "time"

func f() (int, string) { return 1, "x" }

func g() (bool, float64, string) { return true, 2.5, "y" }

func main() {
	defer println(f())
	defer print(g())
	done := make(chan bool)
	go func() {
		println(f())
		done <- true
	}()
	<-done
	time.Sleep(time.Millisecond)
	println("main")
}
