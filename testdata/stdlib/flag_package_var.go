// Tests: flag variables declared at package level (flag.String in a var initialiser) see flag's CommandLine, which flag's init function sets before main's variables are initialised.
package main

import (
	"flag"
	"fmt"
)

var species = flag.String("species", "gopher", "the species we are studying")

var gopherType string

func init() {
	flag.StringVar(&gopherType, "gopher_type", "pocket", "the variety of gopher")
}

func main() {
	flag.Parse()
	fmt.Println(*species, gopherType, flag.NFlag(), flag.Lookup("species").DefValue)
}
