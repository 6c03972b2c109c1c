// Tests: syntax error: switch header with an assignment but no tag
package main

func main() {
	switch x := 1 {
	}
}
