// Tests: compile error: unused range index variable
package main

func main() {
	xs := []int{1, 2}
	for i, x := range xs {
		println(x)
	}
}
