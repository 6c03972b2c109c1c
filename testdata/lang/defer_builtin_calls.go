// Tests: defer and go of the builtins delete, close, print, println, copy, clear; arguments evaluated at the statement.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	k := "a"
	func() {
		defer delete(m, k)
		k = "b"
		fmt.Println(len(m))
	}()
	fmt.Println(m)
	c := make(chan int, 1)
	func() {
		defer close(c)
		c <- 1
	}()
	v, ok := <-c
	v2, ok2 := <-c
	fmt.Println(v, ok, v2, ok2)
	func() {
		defer println("deferred println", 1, true)
		defer print("deferred print\n")
		fmt.Println("body")
	}()
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	func() {
		defer copy(dst, src)
		src[0] = 9
		src = []int{7, 7, 7}
	}()
	fmt.Println(dst)
	s := []int{1, 2}
	func() {
		defer clear(m)
		defer clear(s)
	}()
	fmt.Println(m, s)
	done := make(chan bool)
	go close(done)
	_, open := <-done
	fmt.Println(open)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("deferred panic")
		fmt.Println("before")
	}()
}
