// Tests: time.LoadLocation errors: an unknown zone, a name with .. or a leading slash, a directory of the database; "", "UTC" and "Local"
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, n := range []string{"America", "Nope/Zone", "../etc/passwd", "/etc/passwd", "", "Local", "UTC", "EST5EDT", "Etc/GMT+5", "America/New_York"} {
		l, err := time.LoadLocation(n)
		fmt.Printf("%q %v %v\n", n, l, err)
		fmt.Printf("%T\n", err)
	}
}
