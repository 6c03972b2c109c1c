// Tests: embedding a pointer type promotes its fields and methods.
package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

func main() {
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	s.prefix = "[new] "
	s.Log("renamed")
	fmt.Println(s.Logger.prefix)
}
