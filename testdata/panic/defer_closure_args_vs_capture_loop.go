// Tests: deferred call with a pointer argument sees updates; value argument does not.
package main

import "fmt"

type Stats struct{ hits int }

func report(label string, s Stats, p *Stats) {
	fmt.Println(label, s.hits, p.hits)
}

func main() {
	st := Stats{}
	defer report("end", st, &st)
	for range 3 {
		st.hits++
	}
	defer report("mid", st, &st)
	st.hits = 100
}
