// Tests: var v, ok = m[k] / x.(T) / <-ch comma-ok forms in var declarations, package level and local.
package main

import "fmt"

type MyBool bool

var m = map[string]int{"a": 1}
var gv, gok = m["a"]
var gx, gxok = interface{}(3).(string)
var ch = func() chan int { c := make(chan int, 1); c <- 7; return c }()
var gr, grok = <-ch
var tv, tok MyBool = map[int]MyBool{1: true}[1]

func main() {
	fmt.Println(gv, gok, gx == "", gxok, gr, grok, tv, tok)
	fmt.Printf("%T %T\n", gok, tok)
	var v, ok = m["b"]
	fmt.Println(v, ok)
	var i interface{} = 2.5
	var f, fok = i.(float64)
	fmt.Println(f, fok)
	var s, sok = i.(fmt.Stringer)
	fmt.Println(s, sok)
	c := make(chan string, 1)
	c <- "x"
	close(c)
	var r, rok = <-c
	var r2, rok2 = <-c
	fmt.Printf("%q %v %q %v\n", r, rok, r2, rok2)
	var a, aok any = m["a"]
	fmt.Printf("%T %T %v %v\n", a, aok, a, aok)
	var mb MyBool
	_, mb = i.(int)
	n, mb := m["a"]
	fmt.Printf("%T %v %v\n", mb, mb, n)
	var arr, arrok = map[int][2]int{1: {1, 2}}[1]
	arr[0] = 9
	fmt.Println(arr, arrok)
}
