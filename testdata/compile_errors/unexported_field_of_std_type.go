// Tests: the program cannot select an unexported field of a standard-library type
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	fmt.Println(wg.state)
}
