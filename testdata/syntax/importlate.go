// Tests: syntax error: import after other declarations
package main

import "fmt"

func main() {
	fmt.Println("a")
}
import "os"
