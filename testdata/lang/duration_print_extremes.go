// Tests: time.Duration String for extreme and fractional values.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println(time.Duration(math.MaxInt64), time.Duration(math.MinInt64))
	fmt.Println(1001*time.Microsecond, 100*time.Hour+1, 59*time.Second+999*time.Millisecond)
	fmt.Println(time.Duration(1100), -time.Nanosecond, 3*time.Millisecond/2)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	_, err = time.ParseDuration("5x")
	fmt.Println(err)
}
