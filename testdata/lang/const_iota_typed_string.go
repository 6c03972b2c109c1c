// Tests: iota with a typed string-valued lookup and expressions mixing iota and constants.
package main

import "fmt"

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
	numLevels = int(Error) + 1
)

var names = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string { return names[l+1] }

func main() {
	fmt.Println(Debug, Info, Warn, Error, numLevels)
	fmt.Printf("%d %v %s\n", Warn, Warn, Level(0))
	const (
		a, b = iota, iota * 10
		c, d
	)
	fmt.Println(a, b, c, d)
}
