// Tests: syntax error: case without a colon
package main

func main() {
	switch x {
	case 1
	}
}
