// Tests: traceback frames name pointer and value methods.
package main

type S struct{ n int }

func (s *S) Ptr() { s.Val() }
func (s S) Val()   { panic("in method") }

func main() {
	s := &S{}
	s.Ptr()
}
