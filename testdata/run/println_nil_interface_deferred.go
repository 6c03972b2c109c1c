// Tests: println of a nil interface prints (0x0,0x0) whether called directly, deferred, through a closure or in a goroutine
package main

type I interface{ M() }

func main() {
	var e error
	var a any
	var i I
	println(e, a, i)
	done := make(chan bool)
	go func(x error) {
		println("goroutine", x)
		done <- true
	}(e)
	<-done
	defer println("deferred", e, a, i)
	f := func(x error, y any) { println("closure", x, y) }
	defer f(e, a)
}
