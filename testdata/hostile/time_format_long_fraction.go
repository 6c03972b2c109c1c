// Tests: a time layout with more than 9 fraction digits prints 9
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2020, 1, 2, 3, 4, 5, 123456780, time.UTC)
	fmt.Println(t.Format("15:04:05.000000000000000"))
	fmt.Println(t.Format("15:04:05.999999999999999"))
	fmt.Println(t.Format("15:04:05,000000000000"))
}
