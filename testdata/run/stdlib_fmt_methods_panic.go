// Tests: fmt and String/Error methods: nil pointer receivers, a panicking String method (%!v(PANIC=...)), then panic with an error value.
package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("bad error")) }

func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("[%v] [%s] [%d]\n", t, t, t)
	var vp *V
	fmt.Println(vp)
	fmt.Println(Boom{}, BoomErr{})
	fmt.Printf("%s|%d|%x\n", Boom{}, Boom{}, Boom{})
	var e *E
	var err error = e
	fmt.Println(err == nil)
	fmt.Println([]*T{{"a"}, nil})
	panic(&E{7})
}
