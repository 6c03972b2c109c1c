// Tests: time.Duration Round, Truncate, comparisons, and Printf verbs.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1234567 * time.Microsecond
	fmt.Println(d, d.Round(time.Millisecond), d.Truncate(time.Second), d.Milliseconds())
	fmt.Println(d > time.Second, d.String() == "1.234567s")
	fmt.Printf("%s %v %d %.1f\n", 2*time.Hour+3*time.Minute, time.Duration(-1500), time.Microsecond, d.Seconds())
	var total time.Duration
	for _, ms := range []int{100, 250, 650} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total)
}
