// Tests: compile error: a range body redeclaring its iteration variable and not using it
package main

func main() {
	for i, v := range []int{1, 2} {
		v := v + i
	}
}
