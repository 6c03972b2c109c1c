// Tests: common fmt verbs, widths, precision, flags and %T.
package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b]\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("[%s] [%q] [%8s] [%-8s] [%.2s]\n", "go", "go", "go", "go", "golang")
	fmt.Printf("[%f] [%.2f] [%8.3f] [%g] [%v]\n", 3.14159, 3.14159, 3.14159, 1e6, 2.0)
	fmt.Printf("[%t] [%c] [%U] [%%]\n", true, 'G', 'G')
	fmt.Printf("%v %+v %T %T %T\n", P{1, "x"}, P{1, "x"}, P{}, []int{}, map[string]bool{})
	fmt.Printf("%v %d %s\n", []string{"a", "b"}, []int{1, 2}, []byte("hi"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 1) == "x 1\n")
	fmt.Printf("%d %s\n", "str", 5)
}
