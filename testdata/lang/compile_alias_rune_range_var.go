// Tests: compile error names the range variable over a string as rune (alias name kept).
package main

import "fmt"

func main() {
	for _, r := range "héllo" {
		var s string = r
		fmt.Println(s)
	}
}
