// Tests: fmt over nested values: pointer-receiver Stringers, named types, embedded values, %[n] indexes, complex numbers.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type V struct{ n int }

func (v *V) String() string { return fmt.Sprint("V", v.n) }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Node struct {
	Val  int
	Next *Node
}

type Matrix [][]float64

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Named string

func main() {
	vs := []V{{1}, {2}}
	fmt.Println(vs, &vs[0])
	m := map[string]V{"a": {1}}
	fmt.Println(m)
	pm := map[string]*V{"a": {1}}
	fmt.Println(pm)
	fmt.Println(Red, Green, []Color{Green, Red}, map[Color]int{Green: 2, Red: 1})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	fmt.Println(Matrix{{1, 2}, {3.5, 4}})
	var shapes []Shape = []Shape{Rect{2, 3}, &Rect{1, 1}}
	fmt.Println(shapes[0], shapes[0].Area())
	fmt.Print(Named("a"), Named("b"), 1, 2, "\n")
	fmt.Print(Green, Red, "\n")
	var err error
	fmt.Println(fmt.Errorf("wrap nil: %w", err))
	fmt.Printf("%v|%s|%d\n", []error{errors.New("x"), nil}, errors.New("y"), errors.New("z"))
	fmt.Printf("%-10v|%10v|\n", Green, errors.New("e"))
	fmt.Println(strings.Repeat("=", 10))
	fmt.Printf("%3d|%-3d|%03d\n", -5, -5, -5)
	fmt.Printf("%.3s|%.10s|%5.1s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%e %.0f %.1f %g %g\n", 0.0, 2.5, 0.05, 100000.0, 1e-5)
	fmt.Printf("%v %v %v %v\n", float32(1)/3, 1.0/3, float32(16777216.0), 1e100)
	fmt.Printf("%t %v %08.3e\n", true, 'a', 1234.5)
	fmt.Printf("%U %#U %#x %#o %#X\n", 0x1F600, 'x', 255, 8, 255)
	fmt.Printf("%6.2f|%-8.3f|%+.1e\n", 3.14159, 2.0, -0.000123)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]v\n", 1)
	fmt.Printf("%.2v|%10.4v|\n", []float64{1.234, 5.678}, "abcdefg")
	fmt.Printf("%p\n", nil)
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprint(nil, nil), fmt.Sprint("a", nil, "b"))
	type inner struct{ A, B int }
	type outer struct {
		I  inner
		P  *inner
		S  []inner
		M  map[string]inner
		E  error
		An any
	}
	o := outer{inner{1, 2}, nil, []inner{{3, 4}}, map[string]inner{"k": {5, 6}}, nil, 7}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", inner{1, 2})
	fmt.Printf("%v %v\n", [0]int{}, []struct{}{{}, {}})
	fmt.Printf("%d %v\n", []uint8{1, 2}, [3]byte{65, 66, 67})
	fmt.Printf("%s %s\n", [3]byte{65, 66, 67}, []string{"x"})
	fmt.Printf("%q\n", []any{"a", 1, 'b'})
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("%08s|%-08d|\n", "ab", 5)
	fmt.Printf("%v\n", complex64(complex(1.5, -0.5)))
	fmt.Printf("%.2f\n", complex(1.234, 5.678))
}
