// Tests: a bufio.Scanner reads the case's standard input (X.stdin) line by line, then words
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total, lines := 0, 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			n, err := strconv.Atoi(w)
			if err != nil {
				fmt.Printf("line %d: %v\n", lines, err)
				continue
			}
			total += n
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%d lines, total %d\n", lines, total)
}
