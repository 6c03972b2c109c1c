// Tests: a tuple assignment whose second operand panics leaves the named result unchanged for a recovering defer (the peephole pass wrote the sum into the result before the index ran).
package main

import "fmt"

func f(a, b int, s []int) (r int) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	r = 1
	var x int
	r, x = a+b, s[5]
	_ = x
	return r
}

func g(a int, m map[string]int) (n int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	n, err = a*3, nil
	var p *int
	n, a = a-1, *p
	return n, err
}

func main() {
	fmt.Println(f(10, 20, []int{1}))
	fmt.Println(g(7, nil))
}
