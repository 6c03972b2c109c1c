// Tests: a program of two files in one folder case, with its arguments (X.args) and standard input (X.stdin).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", os.Args[1:])
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println(shout(sc.Text()))
	}
}
