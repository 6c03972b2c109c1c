// Tests: time.Duration arithmetic and String formatting.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Microsecond)
	fmt.Println(time.Duration(0), time.Duration(1), 999*time.Nanosecond, -3*time.Second)
	fmt.Println(time.Duration(1234567890), time.Hour*25)
	fmt.Printf("%v %d %T\n", time.Second, time.Millisecond, d)
	fmt.Println((3 * time.Second).Seconds(), time.Duration(1500)*time.Microsecond)
}
