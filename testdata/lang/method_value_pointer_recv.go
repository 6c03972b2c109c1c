// Tests: value and pointer receivers, automatic address-taking and deref.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

func main() {
	c := Counter{}
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
}
