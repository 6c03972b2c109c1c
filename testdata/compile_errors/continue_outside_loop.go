// Tests: compile error: continue outside a loop
package main

func main() {
	x := 1
	switch x {
	case 1:
		continue
	}
}
