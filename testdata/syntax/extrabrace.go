// Tests: syntax error: extra closing brace
package main

func main() {
	for {
		break
	}
	}
}
