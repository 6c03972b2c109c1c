// Tests: unrecovered panic with a pointer type implementing Stringer prints String().
package main

import "fmt"

type State struct{ code int }

func (s *State) String() string { return fmt.Sprintf("state-%d", s.code) }

func main() {
	panic(&State{5})
}
