// Tests: the spec's terminating statements: for/switch/select with breaks of inner statements, labelled blocks, goto.
package main

import "fmt"

func a(x int) int {
	for {
		switch x {
		case 1:
			break
		}
		return x
	}
}

func b(x int) int {
	for {
		select {
		default:
			break
		}
		return x + 1
	}
}

func c(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		fallthrough
	default:
		panic("zero")
	}
}

func d(x int) (r int) {
L:
	{
		if x > 5 {
			return 5
		}
		x++
		goto L
	}
}

func e(x int) int {
	{
		panic(("e"))
	}
}

func f(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	} else {
		return 0
	}
}

func main() {
	fmt.Println(a(1), b(2), c(3), d(0), f(-4))
	defer func() { fmt.Println(recover()) }()
	e(0)
}
